import { parseWibDateKey, type WibDay, wibDateKey } from "./wib";

/** The earliest day the news index offers; no Indonesian online portal is older. */
export const INDEKS_FIRST_DAY = "1995-01-01";

/**
 * Reads the news index's `tanggal` parameter: missing means today in WIB. Null for anything
 * that is not a real date, lies before INDEKS_FIRST_DAY or after today, so the page can say so
 * with a 404 instead of showing an empty day that never existed.
 * @example parseIndeksDate("2026-02-03", new Date("2026-02-10T00:00:00Z"))?.key // "2026-02-03"
 */
export function parseIndeksDate(value: string | string[] | undefined, now: Date): WibDay | null {
  if (Array.isArray(value)) return null;
  const today = wibDateKey(now);
  const day = parseWibDateKey(value ?? today);
  if (!day || day.key < INDEKS_FIRST_DAY || day.key > today) return null;
  return day;
}
