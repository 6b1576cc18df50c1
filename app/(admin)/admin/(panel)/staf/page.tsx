import { updateStaffAction } from "@/app/(admin)/admin/_actions/staff";
import { FormMessage } from "@/components/admin/FormMessage";
import { StaffForm } from "@/components/admin/StaffForm";
import { getStaffList } from "@/db/queries/staff";
import { staffRoles } from "@/lib/domain";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireUser } from "@/server/session";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function StaffPage({ searchParams }: Props) {
  const user = await requireUser("admin", "/admin/staf");
  const sp = await searchParams;
  const people = await getStaffList();
  return (
    <>
      <h1 className="text-2xl font-bold">Staf</h1>
      {sp.ditambah && <div className="mt-4"><FormMessage tone="ok" message="Staf ditambahkan." /></div>}
      {sp.diubah && <div className="mt-4"><FormMessage tone="ok" message="Perubahan disimpan." /></div>}
      {sp.galat && <div className="mt-4"><FormMessage message="Perubahan tidak dapat disimpan." /></div>}
      <div className="mt-4 overflow-x-auto rounded border border-slate-300 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100">
            <tr>
              <th className="px-3 py-2">Nama</th>
              <th className="px-3 py-2">Email</th>
              <th className="px-3 py-2">Peran dan akses</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id} className="border-t border-slate-200">
                <td className="px-3 py-2 font-semibold">
                  {p.name}{" "}
                  <a href={`/admin/profil/${p.id}`} className="text-sm font-normal text-brand underline" aria-label={`Profil ${p.name}`}>
                    Profil
                  </a>
                </td>
                <td className="px-3 py-2">{p.hasLogin ? p.email : "— (hanya byline)"}</td>
                <td className="px-3 py-2">
                  {p.id === user.id ? (
                    ROLE_LABELS[p.role]
                  ) : (
                    <form action={updateStaffAction} className="flex flex-wrap items-center gap-2">
                      <input type="hidden" name="id" value={p.id} />
                      <select name="peran" defaultValue={p.role} aria-label={`Peran ${p.name}`} className="rounded border border-slate-400 px-2 py-1">
                        {staffRoles.map((r) => (
                          <option key={r} value={r}>
                            {ROLE_LABELS[r]}
                          </option>
                        ))}
                      </select>
                      <select name="aktif" defaultValue={p.active ? "1" : "0"} aria-label={`Akses ${p.name}`} className="rounded border border-slate-400 px-2 py-1">
                        <option value="1">Aktif</option>
                        <option value="0">Nonaktif</option>
                      </select>
                      <button className="rounded border border-slate-500 px-2 py-1 font-semibold">Simpan</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 className="mt-10 mb-3 text-lg font-bold">Tambah staf</h2>
      <StaffForm />
    </>
  );
}
