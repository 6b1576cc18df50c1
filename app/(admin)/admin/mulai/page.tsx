import { redirect } from "next/navigation";
import { connection } from "next/server";
import { SetupForm } from "@/components/admin/SetupForm";
import { countAccounts } from "@/db/mutations/staff";
import { siteConfig } from "@/lib/config";

export default async function SetupPage() {
  await connection();
  if ((await countAccounts()) > 0) redirect("/admin/masuk");
  return (
    <main className="mx-auto max-w-sm px-4 py-16">
      <p className="text-3xl font-black text-brand">{siteConfig.name}</p>
      <h1 className="mt-2 text-xl font-bold">Buat akun admin pertama</h1>
      <p className="mt-2 text-sm text-slate-700">Belum ada akun redaksi. Akun ini dapat menambah staf, kanal, dan tag.</p>
      <div className="mt-6">
        <SetupForm />
      </div>
    </main>
  );
}
