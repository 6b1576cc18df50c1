import sharp from "sharp";
import type { MediaStore } from "@/lib/media";
import type { AdSize } from "@/lib/ads/slots";
import { AD_SLOT_SIZES } from "@/lib/ads/slots";
import type { AdSlotName } from "@/lib/domain";
import { bannerSvg } from "./banner";

const DAY = 24 * 60 * 60 * 1000;

/** A house ad: the newsroom advertising its own sections, so a fresh install shows every slot filled. */
export type SeedAd = {
  name: string;
  slot: AdSlotName;
  /** Lines of text drawn on the picture; for an HTML creative, the tag itself. */
  headline?: string;
  line?: string;
  html?: string;
  color?: string;
  /** Path on this site the ad links to (made absolute with SITE_URL). */
  target?: string;
  alt: string;
  /** Days from now; the default runs from a week ago to a year ahead. */
  startsInDays?: number;
  endsInDays?: number;
  weight?: number;
  /** Kanal slugs it is targeted at. */
  kanal?: string[];
};

// A self-contained third-party-style tag: a live WIB clock. It marks its own <body> once its
// script ran, which the e2e test reads to know the sandbox allows scripts.
const WIB_CLOCK = `<div style="box-sizing:border-box;height:250px;padding:28px 16px;background:#0f172a;color:#fff;font-family:sans-serif;text-align:center">
<p style="margin:0 0 10px;font-size:12px;letter-spacing:.12em">WAKTU INDONESIA BARAT</p>
<p id="waktu" style="margin:0;font-size:42px;font-weight:700;font-variant-numeric:tabular-nums">--.--.--</p>
<p id="tanggal" style="margin:10px 0 0;font-size:14px">&nbsp;</p>
<p style="margin:26px 0 0;font-size:12px;color:#e2e8f0">Warta: berita terkini, tepat waktu</p>
</div>
<script>
(function () {
  var waktu = document.getElementById("waktu"), tanggal = document.getElementById("tanggal");
  function tick() {
    var now = new Date();
    waktu.textContent = now.toLocaleTimeString("id-ID", { timeZone: "Asia/Jakarta", hour12: false });
    tanggal.textContent = now.toLocaleDateString("id-ID", { timeZone: "Asia/Jakarta", weekday: "long", day: "numeric", month: "long", year: "numeric" });
    document.body.setAttribute("data-jam", "jalan");
  }
  tick();
  setInterval(tick, 1000);
})();
</script>`;

export const seedAds: SeedAd[] = [
  {
    name: "Rumah: Indeks Berita (leaderboard)",
    slot: "leaderboard",
    headline: "Indeks Berita Warta",
    line: "Semua berita hari ini, jam demi jam",
    color: "#b91c1c",
    target: "/indeks",
    alt: "Indeks Berita Warta: semua berita hari ini, jam demi jam",
  },
  {
    name: "Rumah: Kabar Ekonomi (sidebar)",
    slot: "sidebar",
    headline: "Kabar Ekonomi",
    line: "Harga pangan, pasar, dan usaha kecil",
    color: "#b45309",
    target: "/kanal/ekonomi",
    alt: "Kabar Ekonomi di Warta: harga pangan, pasar, dan usaha kecil",
  },
  {
    name: "Rumah: Liga dan Timnas (sidebar, kanal Olahraga)",
    slot: "sidebar",
    headline: "Liga & Timnas",
    line: "Hasil dan jadwal terbaru",
    color: "#7c3aed",
    target: "/kanal/olahraga",
    alt: "Liga dan Timnas di Warta: hasil dan jadwal terbaru",
    kanal: ["olahraga"],
    weight: 3,
  },
  {
    name: "Rumah: RSS Warta (half-page)",
    slot: "half-page",
    headline: "Ikuti Warta",
    line: "Berlangganan lewat RSS",
    color: "#0e7490",
    target: "/rss",
    alt: "Ikuti Warta: berlangganan berita lewat RSS",
  },
  {
    name: "Rumah: Jam WIB (HTML, in-article)",
    slot: "in-article",
    html: WIB_CLOCK,
    alt: "Jam Waktu Indonesia Barat dari Warta",
  },
  {
    name: "Rumah: Kabar Nasional (antar-bagian)",
    slot: "between-sections",
    headline: "Kabar Nasional",
    line: "Dari Sabang sampai Merauke",
    color: "#1d4ed8",
    target: "/kanal/nasional",
    alt: "Kabar Nasional di Warta: dari Sabang sampai Merauke",
  },
  {
    name: "Rumah: Gaya Hidup (atas footer)",
    slot: "above-footer",
    headline: "Gaya Hidup",
    line: "Kuliner, wisata, dan kesehatan",
    color: "#be185d",
    target: "/kanal/gaya-hidup",
    alt: "Gaya Hidup di Warta: kuliner, wisata, dan kesehatan",
  },
  // Two that must never show: one not yet started, one already over.
  {
    name: "Rumah: Promo Akhir Tahun (terjadwal)",
    slot: "sidebar",
    headline: "Promo Akhir Tahun",
    line: "Segera hadir",
    color: "#334155",
    target: "/",
    alt: "Promo Akhir Tahun Warta",
    startsInDays: 3,
    endsInDays: 30,
  },
  {
    name: "Rumah: Pekan Pemilu (sudah berakhir)",
    slot: "leaderboard",
    headline: "Pekan Pemilu",
    line: "Liputan khusus telah usai",
    color: "#334155",
    target: "/",
    alt: "Liputan khusus Pekan Pemilu Warta",
    startsInDays: -30,
    endsInDays: -1,
  },
];

/** Seeded as the ads.txt text: a clearly fake line the ad desk replaces with its real sellers. */
export const seedAdsTxt = `# ads.txt Warta (contoh): ganti dengan daftar penjual resmi Anda di /admin/iklan.
example.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0
`;

export function seedAdWindow(ad: SeedAd, now: number): { startsAt: Date; endsAt: Date } {
  return { startsAt: new Date(now + (ad.startsInDays ?? -7) * DAY), endsAt: new Date(now + (ad.endsInDays ?? 365) * DAY) };
}

/**
 * Draws a house ad's pictures at the slot's exact sizes (a phone picture too for the
 * 728×90 slots) into the media store; returns the stored paths. Made locally: no network.
 */
export async function renderSeedAd(opts: { media: MediaStore; ad: SeedAd; index: number }): Promise<{ desktop: string; phone: string | null }> {
  const sizes = AD_SLOT_SIZES[opts.ad.slot];
  const draw = async (size: AdSize, suffix: string) => {
    const path = `seed/iklan/${opts.index}-${suffix}.webp`;
    await opts.media.put(path, await sharp(Buffer.from(await bannerSvg(opts.ad, size))).webp({ quality: 85 }).toBuffer());
    return path;
  };
  return { desktop: await draw(sizes.desktop, "desktop"), phone: sizes.phone ? await draw(sizes.phone, "ponsel") : null };
}
