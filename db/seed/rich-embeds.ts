import type { SeedArticle } from "./types";

/**
 * The demo story with one embed of each kind (issue 16). A paragraph that holds only a video or post
 * link becomes a typed embed when the seed writes the body, as it does when a story is saved from the
 * plain textarea (lib/embeds.ts `embedLoneLinks`). Nothing loads from a provider until a reader taps.
 */
export const embedArticles: SeedArticle[] = [
  {
    kanal: "teknologi",
    title: "Hujan Es di Bandung Ramai Dikabarkan Warganet, dari Video Pendek hingga Unggahan Warga",
    lead: "Hujan es yang turun selama belasan menit di Bandung utara cepat menyebar di media sosial. Warta menghimpun sejumlah unggahan dan mengecek waktu serta lokasinya bersama warga dan BMKG.",
    dateline: "BANDUNG",
    paragraphs: [
      "Hujan es disertai angin kencang turun di sejumlah kelurahan di Bandung utara pada Selasa sore, sekitar pukul 15.20 WIB. Dalam hitungan menit, rekaman butiran es sebesar kelereng yang memantul di atap seng dan halaman rumah beredar di berbagai platform media sosial.",
      "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menjelaskan fenomena itu dipicu awan cumulonimbus yang tumbuh cepat pada masa peralihan musim. Siaran penjelasan prakirawan tentang pembentukan hujan es dapat disimak di bawah ini.",
      "https://www.youtube.com/watch?v=M7lc1UVf-VE",
      "Sejumlah warga membagikan kesaksian di X. Seorang pengguna di Lembang menulis bahwa hujan es berlangsung sekitar 15 menit sebelum berganti hujan deras biasa.",
      "https://x.com/jack/status/20",
      "Di Instagram, akun komunitas pesepeda setempat mengunggah foto jalan yang memutih tertutup butiran es, sementara video pendek di TikTok memperlihatkan pengendara motor menepi di bawah jembatan penyeberangan.",
      "https://www.instagram.com/p/C3kY7pLyQ2m/",
      "https://www.tiktok.com/@infobandungraya/video/7321456789012345678",
      "Pemerintah kota lewat halaman Facebook resminya meminta warga melaporkan pohon tumbang dan atap rusak ke layanan darurat 112. Hingga malam hari, petugas mencatat 11 pohon tumbang dan 23 rumah mengalami kerusakan ringan.",
      "https://www.facebook.com/permalink.php?story_fbid=1029384756&id=100064512345678",
      "Warta memeriksa waktu dan lokasi setiap unggahan sebelum menyertakannya dalam berita ini. Pembaca yang memiliki rekaman kejadian serupa dapat mengirimkannya ke redaksi beserta keterangan tempat dan waktu pengambilan gambar.",
    ],
    tags: ["Cuaca Ekstrem", "Media Sosial", "Bandung"],
    reporter: "sekar-ayuningtyas",
    editor: "hendra-kusuma",
    photo: {
      alt: "Butiran es menutupi halaman rumah warga setelah hujan es reda.",
      caption: "Butiran es menutupi halaman rumah warga di Bandung utara setelah hujan es reda.",
      credit: "Warta/Sekar Ayuningtyas",
    },
  },
];
