import { redirect } from "next/navigation";
import { connection } from "next/server";
import { LoginForm } from "@/components/admin/LoginForm";
import { countAccounts } from "@/db/mutations/staff";
import { getCurrentUser } from "@/server/session";
import { siteConfig } from "@/lib/config";

type Props = { searchParams: Promise<{ lanjut?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  await connection();
  if ((await countAccounts()) === 0) redirect("/admin/mulai");
  if (await getCurrentUser()) redirect("/admin");
  const { lanjut } = await searchParams;
  return (
    <main className="mx-auto max-w-sm px-4 py-16">
      <p className="text-3xl font-black text-brand">{siteConfig.name}</p>
      <h1 className="mt-2 text-xl font-bold">Masuk ke ruang redaksi</h1>
      <div className="mt-6">
        <LoginForm returnTo={lanjut ?? "/admin"} />
      </div>
    </main>
  );
}
