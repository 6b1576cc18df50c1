import type { Metadata } from "next";
import { restoreFrontPageAction } from "@/app/(admin)/admin/_actions/front-page";
import { FormMessage } from "@/components/admin/FormMessage";
import { FrontPageForm } from "@/components/admin/FrontPageForm";
import { getCurrentFrontLayout, getFrontPageVersions, getStoryRefs } from "@/db/queries/front-page";
import { isPublicAt } from "@/lib/article-change";
import { FRONT_SLOTS, type FrontLayout, layoutValues, pickedIds, refField, SLOT_LABELS } from "@/lib/front-page";
import { formatWibShort } from "@/lib/wib";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Atur Beranda" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const VERSIONS_SHOWN = 20;

export default async function FrontPageAdminPage({ searchParams }: Props) {
  await requireUser("editor", "/admin/beranda");
  const sp = await searchParams;
  const [{ versionId, layout }, versions] = await Promise.all([getCurrentFrontLayout(), getFrontPageVersions(VERSIONS_SHOWN)]);
  const ids = [...new Set([...pickedIds(layout), ...versions.flatMap((v) => pickedIds(v.layout))])];
  const stories = new Map((await getStoryRefs({ ids })).map((s) => [s.id, s]));
  const now = new Date();

  // The form starts from the saved picks. One whose time has run out is over for good: its row
  // starts empty, with a note. One whose story was withdrawn stays (it returns if the story does).
  const current: FrontLayout = { ...layout };
  const titles: Record<string, string> = {};
  const notes: Record<string, string> = {};
  for (const slot of FRONT_SLOTS) {
    current[slot] = layout[slot].map((pick, i) => {
      const story = pick && stories.get(pick.articleId);
      if (!pick || !story) return null;
      if (pick.expiresAt !== null && pick.expiresAt <= now.getTime()) {
        notes[refField(slot, i)] = `Sudah berakhir (${formatWibShort(new Date(pick.expiresAt))}): ${story.title}. Posisi ini diisi berita terbaru.`;
        return null;
      }
      titles[refField(slot, i)] = story.title;
      if (!isPublicAt(story, now)) notes[refField(slot, i)] = "Tidak tayang lagi: posisi ini diisi berita terbaru.";
      return pick;
    });
  }
  const publicIds = new Map([...stories.values()].map((s) => [s.id, s.publicId]));

  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">Atur Beranda</h1>
      <p className="mb-6 max-w-3xl text-sm text-slate-700">
        Pilih berita untuk Headline, Sorotan dan Pilihan Redaksi dengan menempel tautan atau ID-nya, atau dengan mengetik judulnya. Posisi
        yang kosong, yang waktunya sudah berakhir, atau yang beritanya ditarik diisi berita terbaru.
      </p>
      <div className="mb-4 space-y-2">
        {sp.tersimpan && <FormMessage tone="ok" message="Tersimpan. Beranda diperbarui dalam beberapa detik." />}
        {sp.dipulihkan && <FormMessage tone="ok" message={`Versi ${sp.dipulihkan} dipulihkan sebagai versi baru.`} />}
        {sp.galat && <FormMessage message="Versi tidak ditemukan atau Anda tidak berwenang." />}
      </div>
      {/* Mounted anew after each save or restore: the form starts from what is now in force. */}
      <FrontPageForm key={versionId ?? 0} initial={{ values: layoutValues(current, publicIds), titles, notes }} />

      <section aria-labelledby="versi-judul" className="mt-10">
        <h2 id="versi-judul" className="text-lg font-bold">
          Riwayat versi
        </h2>
        {versions.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">Belum ada versi tersimpan: beranda menampilkan berita terbaru.</p>
        ) : (
          <ol className="mt-3 divide-y divide-slate-200 rounded border border-slate-300 bg-white">
            {versions.map((v) => (
              <li key={v.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
                <span>
                  Versi {v.id} · {formatWibShort(v.savedAt)} · {v.savedBy ?? "—"}
                  <span className="block text-slate-600">{summary(v.layout, (id) => stories.get(id)?.title)}</span>
                </span>
                {v.id === versionId ? (
                  <span className="font-semibold text-slate-700">Berlaku</span>
                ) : (
                  <form action={restoreFrontPageAction}>
                    <input type="hidden" name="versi" value={v.id} />
                    <button className="rounded border border-slate-500 px-2 py-1 font-semibold">
                      Pulihkan<span className="sr-only"> versi {v.id}</span>
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

/** One line per version: the headline's title and how many picks each other slot held. */
function summary(layout: FrontLayout, titleOf: (id: number) => string | undefined): string {
  const headline = layout.headline[0];
  const parts = [`${SLOT_LABELS.headline}: ${headline ? (titleOf(headline.articleId) ?? "berita terhapus") : "otomatis"}`];
  for (const slot of ["sorotan", "pilihan"] as const) parts.push(`${SLOT_LABELS[slot]}: ${layout[slot].filter(Boolean).length} pilihan`);
  return parts.join(" · ");
}
