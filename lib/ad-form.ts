import { z } from "./zod";
import { type AdKind, adKinds, type AdSlotName, adSlots } from "@/lib/domain";
import { safeTargetUrl } from "./ads/target-url";
import { fieldErrors } from "./form-state";
import { settingsSchema } from "./settings";
import { parseWibDateTimeLocal, toWibDateTimeLocal } from "./wib";

export const AD_WEIGHT_MAX = 100;

/**
 * Kanal ids from the ticked checkboxes (joined with commas by readAdForm); bad entries are dropped.
 * @example parseKanalIds("3,1,3,x") // [3, 1]
 */
export function parseKanalIds(text: string): number[] {
  const ids: number[] = [];
  for (const part of text.split(",")) {
    const n = Number(part.trim());
    if (part.trim() !== "" && Number.isInteger(n) && n > 0 && !ids.includes(n)) ids.push(n);
  }
  return ids;
}

// Every field is a plain string here and checked in the transform below: zod skips a
// transform once a field fails, and the desk should see every problem in one answer.
const adFormObject = z.object({
  nama: z.string().trim(),
  slot: z.string(),
  jenis: z.string(),
  url_tujuan: z.string().trim(),
  teks_alt: z.string().trim(),
  html: z.string(),
  mulai: z.string().trim(),
  selesai: z.string().trim(),
  bobot: z.string().trim(),
  kanal: z.string(),
  dijeda: z.string(),
});

export const AD_FORM_FIELDS = Object.keys(adFormObject.shape) as (keyof z.input<typeof adFormObject>)[];

const isSlot = (v: string): v is AdSlotName => (adSlots as readonly string[]).includes(v);
const isKind = (v: string): v is AdKind => (adKinds as readonly string[]).includes(v);

export const adFormSchema = adFormObject.transform((v, ctx) => {
  const issue = (field: keyof typeof v, message: string) => ctx.addIssue({ code: "custom", path: [field], message });
  if (v.nama.length < 3) issue("nama", "Nama iklan minimal 3 karakter.");
  if (v.nama.length > 100) issue("nama", "Nama iklan maksimal 100 karakter.");
  if (!isSlot(v.slot)) issue("slot", "Pilih slot iklan.");
  if (!isKind(v.jenis)) issue("jenis", "Pilih jenis iklan: gambar atau HTML.");
  const isImage = v.jenis === "image";
  if (v.url_tujuan === "") {
    if (isImage) issue("url_tujuan", "Isi URL tujuan iklan.");
  } else if (v.url_tujuan.length > 2000) {
    issue("url_tujuan", "URL tujuan maksimal 2.000 karakter.");
  } else if (safeTargetUrl(v.url_tujuan) === null) {
    issue("url_tujuan", "URL tujuan harus alamat web lengkap yang diawali http:// atau https://.");
  }
  if (isImage && v.teks_alt === "") issue("teks_alt", "Isi teks alternatif: jelaskan isi gambar iklan untuk pembaca tunanetra.");
  if (isImage && v.teks_alt.length > 200) issue("teks_alt", "Teks alternatif maksimal 200 karakter.");
  if (!isImage && v.html.trim() === "") issue("html", "Tempel kode HTML iklan dari pengiklan.");
  if (!isImage && v.html.length > 50_000) issue("html", "Kode HTML maksimal 50.000 karakter.");

  const startsAt = parseWibDateTimeLocal(v.mulai);
  const endsAt = parseWibDateTimeLocal(v.selesai);
  if (!startsAt) issue("mulai", v.mulai ? "Waktu mulai tidak valid." : "Isi waktu mulai tayang.");
  if (!endsAt) issue("selesai", v.selesai ? "Waktu selesai tidak valid." : "Isi waktu selesai tayang.");
  if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) issue("selesai", "Waktu selesai harus setelah waktu mulai.");

  const weight = Number(v.bobot);
  if (v.bobot === "" || !Number.isInteger(weight) || weight < 1 || weight > AD_WEIGHT_MAX) issue("bobot", `Bobot berupa bilangan bulat 1–${AD_WEIGHT_MAX}.`);

  return {
    name: v.nama,
    slot: v.slot as AdSlotName,
    kind: v.jenis as AdKind,
    targetUrl: v.url_tujuan,
    // Each kind keeps only its own fields, so switching kind never leaves a stale tag or link behind.
    altText: isImage ? v.teks_alt : "",
    html: isImage ? "" : v.html,
    startsAt: startsAt as Date,
    endsAt: endsAt as Date,
    weight,
    kanalIds: parseKanalIds(v.kanal),
    paused: v.dijeda === "1",
  };
});

export type AdInput = z.output<typeof adFormSchema>;

export type AdFormResult = { ok: true; input: AdInput } | { ok: false; errors: Record<string, string> };

/**
 * Validates the ad form. `hasImage` says whether the creative will have a picture (one uploaded
 * now or one already stored): an image creative without one cannot run.
 */
export function validateAdForm(values: Record<string, string>, opts: { hasImage: boolean }): AdFormResult {
  const parsed = adFormSchema.safeParse(values);
  const errors: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error.issues);
  if (values.jenis === "image" && !opts.hasImage) errors.gambar ??= "Unggah gambar iklan (JPEG, PNG, atau WebP).";
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}

/** The text fields of a submitted ad form as strings (missing ones empty); ticked kanal joined with commas. */
export function readAdForm(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of AD_FORM_FIELDS) {
    if (key === "kanal") {
      values.kanal = form
        .getAll("kanal")
        .filter((v): v is string => typeof v === "string")
        .join(",");
      continue;
    }
    const v = form.get(key);
    values[key] = typeof v === "string" ? v : "";
  }
  return values;
}

type StoredCreative = {
  name: string;
  slot: string;
  kind: string;
  targetUrl: string;
  altText: string;
  html: string;
  startsAt: Date;
  endsAt: Date;
  weight: number;
  paused: boolean;
  kanalIds: number[];
};

/** The form's values for a stored creative: the inverse of adFormSchema. */
export function creativeToFormValues(c: StoredCreative): Record<string, string> {
  return {
    nama: c.name,
    slot: c.slot,
    jenis: c.kind,
    url_tujuan: c.targetUrl,
    teks_alt: c.altText,
    html: c.html,
    mulai: toWibDateTimeLocal(c.startsAt),
    selesai: toWibDateTimeLocal(c.endsAt),
    bobot: String(c.weight),
    kanal: c.kanalIds.join(","),
    dijeda: c.paused ? "1" : "",
  };
}

/**
 * A new creative's starting values: from the next whole hour for thirty days, weight 1.
 * @example newCreativeValues(new Date("2026-03-10T05:20:00Z")).mulai // "2026-03-10T13:00"
 */
export function newCreativeValues(now: Date): Record<string, string> {
  const hour = 60 * 60 * 1000;
  const start = new Date(Math.ceil(now.getTime() / hour) * hour);
  const end = new Date(start.getTime() + 30 * 24 * hour);
  return { slot: "leaderboard", jenis: "image", mulai: toWibDateTimeLocal(start), selesai: toWibDateTimeLocal(end), bobot: "1", kanal: "", dijeda: "" };
}

const settingsFormObject = z.object({
  iklan_aktif: z.string(),
  label_iklan: z.string().trim(),
  paragraf_iklan: z.string().trim(),
  ads_txt: z.string().max(20_000, "ads.txt maksimal 20.000 karakter."),
});

export const AD_SETTINGS_FIELDS = Object.keys(settingsFormObject.shape) as (keyof z.input<typeof settingsFormObject>)[];

// The same bounds as settingsSchema.inArticleAdAfter, which checks the number itself.
const PARA_MIN = 1;
const PARA_MAX = 20;

/** The ad settings form: kill switch, label, in-article paragraph and ads.txt. */
export const adSettingsFormSchema = settingsFormObject.transform((v, ctx) => {
  // Checked here rather than on the field, so that every problem is reported in one answer.
  if (v.label_iklan === "") ctx.addIssue({ code: "custom", path: ["label_iklan"], message: "Isi label iklan, misalnya Advertisement atau Iklan." });
  if (v.label_iklan.length > 40) ctx.addIssue({ code: "custom", path: ["label_iklan"], message: "Label iklan maksimal 40 karakter." });
  const n = Number(v.paragraf_iklan);
  const para = settingsSchema.shape.inArticleAdAfter.safeParse(v.paragraf_iklan === "" ? NaN : n);
  if (!para.success) {
    ctx.addIssue({ code: "custom", path: ["paragraf_iklan"], message: `Isi nomor paragraf ${PARA_MIN}–${PARA_MAX}.` });
  }
  return {
    adsEnabled: v.iklan_aktif === "1",
    adLabel: v.label_iklan,
    inArticleAdAfter: n,
    // Browsers send CRLF from a textarea; crawlers expect plain lines, with one newline at the end.
    adsTxt: normalizeAdsTxt(v.ads_txt),
  };
});

/**
 * ads.txt as crawlers expect it: LF line ends (a textarea sends CRLF) and one newline at the end.
 * @example normalizeAdsTxt("google.com, pub-1, DIRECT\r\n\r\n") // "google.com, pub-1, DIRECT\n"
 */
export function normalizeAdsTxt(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").trim();
  return lines === "" ? "" : `${lines}\n`;
}

/** The settings form's fields as strings, for parsing and for re-filling the form. */
export function readAdSettingsForm(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of AD_SETTINGS_FIELDS) {
    const v = form.get(key);
    values[key] = typeof v === "string" ? v : "";
  }
  return values;
}
