const HOUR = 60 * 60 * 1000;

/** One row of article_views to add: `views` more for an article in the hour starting at `bucketStart`. */
export type ViewRow = { articleId: number; bucketStart: number; views: number };

/** @example hourBucket(Date.parse("2026-11-28T01:59:59Z")) // Date.parse("2026-11-28T01:00:00Z") */
export function hourBucket(at: number): number {
  return Math.floor(at / HOUR) * HOUR;
}

/**
 * Views counted since the last flush, added up per article and hour, so that a flush
 * writes one row per story instead of one per reader.
 */
export class ViewTally {
  private counts = new Map<string, ViewRow>();

  add(articleId: number, at: number, views = 1): void {
    const bucketStart = hourBucket(at);
    const key = `${articleId}:${bucketStart}`;
    const row = this.counts.get(key);
    if (row) row.views += views;
    else this.counts.set(key, { articleId, bucketStart, views });
  }

  /** Hands over everything counted so far and starts afresh. */
  take(): ViewRow[] {
    const rows = [...this.counts.values()];
    this.counts = new Map();
    return rows;
  }

  /** Puts rows back after a failed write, so no view is lost. */
  restore(rows: ViewRow[]): void {
    for (const r of rows) this.add(r.articleId, r.bucketStart, r.views);
  }

  /** Views waiting for the next flush. */
  get pending(): number {
    let n = 0;
    for (const r of this.counts.values()) n += r.views;
    return n;
  }
}

type Tally<R> = { take(): R[]; restore(rows: R[]): void };

/**
 * Hands what a tally holds to `write` and returns it. When the write fails, the rows go
 * back into the tally, so a failed flush (a locked database, a full disk) loses no count.
 */
export async function flushTally<R>(tally: Tally<R>, write: (rows: R[]) => Promise<void>): Promise<R[]> {
  const rows = tally.take();
  if (rows.length === 0) return rows;
  try {
    await write(rows);
  } catch (err) {
    tally.restore(rows);
    throw err;
  }
  return rows;
}

/** flushTally for the process's exit hook, where only synchronous work still runs. */
export function flushTallySync<R>(tally: Tally<R>, write: (rows: R[]) => void): R[] {
  const rows = tally.take();
  if (rows.length === 0) return rows;
  try {
    write(rows);
  } catch (err) {
    tally.restore(rows);
    throw err;
  }
  return rows;
}
