import { toWibDateTimeLocal } from "./wib";

type EditableArticle = {
  title: string;
  slug: string;
  kanalId: number;
  lead: string;
  dateline: string;
  body: string;
  reporterId: number | null;
  editorId: number | null;
  status: string;
  publishedAt: Date | null;
  version: number;
  noAds: boolean;
  kind: string;
  tagNames: string[];
  related: { publicId: string }[];
  photo: { caption: string; credit: string; alt: string } | null;
};

/** The form's field values for a stored article: the inverse of articleFormSchema. */
export function articleToFormValues(a: EditableArticle): Record<string, string> {
  return {
    judul: a.title,
    slug: a.slug,
    kanal: String(a.kanalId),
    tag: a.tagNames.join(", "),
    ringkasan: a.lead,
    dateline: a.dateline,
    isi: a.body,
    reporter: a.reporterId ? String(a.reporterId) : "",
    redaktur: a.editorId ? String(a.editorId) : "",
    keterangan_foto: a.photo?.caption ?? "",
    kredit_foto: a.photo?.credit ?? "",
    alt_foto: a.photo?.alt ?? "",
    terkait: a.related.map((r) => r.publicId).join("\n"),
    status: a.status,
    waktu_terbit: a.publishedAt ? toWibDateTimeLocal(a.publishedAt) : "",
    version: String(a.version),
    tanpa_iklan: a.noAds ? "1" : "",
    jenis_berita: a.kind,
  };
}
