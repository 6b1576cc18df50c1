import { eq } from "drizzle-orm";
import { textToUpdateHtml } from "@/lib/live";
import { sanitizeBody } from "@/lib/sanitize";
import { slugify } from "@/lib/slug";
import type { Db } from "../engine";
import { articles, liveUpdates, staff } from "../tables";

// The demo's "Laporan langsung": the rain warning story runs as a live report through its first
// evening of heavy rain, with updates, one pinned, and a few "Poin penting". Original prose.

const STORY_TITLE = "BMKG Minta Warga Jakarta Waspadai Hujan Lebat dan Angin Kencang";
const MINUTE = 60 * 1000;

type SeedUpdate = { after: number; text: string; key?: string; pinned?: boolean; photo?: boolean; by: string };

/** Oldest first; `after` is minutes after the story went out. */
const UPDATES: SeedUpdate[] = [
  {
    after: 20,
    by: "ahmad-fauzi",
    key: "Peringatan dini diperpanjang",
    text: "BMKG memperpanjang peringatan dini cuaca hingga pukul 22.00 WIB. Hujan dengan intensitas sedang hingga lebat diperkirakan meluas dari Jakarta Selatan ke arah utara.",
  },
  {
    after: 45,
    by: "ahmad-fauzi",
    text: "Langit di kawasan Kuningan dan Mampang mulai gelap. Angin bertiup cukup kencang dan sejumlah pedagang kaki lima di trotoar terlihat menurunkan tenda mereka.",
  },
  {
    after: 70,
    by: "ahmad-fauzi",
    photo: true,
    text: "Hujan deras turun merata di Jakarta Timur. Genangan setinggi mata kaki mulai terlihat di ruas Jalan D.I. Panjaitan; pengendara sepeda motor diminta memperlambat laju.",
  },
  {
    after: 95,
    by: "ahmad-fauzi",
    key: "Pintu Air Manggarai Siaga 3",
    text: "BPBD DKI Jakarta mencatat tinggi muka air di Pintu Air Manggarai naik menjadi 760 sentimeter dengan status Siaga 3.\n\nWarga di bantaran Ciliwung diminta memantau pengumuman dari pengeras suara masjid dan kantor kelurahan.",
  },
  {
    after: 120,
    by: "hendra-kusuma",
    pinned: true,
    text: "Nomor darurat yang bisa dihubungi warga: layanan Jakarta Siaga 112 (bebas pulsa) untuk banjir, pohon tumbang, dan evakuasi. Laporan ini diperbarui terus sepanjang malam.",
  },
  {
    after: 140,
    by: "ahmad-fauzi",
    text: "Sebuah pohon angsana tumbang di Jalan Otista dan menutup satu lajur. Petugas Dinas Pertamanan sudah memotong batangnya, lalu lintas berangsur lancar kembali.",
  },
  {
    after: 165,
    by: "ahmad-fauzi",
    key: "Pengungsian dibuka di Kampung Melayu",
    text: "Kelurahan Kampung Melayu membuka tempat pengungsian sementara di gedung sekolah dasar setempat. Sekitar 40 warga, sebagian besar lansia dan anak-anak, sudah dipindahkan ke sana.",
  },
  {
    after: 190,
    by: "ahmad-fauzi",
    text: "Operator kereta komuter memberlakukan pembatasan kecepatan di petak Manggarai–Jatinegara karena genangan di sekitar rel. Penumpang diminta memperhitungkan waktu tambahan.",
  },
  {
    after: 215,
    by: "ahmad-fauzi",
    text: "Intensitas hujan mulai berkurang. Menurut prakirawan BMKG, gerimis masih mungkin turun hingga tengah malam, tetapi potensi hujan lebat telah melemah.",
  },
];

/**
 * Turns the rain warning story into a live report with its updates. Runs inside the seed's
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
