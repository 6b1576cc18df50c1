import { formatWibTime } from "./wib";

/** Quiet time after the last keystroke before an autosave goes out. */
export const AUTOSAVE_QUIET_MS = 3_000;
/** Typing without a pause still autosaves this often: a crash costs at most this much. */
export const AUTOSAVE_MAX_WAIT_MS = 15_000;
/** After a failed autosave, the next try waits this long (doubling up to the cap). */
export const AUTOSAVE_RETRY_MS = 5_000;
export const AUTOSAVE_RETRY_CAP_MS = 60_000;
/** The whole form as JSON; the body alone may be 500 000 characters (articleFormSchema). */
export const AUTOSAVE_MAX_BYTES = 1_200_000;

/**
 * When the next autosave is due, in ms from `now`: `quietMs` after the last edit, but no later
 * than `maxWaitMs` after the first edit not yet saved. Null when nothing is waiting.
 * @example autosaveDelay({ firstEditAt: 0, lastEditAt: 14_000, now: 14_000 }) // 1000
 */
export function autosaveDelay(p: {
  firstEditAt: number | null;
  lastEditAt: number | null;
  now: number;
  quietMs?: number;
  maxWaitMs?: number;
}): number | null {
  if (p.firstEditAt === null || p.lastEditAt === null) return null;
  const due = Math.min(p.lastEditAt + (p.quietMs ?? AUTOSAVE_QUIET_MS), p.firstEditAt + (p.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS));
  return Math.max(0, due - p.now);
}

/**
 * The wait before retry number `attempt` (1 = the first retry) after failed autosaves.
 * @example autosaveRetryDelay(3) // 20000
 */
export function autosaveRetryDelay(attempt: number): number {
  return Math.min(AUTOSAVE_RETRY_CAP_MS, AUTOSAVE_RETRY_MS * 2 ** Math.max(0, attempt - 1));
}

// No "saving" state: the line is read out by screen readers, and every few seconds would be noise.
export type AutosaveStatus = { kind: "idle" } | { kind: "saved"; at: Date } | { kind: "failed" };

/**
 * The words of the form's autosave status line (an aria-live region).
 * @example autosaveStatusText({ kind: "saved", at: new Date("2026-12-06T03:42:00Z") }) // "Tersimpan otomatis 10:42 WIB"
 */
export function autosaveStatusText(s: AutosaveStatus): string {
  switch (s.kind) {
    case "idle":
      return "";
    case "saved":
      return `Tersimpan otomatis ${formatWibTime(s.at)}`;
    case "failed":
      return "Gagal menyimpan otomatis — akan dicoba lagi";
  }
}
