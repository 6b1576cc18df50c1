import { parseWibDateKey, shiftWibDateKey, wibDateKey } from "./wib";

const HOUR = 60 * 60 * 1000;

/** How the newsroom's story list is ordered: "diubah" (last touched, the default) or a views column. */
export const adminSorts = ["diubah", "24jam", "7hari", "total"] as const;
export type AdminSort = (typeof adminSorts)[number];

/** The column headings of the views columns, as the desk reads them. */
export const VIEW_COLUMN_LABELS: Record<Exclude<AdminSort, "diubah">, string> = { "24jam": "24 jam", "7hari": "7 hari", total: "Total" };

/**
 * The list's `urut` parameter; anything else is the default order.
 * @example parseAdminSort("7hari") // "7hari"
 */
export function parseAdminSort(value: string | undefined): AdminSort {
  return adminSorts.includes(value as AdminSort) ? (value as AdminSort) : "diubah";
}

/** Days the Statistik page covers. */
export const STATISTIK_DAYS = 30;

export type StatistikWindow = {
  /** The WIB days, oldest first, today last. */
  days: string[];
  /** First hourly bucket of the oldest day (00:00 WIB), epoch ms. */
  since: number;
  /** Start of the hour after now: no bucket in the window starts at or after it. */
  until: number;
};

/**
 * The last `days` WIB calendar days up to and including today, as hourly bucket bounds. WIB is
 * UTC+7 exactly, so every hourly bucket falls in one WIB day and the buckets add up to days.
 * @example statistikWindow(new Date("2026-12-06T04:30:00Z"), 2).days // ["2026-12-05", "2026-12-06"]
 */
export function statistikWindow(now: Date, days = STATISTIK_DAYS): StatistikWindow {
  const today = wibDateKey(now);
  const keys = Array.from({ length: days }, (_, i) => shiftWibDateKey(today, i - days + 1));
  return { days: keys, since: parseWibDateKey(keys[0])!.start.getTime(), until: Math.floor(now.getTime() / HOUR) * HOUR + HOUR };
}

/**
 * The WIB day an hourly bucket belongs to.
 * @example bucketWibDay(Date.parse("2026-12-05T17:00:00Z")) // "2026-12-06"
 */
export function bucketWibDay(bucketStart: number): string {
  return wibDateKey(new Date(bucketStart));
}

/**
 * Views per WIB day over the window, zero for a day nobody read, from hourly sums.
 * @example dailySeries(["2026-12-05", "2026-12-06"], [{ bucketStart: Date.parse("2026-12-05T18:00:00Z"), views: 3 }])
 * // [{ day: "2026-12-05", views: 0 }, { day: "2026-12-06", views: 3 }]
 */
export function dailySeries(days: string[], hourly: { bucketStart: number; views: number }[]): { day: string; views: number }[] {
  const byDay = new Map(days.map((d) => [d, 0]));
  for (const h of hourly) {
    const day = bucketWibDay(h.bucketStart);
    if (byDay.has(day)) byDay.set(day, byDay.get(day)! + h.views);
  }
  return days.map((day) => ({ day, views: byDay.get(day)! }));
}

export type Bar = { label: string; value: number; x: number; y: number; width: number; height: number };

/**
 * Geometry of a horizontal bar chart: one row of `rowHeight` per item, the longest bar filling
 * `barWidth`. A value of zero draws no bar; all zeros draw none (no division by zero).
 * @example horizontalBars([{ label: "A", value: 4 }, { label: "B", value: 2 }], { barWidth: 100, rowHeight: 20, gap: 4 })[1].width // 50
 */
export function horizontalBars(items: { label: string; value: number }[], opts: { barWidth: number; rowHeight: number; gap: number; x?: number }): Bar[] {
  const max = Math.max(0, ...items.map((i) => i.value));
  return items.map((item, i) => ({
    ...item,
    x: opts.x ?? 0,
    y: i * (opts.rowHeight + opts.gap),
    width: max > 0 ? Math.round((item.value / max) * opts.barWidth * 10) / 10 : 0,
    height: opts.rowHeight,
  }));
}

/**
 * Geometry of a column chart (one column a day): columns share `width`, the tallest fills `height`.
 * @example verticalColumns([1, 2], { width: 100, height: 50 })[0] // { x: 0, width: 50, y: 25, height: 25 }
 */
export function verticalColumns(values: number[], opts: { width: number; height: number }): { x: number; width: number; y: number; height: number }[] {
  const max = Math.max(0, ...values);
  const step = values.length ? opts.width / values.length : 0;
  return values.map((v, i) => {
    const h = max > 0 ? Math.round((v / max) * opts.height * 10) / 10 : 0;
    return { x: Math.round(i * step * 10) / 10, width: Math.round(step * 10) / 10, y: Math.round((opts.height - h) * 10) / 10, height: h };
  });
}

/**
 * A count as the desk reads it: Indonesian thousands separators.
 * @example formatViews(12345) // "12.345"
 */
export function formatViews(n: number): string {
  return new Intl.NumberFormat("id-ID").format(n);
}
