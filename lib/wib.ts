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
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number);
  const ms = Date.UTC(y, mo - 1, d, h, mi) - WIB_OFFSET_MS;
  const back = wibParts(new Date(ms));
  // Rejects impossible dates such as 31 February instead of rolling them over.
  if (back.year !== y || back.month !== mo - 1 || back.day !== d || back.hour !== h || back.minute !== mi) return null;
  return new Date(ms);
}

/** @example toWibDateTimeLocal(new Date("2022-02-03T06:30:00Z")) // "2022-02-03T13:30" */
export function toWibDateTimeLocal(date: Date): string {
  return toWibIso(date).slice(0, 16);
}
