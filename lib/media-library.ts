import { parsePageParam } from "./pagination";
import { parseWibDateKey } from "./wib";

/** Photos a page of the library (and of the picker) shows. */
export const LIBRARY_PAGE_SIZE = 24;

/** Longest search text kept; a longer one is cut, not refused. */
const MAX_QUERY_LENGTH = 100;

/** What the library's search form asks for, as the query layer takes it. */
export type LibraryFilters = {
  /** Words found in the caption, the credit or the uploader's name (any case). */
  q?: string;
  /** Uploaded at or after this instant (00:00 WIB of the "dari" day). */
  from?: Date;
  /** Uploaded before this instant (24:00 WIB of the "sampai" day). */
  to?: Date;
};

/** The search form's fields as typed, so a refused form shows them again. */
export type LibraryForm = { q: string; dari: string; sampai: string };

export type LibraryQuery =
  | { ok: true; filters: LibraryFilters; form: LibraryForm; page: number }
  | { ok: false; form: LibraryForm; errors: Partial<Record<"dari" | "sampai" | "halaman", string>> };

type Params = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim();

/**
 * Reads the library's GET form (`q`, `dari`, `sampai` as WIB "YYYY-MM-DD", `halaman`). An empty
 * field is no filter; a date that is not a real day, or a "sampai" before "dari", is refused with a
 * message for that field, so the page can answer 400 and show the form as it was typed.
 * @example parseLibraryQuery({ q: " Banjir ", dari: "2026-12-01" }) // ok, from 2026-11-30T17:00Z
 */
export function parseLibraryQuery(params: Params): LibraryQuery {
  const form: LibraryForm = { q: one(params.q).slice(0, MAX_QUERY_LENGTH), dari: one(params.dari), sampai: one(params.sampai) };
  const errors: Partial<Record<"dari" | "sampai" | "halaman", string>> = {};
  const from = form.dari ? parseWibDateKey(form.dari) : null;
  const to = form.sampai ? parseWibDateKey(form.sampai) : null;
  if (form.dari && !from) errors.dari = "Tanggal tidak valid; tulis seperti 2026-12-31.";
  if (form.sampai && !to) errors.sampai = "Tanggal tidak valid; tulis seperti 2026-12-31.";
  if (from && to && to.end <= from.start) errors.sampai = "Tanggal akhir tidak boleh sebelum tanggal awal.";
  const page = parsePageParam(Array.isArray(params.halaman) ? params.halaman : params.halaman || undefined);
  if (page === null) errors.halaman = "Halaman tidak valid.";
  if (Object.keys(errors).length > 0 || page === null) return { ok: false, form, errors };
  return {
    ok: true,
    form,
    page,
    filters: { ...(form.q ? { q: form.q } : {}), ...(from ? { from: from.start } : {}), ...(to ? { to: to.end } : {}) },
  };
}

/**
 * The query string of a library page with these fields (empty ones left out), for links and
 * for the picker's fetch.
 * @example libraryQueryString({ q: "banjir", dari: "", sampai: "" }, 2) // "?q=banjir&halaman=2"
 */
export function libraryQueryString(form: LibraryForm, page = 1): string {
  const params = new URLSearchParams();
  if (form.q) params.set("q", form.q);
  if (form.dari) params.set("dari", form.dari);
  if (form.sampai) params.set("sampai", form.sampai);
  if (page > 1) params.set("halaman", String(page));
  const s = params.toString();
  return s ? `?${s}` : "";
}
