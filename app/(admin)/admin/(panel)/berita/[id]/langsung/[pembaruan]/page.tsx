import Link from "next/link";
import { notFound } from "next/navigation";
import { LiveUpdateForm } from "@/components/admin/LiveUpdateForm";
import { getLiveAccess, getLiveUpdateForEdit } from "@/db/queries/live";
import { canEditArticle } from "@/lib/auth/roles";
import { LIVE_ANCHOR, updateHtmlToFields } from "@/lib/live";
import { formatWibDateLine } from "@/lib/wib";
import { requireUser } from "@/server/session";

type Props = { params: Promise<{ id: string; pembaruan: string }> };

/** "Sunting pembaruan": one update of a live report, in the same form it was posted with. */
export default async function EditLiveUpdatePage({ params }: Props) {
  const { id, pembaruan } = await params;
  const user = await requireUser("reporter", `/admin/berita/${id}/langsung/${pembaruan}`);
  const ok = /^\d{1,9}$/.test(id) && /^\d{1,9}$/.test(pembaruan);
  const update = ok ? await getLiveUpdateForEdit(Number(id), Number(pembaruan)) : null;
  const access = update ? await getLiveAccess({ updateId: update.id }) : null;
  if (!update || !access || !canEditArticle(user, access)) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold">Sunting pembaruan</h1>
      <p className="mt-1 text-sm text-slate-700">
        {update.title} · dikirim {formatWibDateLine(update.createdAt)}
      </p>
      <div className="mt-6 max-w-2xl rounded border border-slate-300 bg-white p-4">
        <LiveUpdateForm updateId={update.id} initial={{ ...updateHtmlToFields(update.body), "poin-penting": update.keyTitle }} />
      </div>
      <p className="mt-4 text-sm">
        <Link href={`/admin/berita/${id}#${LIVE_ANCHOR}`} className="font-semibold underline">
          Kembali ke laporan langsung
        </Link>
      </p>
    </>
  );
}
