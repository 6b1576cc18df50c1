import Link from "next/link";
import { FormMessage } from "@/components/admin/FormMessage";
import { getTagAdminList } from "@/db/queries/taxonomy-admin";
import { requireUser } from "@/server/session";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function TagAdminPage({ searchParams }: Props) {
  await requireUser("editor", "/admin/tag");
  const sp = await searchParams;
  const tags = await getTagAdminList();
  return (
    <>
      <h1 className="text-2xl font-bold">Tag</h1>
      <p className="mt-1 text-sm text-slate-700">Tag baru lahir dari isian Tag di formulir berita. Di sini tag diganti nama, slug dan deskripsinya, digabungkan, atau dihapus.</p>
      {sp.dihapus && <div className="mt-4"><FormMessage tone="ok" message={`Tag ${sp.dihapus} dihapus.`} /></div>}
      <div className="mt-4 overflow-x-auto rounded border border-slate-300 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100">
            <tr>
              <th className="px-3 py-2">Nama</th>
              <th className="px-3 py-2">Slug</th>
              <th className="px-3 py-2">Berita</th>
            </tr>
          </thead>
          <tbody>
            {tags.map((t) => (
              <tr key={t.id} className="border-t border-slate-200">
                <td className="px-3 py-2 font-semibold">
                  <Link href={`/admin/tag/${t.id}`} className="text-brand underline">
                    {t.name}
                  </Link>
                </td>
                <td className="px-3 py-2">{t.slug}</td>
                <td className="px-3 py-2">{t.stories}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
