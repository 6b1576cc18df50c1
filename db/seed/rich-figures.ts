import { eq } from "drizzle-orm";
import { htmlToText } from "@/lib/html";
import type { MediaStore } from "@/lib/media";
import type { ArticleKind } from "@/lib/domain";
import { generatePublicId } from "@/lib/public-id";
import { sanitizeBody } from "@/lib/sanitize";
import { slugify } from "@/lib/slug";
import type { Db } from "../engine";
import type { RevisionData } from "../mutations/article-revisions";
import { articleRevisions, articles, articleTags, media, tags } from "../tables";
import { PHOTO_HEIGHT, PHOTO_WIDTH, renderSeedPhoto } from "./photos";
import { createRandom } from "./random";

// Issue 16's demo: a story with library photos inside its text, and a "Foto" story led by a gallery.
// Their photos are drawn like every demo photo (db/seed/photos.ts) and kept in the library with their
// own caption and credit; the bodies refer to them by id only, as an editor's would.

type Photo = { alt: string; caption: string; credit: string };
type Story = {
  kind: ArticleKind;
  kanal: string;
  title: string;
  lead: string;
  dateline: string;
  reporter: string;
  editor: string;
  hoursAgo: number;
  tags: string[];
  photos: Photo[];
  /** The body, with `{n}` for the n-th photo's figure and `{gallery a-b}` for a gallery of photos a to b. */
  body: string;
};

const KARNAVAL: Photo[] = [
  ["Barisan penari membawa payung kertas warna-warni di depan panggung utama.", "Penari Sanggar Tunas Mekar membuka karnaval dengan tarian payung di depan panggung utama."],
  ["Perahu hias berbentuk naga melintas di sungai dengan ratusan penonton di tepian.", "Perahu hias berbentuk naga, karya warga Kelurahan Seberang Ulu, melintas di depan dermaga."],
  ["Anak-anak mengenakan kostum ikan dari kain perca berjalan bergandengan.", "Murid sekolah dasar berkostum ikan dari kain perca mengikuti pawai di jalur pejalan kaki."],
  ["Pemain musik tanjidor meniup terompet di atas kendaraan hias.", "Kelompok tanjidor memainkan lagu daerah dari atas kendaraan hias."],
  ["Penonton memadati jembatan sambil memotret iring-iringan perahu.", "Ribuan penonton memadati jembatan untuk menyaksikan iring-iringan perahu hias."],
  ["Perajin menunjukkan kain songket di stan pameran tepi sungai.", "Perajin songket memamerkan kain tenun di deretan stan UMKM sepanjang tepian."],
  ["Lampion berbentuk ikan belida menyala di atas air saat senja.", "Lampion berbentuk ikan belida dinyalakan menjelang penutupan karnaval."],
  ["Kembang api meledak di langit malam di atas jembatan.", "Pesta kembang api menutup rangkaian karnaval pada malam hari."],
].map(([alt, caption]) => ({ alt, caption, credit: "Warta/Dewi Lestari" }));

const STORIES: Story[] = [
  {
    kind: "foto",
    kanal: "gaya-hidup",
    title: "Karnaval Perahu Hias Semarakkan Tepian Sungai Musi",
    lead: "Delapan momen dari karnaval perahu hias tahunan di Palembang, dari tarian payung pembuka hingga kembang api penutup.",
    dateline: "PALEMBANG",
    reporter: "putu-ardana",
    editor: "bambang-setiadi",
    hoursAgo: 6,
    tags: ["Palembang", "Festival Budaya", "Wisata"],
    photos: KARNAVAL,
    body:
      "{gallery 1-8}" +
      "<p>Karnaval perahu hias tahunan kembali digelar di tepian Sungai Musi pada akhir pekan. Sebanyak 42 perahu hias dan 60 kelompok seni dari 18 kecamatan ambil bagian dalam pawai yang berlangsung sejak sore hingga malam hari.</p>" +
      "<p>Panitia memperkirakan lebih dari 30.000 penonton hadir di sepanjang tepian dan jembatan. Tahun ini panitia menambah deretan stan usaha kecil di jalur pejalan kaki, sehingga pengunjung dapat berbelanja kain tenun dan makanan khas sambil menunggu iring-iringan perahu.</p>" +
      "<p>Pemerintah kota menyebut karnaval akan diusulkan masuk kalender acara wisata nasional tahun depan.</p>" +
      // A gallery and three embeds on one page: the story the issue measures (CLS, Lighthouse).
      "<h2>Karnaval dari layar warga</h2>" +
      '<div data-embed="youtube" data-id="M7lc1UVf-VE" data-title="Iring-iringan perahu hias dari dermaga"></div>' +
      "<p>Penonton membagikan momen pawai di media sosial sepanjang malam.</p>" +
      '<div data-embed="instagram" data-id="p/C3kY7pLyQ2m" data-title="Lampion belida di atas Sungai Musi"></div>' +
      '<div data-embed="x" data-id="20"></div>',
  },
  {
    kind: "berita",
    kanal: "nasional",
    title: "Jalur Sepeda Terlindung Kini Hubungkan Tiga Kecamatan di Bandung",
    lead: "Jalur sepeda sepanjang 11 kilometer yang dipisahkan pembatas beton mulai dipakai warga. Pemerintah kota menargetkan jumlah pesepeda harian naik dua kali lipat.",
    dateline: "BANDUNG",
    reporter: "ahmad-fauzi",
    editor: "hendra-kusuma",
    hoursAgo: 9,
    tags: ["Bandung", "Transportasi Publik", "Lingkungan"],
    photos: [
      { alt: "Pesepeda melaju di jalur berwarna hijau yang dipisahkan pembatas beton dari jalan raya.", caption: "Pesepeda melintasi jalur terlindung di ruas Jalan Soekarno-Hatta, Bandung.", credit: "Warta/Galih Permana" },
      { alt: "Petugas memasang rambu penunjuk jalur sepeda di persimpangan.", caption: "Petugas dinas perhubungan memasang rambu di persimpangan Kiaracondong.", credit: "Warta/Galih Permana" },
    ],
    body:
      "<p>Pemerintah Kota Bandung meresmikan jalur sepeda terlindung sepanjang 11 kilometer yang menghubungkan Kecamatan Kiaracondong, Batununggal, dan Lengkong. Berbeda dengan jalur sebelumnya yang hanya ditandai cat, jalur baru dipisahkan dari lajur kendaraan bermotor oleh pembatas beton setinggi 30 sentimeter.</p>" +
      "<p>Kepala Dinas Perhubungan Kota Bandung, Asep Suryana, mengatakan pembatas fisik dipilih setelah survei menunjukkan banyak warga enggan bersepeda karena merasa tidak aman. \"Orang tua baru berani melepas anaknya bersepeda ke sekolah kalau jalurnya benar-benar terpisah,\" ujarnya.</p>" +
      "{1}" +
      "<p>Pada pekan pertama, penghitung otomatis di tiga titik mencatat rata-rata 1.400 pesepeda per hari. Pemerintah kota menargetkan angka itu naik menjadi 3.000 pesepeda harian dalam setahun, seiring penambahan tempat parkir sepeda di stasiun dan pasar.</p>" +
      "<p>Sejumlah pedagang di sepanjang jalur sempat khawatir kehilangan tempat bongkar muat. Dinas perhubungan kemudian menyediakan kantong bongkar muat setiap 200 meter yang boleh dipakai pada pagi hari.</p>" +
      '{2 "Rambu baru dipasang di 14 persimpangan yang dilintasi jalur sepeda."}' +
      "<p>Tahap berikutnya akan menyambungkan jalur ini ke kawasan kampus di utara kota. Pembangunannya dijadwalkan mulai pertengahan tahun depan.</p>",
  },
];

const figure = (id: number, caption?: string) => `<figure data-photo="${id}">${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`;

/** The story's body with its placeholders turned into library references to the photos stored for it. */
function bodyWith(template: string, ids: number[]): string {
  const html = template
    .replace(/\{gallery (\d+)-(\d+)\}/g, (_, a: string, b: string) => `<div data-gallery="">${ids.slice(Number(a) - 1, Number(b)).map((id) => figure(id)).join("")}</div>`)
    .replace(/\{(\d+)(?: "([^"]*)")?\}/g, (_, n: string, caption?: string) => figure(ids[Number(n) - 1], caption));
  return sanitizeBody(html);
}

/** Adds the two demo stories, inside the seed's transaction, after the kanal and staff exist. */
export async function seedFigureStories(
  tx: Db,
  opts: { now: number; media: MediaStore; kanalIds: Map<string, number>; staffIds: Map<string, number> },
): Promise<void> {
  // A PRNG of its own, so the main seed's ids and drawings stay as they were.
  const rnd = createRandom(20261606);
  const need = <T>(map: Map<string, T>, key: string): T => {
    const v = map.get(key);
    if (v === undefined) throw new Error(`Seed: "${key}" tidak dikenal`);
    return v;
  };
  for (const [index, s] of STORIES.entries()) {
    const ids: number[] = [];
    for (const [n, p] of s.photos.entries()) {
      const path = await renderSeedPhoto({ media: opts.media, name: `galeri-${index + 1}-${n + 1}`, color: ["#0e7490", "#b45309", "#be185d"][n % 3], rnd });
      const [row] = await tx.insert(media).values({ path, width: PHOTO_WIDTH, height: PHOTO_HEIGHT, ...p }).returning({ id: media.id });
      ids.push(row.id);
    }
    const body = bodyWith(s.body, ids);
    const publishedAt = new Date(Math.floor((opts.now - s.hoursAgo * 3_600_000) / 60_000) * 60_000);
    const fields = {
      title: s.title,
      slug: slugify(s.title),
      kanalId: need(opts.kanalIds, s.kanal),
      lead: s.lead,
      dateline: s.dateline,
      body,
      bodyText: htmlToText(body),
      reporterId: need(opts.staffIds, s.reporter),
      editorId: need(opts.staffIds, s.editor),
      status: "published" as const,
      noAds: false,
      kind: s.kind,
    };
    const [article] = await tx
      .insert(articles)
      .values({ ...fields, publicId: generatePublicId(rnd.bytes), photoId: ids[0], publishedAt, createdAt: new Date(publishedAt.getTime() - 7_200_000), updatedAt: publishedAt })
      .returning({ id: articles.id });
    for (const [position, name] of s.tags.entries()) {
      const slug = slugify(name);
      const [existing] = await tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug));
      const tagId = existing?.id ?? (await tx.insert(tags).values({ slug, name }).returning({ id: tags.id }))[0].id;
      await tx.insert(articleTags).values({ articleId: article.id, tagId, position });
    }
    const first = s.photos[0];
    const revision: RevisionData = {
      ...fields,
      tags: s.tags,
      relatedPublicIds: [],
      publishedAt: publishedAt.getTime(),
      photoId: ids[0],
      photoCaption: first.caption,
      photoCredit: first.credit,
      photoAlt: first.alt,
    };
    await tx.insert(articleRevisions).values({ articleId: article.id, version: 1, savedById: fields.editorId, savedAt: publishedAt, data: JSON.stringify(revision) });
  }
}
