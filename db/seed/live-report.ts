import { eq } from "drizzle-orm";
import { textToUpdateHtml } from "@/lib/live";
import { sanitizeBody } from "@/lib/sanitize";
import { slugify } from "@/lib/slug";
import type { Db } from "../engine";
import { articles, liveUpdates, staff } from "../tables";

// The demo's "Laporan langsung": the Semarang marathon story followed from the start line to the
// medals, with updates, one pinned, and a few "Poin penting". Original prose, consistent with the story.

const STORY_TITLE = "Ribuan Pelari Ramaikan Maraton Kota Semarang, Rute Lewati Kota Lama";
const MINUTE = 60 * 1000;

type SeedUpdate = { after: number; text: string; key?: string; pinned?: boolean; photo?: boolean; by: string };

/** Oldest first; `after` is minutes after the story went out. */
const UPDATES: SeedUpdate[] = [
  {
    after: 15,
    by: "fajar-nugroho",
    key: "Start maraton penuh",
    text: "Bendera start dikibarkan di Simpang Lima. Pelari kategori maraton penuh dilepas lebih dulu, disusul setengah maraton lima belas menit kemudian.",
  },
  {
    after: 35,
    by: "fajar-nugroho",
    text: "Rombongan terdepan melewati Lawang Sewu dengan kecepatan stabil. Udara masih sejuk, tetapi kelembapan terasa tinggi di sepanjang Jalan Pemuda.",
  },
  {
    after: 55,
    by: "fajar-nugroho",
    photo: true,
    text: "Warga memadati trotoar di kawasan Kota Lama. Sejumlah komunitas menabuh rebana dan membagikan potongan semangka kepada peserta yang melintas.",
  },
  {
    after: 75,
    by: "bambang-setiadi",
    pinned: true,
    text: "Informasi untuk pengendara: ruas jalan di sekitar Simpang Lima, Jalan Pemuda, dan kawasan Kota Lama ditutup sampai lomba selesai. Gunakan jalur alternatif lewat Jalan Gajahmada.",
  },
  {
    after: 95,
    by: "fajar-nugroho",
    text: "Pos medis di kilometer 21 menangani beberapa pelari yang mengalami kram. Panitia menyebut semuanya dalam kondisi baik dan sebagian kembali melanjutkan lomba.",
  },
  {
    after: 120,
    by: "fajar-nugroho",
    text: "Di kilometer 30, Sutrisno Wibowo mulai menambah kecepatan dan meninggalkan kelompok pengejar. Jaraknya kini sekitar satu menit dari pelari di belakangnya.",
  },
  {
    after: 140,
    by: "fajar-nugroho",
    key: "Sutrisno Wibowo juara maraton putra",
    text: "Sutrisno Wibowo, pelari asal Kudus, menyentuh garis finis di Simpang Lima dengan catatan waktu 2 jam 24 menit dan menjuarai maraton penuh putra.",
  },
  {
    after: 168,
    by: "fajar-nugroho",
    key: "Yuliana Seran juara maraton putri",
    text: "Yuliana Seran dari Kupang finis terdepan di kategori putri dengan waktu 2 jam 51 menit. Ia langsung disambut rekan-rekan klubnya di area finis.",
  },
  {
    after: 185,
    by: "fajar-nugroho",
    text: "Peserta kategori 10 kilometer masih terus berdatangan. Relawan membagikan air minum dan handuk dingin; upacara penyerahan medali dimulai sebentar lagi.",
  },
];

/**
 * Turns the marathon story into a live report with its updates. Runs inside the seed's
 * transaction, after the stories are written; the report stays open, so the badge shows.
 */
export async function seedLiveReport(tx: Db): Promise<void> {
  const [story] = await tx
    .select({ id: articles.id, publishedAt: articles.publishedAt, photoId: articles.photoId })
    .from(articles)
    .where(eq(articles.slug, slugify(STORY_TITLE)));
  if (!story?.publishedAt) throw new Error(`Seed: berita "${STORY_TITLE}" untuk laporan langsung tidak ada`);
  const start = story.publishedAt.getTime();
  const people = new Map((await tx.select({ id: staff.id, slug: staff.slug }).from(staff)).map((s) => [s.slug, s.id]));
  await tx.update(articles).set({ liveStartedAt: new Date(start + 10 * MINUTE) }).where(eq(articles.id, story.id));
  for (const u of UPDATES) {
    const at = new Date(start + u.after * MINUTE);
    await tx.insert(liveUpdates).values({
      articleId: story.id,
      body: sanitizeBody(textToUpdateHtml(u.text, u.photo ? story.photoId : null)),
      keyTitle: u.key ?? "",
      pinnedAt: u.pinned ? at : null,
      createdAt: at,
      updatedAt: at,
      createdById: people.get(u.by) ?? null,
    });
  }
}
