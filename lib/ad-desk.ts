import type { AdSlotName } from "@/lib/domain";
import { shiftWibDateKey, wibDateKey } from "./wib";

/** How the ad desk names each slot (sizes come from lib/ads/slots.ts). */
export const AD_SLOT_LABELS: Record<AdSlotName, string> = {
  leaderboard: "Leaderboard (di bawah header)",
  sidebar: "Sidebar",
  "half-page": "Half-page (sidebar, ikut menggulir)",
  "in-article": "Dalam artikel",
  "between-sections": "Di antara rubrik beranda",
  "above-footer": "Di atas footer",
};

export type AdState = "aktif" | "dijadwalkan" | "berakhir" | "dijeda";

export const AD_STATE_LABELS: Record<AdState, string> = {
  aktif: "Aktif",
  dijadwalkan: "Dijadwalkan",
  berakhir: "Berakhir",
  dijeda: "Dijeda",
};

/**
 * Where a creative stands right now. An ended campaign reads "Berakhir" even when paused:
 * resuming it would not bring it back, so that is what the desk needs to see.
 * @example adState({ startsAt: new Date("2026-01-01"), endsAt: new Date("2026-02-01"), paused: false }, new Date("2026-01-15")) // "aktif"
 */
export function adState(c: { startsAt: Date; endsAt: Date; paused: boolean }, now: Date): AdState {
  if (c.endsAt.getTime() <= now.getTime()) return "berakhir";
  if (c.paused) return "dijeda";
  if (c.startsAt.getTime() > now.getTime()) return "dijadwalkan";
  return "aktif";
}

/**
 * Click-through rate with two decimals and the Indonesian decimal comma; "—" with no impressions.
 * @example formatCtr(2000, 37) // "1,85%"
 */
export function formatCtr(impressions: number, clicks: number): string {
  if (impressions <= 0) return "—";
  return `${((clicks / impressions) * 100).toFixed(2).replace(".", ",")}%`;
}

/**
 * Whole numbers with the Indonesian thousands dot.
 * @example formatCount(1234567) // "1.234.567"
 */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

export type AdDayRow = { day: string; impressions: number; clicks: number };

/**
 * The last `days` WIB days ending today, newest first, with zeros for days without counts,
 * so a quiet day shows as a row of zeros instead of going missing.
 * @example statsByDay([{ day: "2026-03-01", impressions: 5, clicks: 1 }], new Date("2026-03-01T05:00:00Z"), 2)
 * // [{ day: "2026-03-01", impressions: 5, clicks: 1 }, { day: "2026-02-28", impressions: 0, clicks: 0 }]
 */
export function statsByDay(rows: AdDayRow[], now: Date, days: number): AdDayRow[] {
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const today = wibDateKey(now);
  return Array.from({ length: days }, (_, i) => {
    const day = shiftWibDateKey(today, -i);
    const r = byDay.get(day);
    return { day, impressions: r?.impressions ?? 0, clicks: r?.clicks ?? 0 };
  });
}

/** The first day of a `days`-long window ending today (WIB), for the stats query. */
export function statsWindowStart(now: Date, days: number): string {
  return shiftWibDateKey(wibDateKey(now), -(days - 1));
}
