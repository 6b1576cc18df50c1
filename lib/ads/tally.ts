import { wibDateKey } from "@/lib/wib";

/** One row of ad_stats_daily to add to. */
export type AdStatRow = { creativeId: number; day: string; impressions: number; clicks: number };

/**
 * Impressions and clicks counted since the last flush, added up per creative and WIB day,
 * so that a flush writes one row per creative instead of one per reader.
 */
export class AdTally {
  private counts = new Map<string, AdStatRow>();

  add(creativeId: number, at: number, what: { impressions?: number; clicks?: number }): void {
    const day = wibDateKey(new Date(at));
    this.addToDay(creativeId, day, what.impressions ?? 0, what.clicks ?? 0);
  }

  /** Hands over everything counted so far and starts afresh. */
  take(): AdStatRow[] {
    const rows = [...this.counts.values()];
    this.counts = new Map();
    return rows;
  }

  /** Puts rows back after a failed write, so nothing counted is lost. */
  restore(rows: AdStatRow[]): void {
    for (const r of rows) this.addToDay(r.creativeId, r.day, r.impressions, r.clicks);
  }

  /** Impressions and clicks waiting for the next flush. */
  get pending(): number {
    let n = 0;
    for (const r of this.counts.values()) n += r.impressions + r.clicks;
    return n;
  }

  private addToDay(creativeId: number, day: string, impressions: number, clicks: number): void {
    const key = `${creativeId}:${day}`;
    const row = this.counts.get(key);
    if (row) {
      row.impressions += impressions;
      row.clicks += clicks;
    } else this.counts.set(key, { creativeId, day, impressions, clicks });
  }
}
