export type SeedKanal = { slug: string; name: string; description: string; parent?: string };

/** In navigation order. */
export const seedKanal: SeedKanal[] = [
  { slug: "nasional", name: "Nasional", description: "Politik, pemerintahan, hukum, dan peristiwa di seluruh Indonesia." },
  { slug: "internasional", name: "Internasional", description: "Diplomasi, konflik, dan kabar dari berbagai belahan dunia." },
  { slug: "dunia-islam", name: "Dunia Islam", description: "Haji, umrah, dan kehidupan umat Islam di mancanegara.", parent: "internasional" },
  { slug: "ekonomi", name: "Ekonomi", description: "Pasar, harga, UMKM, dan kebijakan ekonomi." },
  { slug: "olahraga", name: "Olahraga", description: "Sepak bola, bulu tangkis, dan prestasi atlet Indonesia." },
  { slug: "teknologi", name: "Teknologi", description: "Startup, gawai, keamanan siber, dan ekonomi digital." },
  { slug: "gaya-hidup", name: "Gaya Hidup", description: "Kuliner, wisata, kesehatan, dan tren keseharian." },
];
