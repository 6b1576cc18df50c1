import { z } from "./zod";
import { articleKinds, articleStatuses } from "@/lib/domain";
import { galleryProblem } from "./body-photos";
import { embedLoneLinks } from "./embeds";
import { htmlToText } from "./html";
import { isPublicId } from "./public-id";
import { sanitizeBody } from "./sanitize";
import { slugify } from "./slug";
import { parseWibDateTimeLocal, toWibDateTimeLocal } from "./wib";

export const MAX_TAGS = 8;
export const MAX_RELATED = 3;
/** Beside Waktu terbit, for the form and for a status button posted as Terjadwal. */
export const SCHEDULED_NEEDS_TIME = "Berita terjadwal perlu waktu terbit.";

const optionalId = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (v === "") return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) {
      ctx.addIssue({ code: "custom", message: "Pilihan tidak valid." });
      return z.NEVER;
    }
    return n;
  });

/**
 * Related articles pasted as links or ids, one per line or comma-separated.
 * @example parseRelatedRefs("https://warta.id/berita/k3v9q2mz/judul\nq4nwbfaj") // ["k3v9q2mz", "q4nwbfaj"]
 */
export function parseRelatedRefs(text: string): { ids: string[]; invalid: string[] } {
  const ids: string[] = [];
  const invalid: string[] = [];
  for (const raw of text.split(/[\n,]+/).map((s) => s.trim()).filter(Boolean)) {
    const id = /\/berita\/([0-9a-z]{8})(?:[/?#]|$)/.exec(raw)?.[1] ?? raw;
    if (isPublicId(id)) {
      if (!ids.includes(id)) ids.push(id);
    } else invalid.push(raw);
  }
  return { ids, invalid };
}

/**
 * Tag names typed as a comma-separated list: trimmed, de-duplicated by slug, in the given order.
 * @example parseTagNames("Banjir, jakarta,  Banjir ,") // ["Banjir", "jakarta"]
 */
export function parseTagNames(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const name of text.split(",").map((s) => s.replace(/\s+/g, " ").trim()).filter(Boolean)) {
    const slug = slugify(name);
    if (!slug || seen.has(slug)) continue;
    seen.add(slug);
    names.push(name);
  }
  return names;
}

export const articleFormSchema = z
  .object({
    judul: z.string().trim().min(5, "Judul minimal 5 karakter.").max(200, "Judul maksimal 200 karakter."),
    slug: z.string().trim().max(100, "Slug maksimal 100 karakter."),
    kanal: z.string().trim().min(1, "Pilih kanal.").pipe(optionalId),
    tag: z.string(),
    ringkasan: z.string().trim().max(400, "Ringkasan maksimal 400 karakter."),
    dateline: z
      .string()
      .trim()
      .max(40, "Dateline maksimal 40 karakter.")
      .regex(/^[\p{L} .'-]*$/u, "Dateline hanya nama kota, misalnya JAKARTA.")
      .transform((v) => v.toUpperCase()),
    isi: z.string().max(500_000, "Isi berita terlalu panjang."),
    reporter: optionalId,
    redaktur: optionalId,
    keterangan_foto: z.string().trim().max(300, "Keterangan foto maksimal 300 karakter."),
    kredit_foto: z.string().trim().max(120, "Kredit foto maksimal 120 karakter."),
    alt_foto: z.string().trim().max(250, "Teks alternatif maksimal 250 karakter."),
    terkait: z.string(),
    status: z.enum(articleStatuses, { message: "Pilih status." }),
    waktu_terbit: z.string().trim(),
    version: z.string().trim(),
    /** "Jenis berita": Berita or Foto; a missing field (an older form) means Berita. */
    jenis_berita: z.enum(articleKinds, { message: "Pilih jenis berita." }).optional(),
    /** Checkbox: "1" when ticked; a missing field (an older form) means ads stay on. */
    tanpa_iklan: z.string().optional(),
    /** A photo the form uploaded ahead of the save (its progress bar); read by the action, kept on a refusal. */
    foto_id: z.string().optional(),
    /** "Nomor foto pustaka": a library photo by number, the picker's stand-in without JavaScript. */
    foto_pustaka: z.string().optional(),
  })
  .transform((v, ctx) => {
    const slug = v.slug ? v.slug : slugify(v.judul);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
      ctx.addIssue({ code: "custom", path: ["slug"], message: "Slug hanya huruf kecil, angka, dan tanda hubung." });
    }
    // A line holding only a video or post link becomes an embed here too, so the plain textarea
    // (JavaScript off) gets what the editor makes on paste.
    const { html: body, refused } = embedLoneLinks(sanitizeBody(v.isi));
    if (refused.length) {
      const { url, error } = refused[0];
      ctx.addIssue({ code: "custom", path: ["isi"], message: `${url}: ${error} Bila memang ingin tautan biasa, tulis teks lain di baris itu.` });
    }
    const bodyText = htmlToText(body);
    const needsText = v.status !== "draft";
    const gallery = galleryProblem(body);
    if (gallery) ctx.addIssue({ code: "custom", path: ["isi"], message: gallery });
    if (needsText && bodyText.length < 20) ctx.addIssue({ code: "custom", path: ["isi"], message: "Isi berita masih kosong." });
    if (needsText && v.ringkasan.length < 10) ctx.addIssue({ code: "custom", path: ["ringkasan"], message: "Ringkasan minimal 10 karakter." });

    const tags = parseTagNames(v.tag);
    if (tags.length > MAX_TAGS) ctx.addIssue({ code: "custom", path: ["tag"], message: `Maksimal ${MAX_TAGS} tag.` });
    if (tags.some((t) => t.length > 40)) ctx.addIssue({ code: "custom", path: ["tag"], message: "Satu tag maksimal 40 karakter." });

    const related = parseRelatedRefs(v.terkait);
    if (related.invalid.length) {
      ctx.addIssue({ code: "custom", path: ["terkait"], message: `Bukan tautan atau ID berita: ${related.invalid.slice(0, 2).join(", ")}` });
    }
    if (related.ids.length > MAX_RELATED) ctx.addIssue({ code: "custom", path: ["terkait"], message: `Maksimal ${MAX_RELATED} berita terkait.` });

    let publishAt: Date | null = null;
    if (v.waktu_terbit) {
      publishAt = parseWibDateTimeLocal(v.waktu_terbit);
      if (!publishAt) ctx.addIssue({ code: "custom", path: ["waktu_terbit"], message: "Waktu terbit tidak valid." });
    } else if (v.status === "scheduled") {
      ctx.addIssue({ code: "custom", path: ["waktu_terbit"], message: SCHEDULED_NEEDS_TIME });
    }

    const version = v.version === "" ? null : Number(v.version);
    if (version !== null && (!Number.isInteger(version) || version < 1)) {
      ctx.addIssue({ code: "custom", path: ["version"], message: "Versi tidak valid; muat ulang halaman." });
    }

    return {
      title: v.judul,
      slug,
      kanalId: v.kanal as number,
      tags,
      lead: v.ringkasan,
      dateline: v.dateline,
      body,
      bodyText,
      reporterId: v.reporter,
      editorId: v.redaktur,
      photoCaption: v.keterangan_foto,
      photoCredit: v.kredit_foto,
      photoAlt: v.alt_foto,
      relatedPublicIds: related.ids,
      status: v.status,
      publishAt,
      version,
      noAds: v.tanpa_iklan === "1",
      kind: v.jenis_berita ?? "berita",
    };
  });

export type ArticleInput = z.output<typeof articleFormSchema>;

/**
 * The form's values with a status button's choice applied. The buttons of the article form
 * (Terbitkan sekarang, Tarik dari situs, Ajukan ke redaktur) post the status they set as `intent`
 * beside the typed fields, so what is on the screen is saved with the new status, through the same
 * checks as Simpan: Terjadwal still needs a time. "Sekarang" means now: a time still ahead is
 * brought back to now (to the minute, as the field holds it), or the story would stay hidden.
 * @example withStatusIntent({ status: "draft", waktu_terbit: "" }, "published") // { status: "published", waktu_terbit: "" }
 */
export function withStatusIntent(values: Record<string, string>, intent: unknown, now = new Date()): Record<string, string> {
  if (typeof intent !== "string" || intent === "") return values;
  const out: Record<string, string> = { ...values, status: intent };
  const at = intent === "published" && values.waktu_terbit ? parseWibDateTimeLocal(values.waktu_terbit) : null;
  if (at && at > now) out.waktu_terbit = toWibDateTimeLocal(now);
  return out;
}

export type ArticleFormField = keyof z.input<typeof articleFormSchema> | "foto" | "form";
export const ARTICLE_FORM_FIELDS = Object.keys(articleFormSchema.in.shape) as (keyof z.input<typeof articleFormSchema>)[];

/** The text fields of a submitted form, as strings (missing ones empty), for parsing and for re-filling the form. */
export function readArticleForm(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of ARTICLE_FORM_FIELDS) {
    const v = form.get(key);
    values[key] = typeof v === "string" ? v : "";
  }
  return values;
}
