import Link from "next/link";
import { FormMessage } from "@/components/admin/FormMessage";
import { PasswordForm } from "@/components/admin/PasswordForm";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireUser } from "@/server/session";

type Props = { searchParams: Promise<{ berhasil?: string }> };

export default async function AccountPage({ searchParams }: Props) {
  const user = await requireUser("reporter", "/admin/akun");
  const { berhasil } = await searchParams;
  return (
    <>
      <h1 className="text-2xl font-bold">Akun</h1>
      <p className="mt-2 text-slate-700">
        {user.name} · {user.email} · {ROLE_LABELS[user.role]}
      </p>
      <p className="mt-2">
        <Link href={`/admin/profil/${user.id}`} className="font-semibold text-brand underline">
          Profil penulis
        </Link>{" "}
        <span className="text-sm text-slate-700">(bio, foto dan tautan di halaman penulis Anda)</span>
      </p>
      <h2 className="mt-8 mb-3 text-lg font-bold">Ganti kata sandi</h2>
      {berhasil && <div className="mb-4"><FormMessage tone="ok" message="Kata sandi diganti. Sesi di perangkat lain sudah diakhiri." /></div>}
      <PasswordForm />
    </>
  );
}
