import type { StaffRole } from "@/lib/domain";

export type SeedStaff = { slug: string; name: string; role: StaffRole; bio: string };

export const seedStaff: SeedStaff[] = [
  { slug: "dimas-prasetyo", name: "Dimas Prasetyo", role: "reporter", bio: "Meliput politik dan pemerintahan dari Jakarta sejak 2019." },
  { slug: "rina-wulandari", name: "Rina Wulandari", role: "reporter", bio: "Reporter ekonomi yang mengikuti pasar, UMKM, dan kebijakan fiskal." },
  { slug: "fajar-nugroho", name: "Fajar Nugroho", role: "reporter", bio: "Menulis olahraga, terutama sepak bola nasional dan bulu tangkis." },
  { slug: "sekar-ayuningtyas", name: "Sekar Ayuningtyas", role: "reporter", bio: "Meliput teknologi, startup, dan keamanan digital." },
  { slug: "yusuf-hidayat", name: "Yusuf Hidayat", role: "reporter", bio: "Reporter Dunia Islam, haji, umrah, dan kehidupan umat di mancanegara." },
  { slug: "maria-simanjuntak", name: "Maria Simanjuntak", role: "reporter", bio: "Menulis berita internasional dan diplomasi." },
  { slug: "ahmad-fauzi", name: "Ahmad Fauzi", role: "reporter", bio: "Meliput daerah, lingkungan, dan kebencanaan." },
  { slug: "putu-ardana", name: "Putu Ardana", role: "reporter", bio: "Menulis gaya hidup, kuliner, wisata, dan kesehatan dari Bali dan sekitarnya." },
  { slug: "hendra-kusuma", name: "Hendra Kusuma", role: "editor", bio: "Redaktur desk nasional dan ekonomi." },
  { slug: "nurul-aini", name: "Nurul Aini", role: "editor", bio: "Redaktur desk internasional dan Dunia Islam." },
  { slug: "bambang-setiadi", name: "Bambang Setiadi", role: "editor", bio: "Redaktur desk olahraga, teknologi, dan gaya hidup." },
  { slug: "lestari-handoko", name: "Lestari Handoko", role: "admin", bio: "Pemimpin redaksi Warta." },
];
