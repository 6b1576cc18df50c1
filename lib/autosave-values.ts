import { ARTICLE_FORM_FIELDS } from "./article-form";

// The article form's autosaved fields, on the server side: kept apart from lib/autosave.ts, which
// the form's script imports, because the form schema brings the body sanitizer with it.

/** Autosaves never carry these: the version is stored beside the copy, and intent is a button. */
const SKIPPED = new Set(["version"]);
const AUTOSAVED_FIELDS = ARTICLE_FORM_FIELDS.filter((f) => !SKIPPED.has(f));

/**
 * The key of an editor's one rolling autosave: the story's id, or "baru" for a story not saved yet.
 * @example autosaveSlot(12) // "12"
 * @example autosaveSlot(null) // "baru"
 */
export function autosaveSlot(articleId: number | null): string {
  return articleId === null ? "baru" : String(articleId);
}

/**
 * The form's text fields from an autosave's JSON: every known field as a string (missing ones
 * empty), unknown keys dropped; null when it is not an object of strings.
 * @example parseAutosaveValues({ judul: "Banjir", x: "y" })?.judul // "Banjir"
 */
export function parseAutosaveValues(input: unknown): Record<string, string> | null {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return null;
  const record = input as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const field of AUTOSAVED_FIELDS) {
    const v = record[field] ?? "";
    if (typeof v !== "string") return null;
    out[field] = v;
  }
  return out;
}

/**
 * Whether an autosaved copy holds anything the stored story does not: only then is it offered.
 * An autosave that landed just after its editor's save (same words) is not.
 * @example autosaveDiffers({ judul: "A" }, { judul: "A", version: "3" }) // false
 */
export function autosaveDiffers(saved: Record<string, string>, stored: Record<string, string>): boolean {
  return AUTOSAVED_FIELDS.some((f) => (saved[f] ?? "") !== (stored[f] ?? ""));
}

/** Whether an autosave has anything typed at all: an untouched new-story form is not worth offering. */
export function autosaveHasText(saved: Record<string, string>): boolean {
  return ["judul", "ringkasan", "isi", "tag", "keterangan_foto", "terkait"].some((f) => (saved[f] ?? "").replace(/<[^>]*>/g, "").trim() !== "");
}

