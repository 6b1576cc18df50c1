// Indonesia abolished daylight saving long ago, so WIB is a fixed UTC+7.
// A fixed offset keeps these helpers pure and independent of the host's ICU data.
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

const DAYS = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"] as const;
const MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"] as const;
const MONTHS_LONG = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
] as const;

type WibParts = { year: number; month: number; day: number; weekday: number; hour: number; minute: number };

/** Calendar fields of an instant as seen on a wall clock in Jakarta. */
export function wibParts(date: Date): WibParts {
  const shifted = new Date(date.getTime() + WIB_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth(),
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The date line above an article headline.
 * @example formatWibDateLine(new Date("2022-02-03T06:30:00Z")) // "Kamis 03 Feb 2022 13:30 WIB"
 */
export function formatWibDateLine(date: Date): string {
  const p = wibParts(date);
  return `${DAYS[p.weekday]} ${pad(p.day)} ${MONTHS_SHORT[p.month]} ${p.year} ${pad(p.hour)}:${pad(p.minute)} WIB`;
}

/**
 * Compact time for lists.
 * @example formatWibShort(new Date("2022-02-03T06:30:00Z")) // "03 Feb 2022, 13:30 WIB"
 */
export function formatWibShort(date: Date): string {
  const p = wibParts(date);
  return `${pad(p.day)} ${MONTHS_SHORT[p.month]} ${p.year}, ${pad(p.hour)}:${pad(p.minute)} WIB`;
}

/**
 * Long date for the header.
 * @example formatWibLongDate(new Date("2022-02-03T06:30:00Z")) // "Kamis, 3 Februari 2022"
 */
export function formatWibLongDate(date: Date): string {
  const p = wibParts(date);
  return `${DAYS[p.weekday]}, ${p.day} ${MONTHS_LONG[p.month]} ${p.year}`;
}

/**
 * Clock time only.
 * @example formatWibTime(new Date("2022-02-03T06:30:00Z")) // "13:30 WIB"
 */
export function formatWibTime(date: Date): string {
  const p = wibParts(date);
  return `${pad(p.hour)}:${pad(p.minute)} WIB`;
}

/** ISO 8601 with the +07:00 offset, for <time dateTime> and structured data. */
export function toWibIso(date: Date): string {
  const shifted = new Date(date.getTime() + WIB_OFFSET_MS);
  return `${shifted.toISOString().slice(0, 19)}+07:00`;
}

/**
 * Reads an `<input type="datetime-local">` value typed in WIB.
 * @example parseWibDateTimeLocal("2022-02-03T13:30")?.toISOString() // "2022-02-03T06:30:00.000Z"
 */
export function parseWibDateTimeLocal(value: string): Date | null {
  // Seconds are optional: a field with step="1" (or a scripted post) sends them.
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number);
  const s = m[6] ? Number(m[6]) : 0;
  if (s > 59) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s) - WIB_OFFSET_MS;
  const back = wibParts(new Date(ms));
  // Rejects impossible dates such as 31 February instead of rolling them over.
  if (back.year !== y || back.month !== mo - 1 || back.day !== d || back.hour !== h || back.minute !== mi) return null;
  return new Date(ms);
}

/** @example toWibDateTimeLocal(new Date("2022-02-03T06:30:00Z")) // "2022-02-03T13:30" */
export function toWibDateTimeLocal(date: Date): string {
  return toWibIso(date).slice(0, 16);
}

/**
 * The WIB calendar day of an instant, as the `tanggal` parameter of the news index writes it.
 * @example wibDateKey(new Date("2026-08-17T20:15:00Z")) // "2026-08-18"
 */
export function wibDateKey(date: Date): string {
  const p = wibParts(date);
  return `${p.year}-${pad(p.month + 1)}-${pad(p.day)}`;
}

export type WibDay = { key: string; start: Date; end: Date };

/**
 * A "YYYY-MM-DD" day in Jakarta as the instants [start, end): 00:00 WIB is 17:00 UTC the day
 * before. Null for anything that is not a real calendar date.
 * @example parseWibDateKey("2026-02-03")?.start // 2026-02-02T17:00:00.000Z
 */
export function parseWibDateKey(key: string): WibDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const midnightUtc = Date.UTC(year, month - 1, day);
  const check = new Date(midnightUtc);
  // Date.UTC rolls 30 February over into March; a real date survives the round trip.
  if (year < 1000 || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const start = midnightUtc - WIB_OFFSET_MS;
  return { key, start: new Date(start), end: new Date(start + 24 * 60 * 60 * 1000) };
}

/**
 * The day `days` after (or before, when negative) a valid "YYYY-MM-DD" key.
 * @example shiftWibDateKey("2026-03-01", -1) // "2026-02-28"
 */
export function shiftWibDateKey(key: string, days: number): string {
  const day = parseWibDateKey(key);
  if (!day) throw new Error(`Tanggal tidak valid: ${key}`);
  return wibDateKey(new Date(day.start.getTime() + days * 24 * 60 * 60 * 1000));
}

const RFC822_DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const RFC822_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * RFC 822 date in WIB for RSS, which requires English day and month names.
 * @example toRfc822Wib(new Date("2022-02-03T06:30:00Z")) // "Thu, 03 Feb 2022 13:30:00 +0700"
 */
export function toRfc822Wib(date: Date): string {
  const shifted = new Date(date.getTime() + WIB_OFFSET_MS);
  const time = shifted.toISOString().slice(11, 19);
  return `${RFC822_DAYS[shifted.getUTCDay()]}, ${pad(shifted.getUTCDate())} ${RFC822_MONTHS[shifted.getUTCMonth()]} ${shifted.getUTCFullYear()} ${time} +0700`;
}
