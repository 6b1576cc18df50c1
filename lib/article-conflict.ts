import { htmlToText } from "./html";

/** The other editor's save that refused ours, as the form shows it beside what is on the screen. */
export type ConflictVersion = {
  version: number;
  savedBy: string | null;
  /** ISO time: it travels in the action's state to the browser. */
  savedAt: string;
  values: Record<string, string>;
};

export type ConflictRow = { field: string; label: string; mine: string; theirs: string; same: boolean };

/** The fields an editor compares by eye; the rest (kanal, people, photo) show in the form itself. */
const COMPARED: { field: string; label: string; html?: boolean }[] = [
  { field: "judul", label: "Judul" },
  { field: "ringkasan", label: "Ringkasan" },
  { field: "isi", label: "Isi berita", html: true },
  { field: "tag", label: "Tag" },
];

/**
 * Both versions of the compared fields as plain text (the body's HTML as paragraphs), and whether
 * they agree, after trimming. Plain text: the editor's own copy is unsanitized, so it is never rendered as HTML.
 * @example conflictRows({ judul: "A" }, { judul: "B" })[0] // { field: "judul", label: "Judul", mine: "A", theirs: "B", same: false }
 */
export function conflictRows(mine: Record<string, string>, theirs: Record<string, string>): ConflictRow[] {
  return COMPARED.map(({ field, label, html }) => {
    const text = (v: string | undefined) => (html ? htmlToText(v ?? "") : (v ?? "").trim());
    const a = text(mine[field]);
    const b = text(theirs[field]);
    return { field, label, mine: a, theirs: b, same: a === b };
  });
}

/** The article form's action state: a refusal for a stale version carries the version that won. */
export type ArticleFormState = { message?: string; errors?: Partial<Record<string, string>>; values?: Record<string, string>; conflict?: ConflictVersion };
