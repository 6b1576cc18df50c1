import { DedupeWindow } from "@/lib/views/dedupe";
import { type HeaderReader, ignoreReason, type IgnoreReason, originReason } from "@/lib/views/filter";
import type { SharedCounts } from "@/lib/views/shared";
import { clientIp, DailySalt, visitorId } from "@/lib/views/visitor";
import { wibDateKey } from "@/lib/wib";
import { flushTally, flushTallySync } from "../views/tally";
import { AdTally, type AdStatRow } from "./tally";

/** At most this many creatives in one impression report: a page has six slots. */
export const MAX_IMPRESSION_IDS = 12;
const MAX_BODY_CHARS = 200;
/** One visitor's clicks on one creative count once per half hour, like page views. */
export const CLICK_DEDUPE_MS = 30 * 60 * 1000;

export type AdOutcome = "counted" | "duplicate" | IgnoreReason | "origin" | "invalid" | "too-large" | "unknown" | "method";

/**
 * The creative ids of an impression report: a JSON array of 1 to 12 positive integers.
 * Repeats count once. Anything else is a bad request (null).
 * @example parseImpressionIds("[3,7,3]") // [3, 7]
 */
export function parseImpressionIds(body: string): number[] | null {
  if (body.length > MAX_BODY_CHARS) return null;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_IMPRESSION_IDS) return null;
  if (!value.every((v) => Number.isSafeInteger(v) && v > 0 && v < 2 ** 31)) return null;
  return [...new Set(value as number[])];
}

/**
 * A creative id from the click URL: digits only, no sign, no leading zero.
 * @example parseCreativeId("42") // 42
 */
export function parseCreativeId(segment: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(segment)) return null;
  const id = Number(segment);
  return id < 2 ** 31 ? id : null;
}

export type AdRecorderDeps = {
  /** Which of these creative ids exist. */
  existing: (ids: number[]) => Promise<number[]>;
  /** The safe target of a running creative, or null. */
  clickTarget: (id: number, now: Date) => Promise<string | null>;
  /** Adds the rows in one transaction; rejects to have them kept for the next try. */
  write: (rows: AdStatRow[]) => Promise<void>;
  /** The same, synchronously, for the process's exit hook; absent where the engine cannot (PostgreSQL). */
  writeOnExit?: (rows: AdStatRow[]) => void;
  /** SITE_URL: with the request's own host, the origins a beacon may come from. */
  siteUrl: string;
  /** With REDIS_URL: the click dedupe, the salt and the counts every instance shares. */
  shared?: SharedCounts | null;
  clock?: () => number;
  makeSalt?: () => string;
};

/** The name of the ads' tally in the shared store. */
export const AD_TALLY = "iklan";

/** @example adField(3, Date.parse("2026-11-28T01:00:00Z"), "clicks") // "3:2026-11-28:c" */
export function adField(creativeId: number, at: number, what: "impressions" | "clicks"): string {
  return `${creativeId}:${wibDateKey(new Date(at))}:${what === "clicks" ? "c" : "i"}`;
}

/** The rows of a shared tally's counts; a field of another shape is dropped. */
export function adRows(counts: Map<string, number>): AdStatRow[] {
  const rows = new Map<string, AdStatRow>();
  for (const [field, n] of counts) {
    const m = /^([1-9][0-9]*):(\d{4}-\d{2}-\d{2}):([ic])$/.exec(field);
    if (!m || !(n > 0)) continue;
    const key = `${m[1]}:${m[2]}`;
    const row = rows.get(key) ?? { creativeId: Number(m[1]), day: m[2], impressions: 0, clicks: 0 };
    if (m[3] === "c") row.clicks += n;
    else row.impressions += n;
    rows.set(key, row);
  }
  return [...rows.values()];
}

/**
 * Decides whether ad impressions and clicks count, with the same filters as page views
 * (bots, prefetches, staff, other sites), and keeps them in memory until `flush`.
 */
export class AdRecorder {
  private readonly tally = new AdTally();
  private readonly clicks = new DedupeWindow(CLICK_DEDUPE_MS, 100_000);
  private readonly salts: DailySalt;
  private readonly clock: () => number;

  constructor(private readonly deps: AdRecorderDeps) {
    this.clock = deps.clock ?? Date.now;
    this.salts = new DailySalt(CLICK_DEDUPE_MS, deps.makeSalt);
  }

  /**
   * A browser's report of creatives that were at least half in view for a second. Each
   * report is one page view's worth, so impressions are not de-duplicated per visitor:
   * an ad seen on five pages was seen five times. The body is read only once the origin
   * passes; `body` gives null for one over its size cap.
   */
  async recordImpressions(req: { method: string; body: () => Promise<string | null>; headers: HeaderReader }): Promise<AdOutcome> {
    if (req.method !== "POST") return "method";
    const foreign = originReason(req.method, req.headers, this.deps.siteUrl);
    if (foreign) return foreign;
    const body = await req.body();
    if (body === null) return "too-large";
    const ids = parseImpressionIds(body);
    if (!ids) return "invalid";
    const ignored = ignoreReason(req.headers);
    if (ignored) return ignored;
    const known = await this.deps.existing(ids);
    if (known.length === 0) return "unknown";
    const now = this.clock();
    if (this.deps.shared) {
      const added = await this.deps.shared.add(AD_TALLY, known.map((id) => adField(id, now, "impressions"))).then(
        () => true,
        () => false,
      );
      if (added) return "counted";
    }
    for (const id of known) this.tally.add(id, now, { impressions: 1 });
    return "counted";
  }

  /**
   * A click on the way to the advertiser. `target` is where to send the reader (null:
   * unknown or not running); the click itself counts only for a reader's first click on
   * this creative in half an hour, and never for bots, staff, prefetches or other sites.
   */
  async recordClick(req: { method: string; id: string; headers: HeaderReader }): Promise<{ outcome: AdOutcome; target: string | null }> {
    const id = parseCreativeId(req.id);
    if (id === null) return { outcome: "invalid", target: null };
    const target = await this.deps.clickTarget(id, new Date(this.clock()));
    if (target === null) return { outcome: "unknown", target: null };
    // A HEAD (a link checker) learns where the link goes, but shows nothing to anyone.
    if (req.method !== "GET") return { outcome: "method", target };
    const foreign = originReason(req.method, req.headers, this.deps.siteUrl);
    if (foreign) return { outcome: foreign, target };
    const ignored = ignoreReason(req.headers);
    if (ignored) return { outcome: ignored, target };
    const now = this.clock();
    const ip = clientIp(req.headers);
    const userAgent = req.headers.get("user-agent") ?? "";
    const shared = this.deps.shared;
    if (shared) {
      const counted = await shared
        .saltsAt(new Date(now), CLICK_DEDUPE_MS)
        .then((salts) => salts.map((salt) => `klik:${visitorId(salt, ip, userAgent)}:${id}`))
        .then((keys) => shared.countOnce(AD_TALLY, adField(id, now, "clicks"), keys, CLICK_DEDUPE_MS))
        .catch(() => null);
      // Unreachable (null): counted here instead.
      if (counted !== null) return { outcome: counted ? "counted" : "duplicate", target };
    }
    const keys = this.salts.saltsAt(new Date(now)).map((salt) => `${visitorId(salt, ip, userAgent)}:${id}`);
    if (!this.clicks.admit(keys, now)) return { outcome: "duplicate", target };
    this.tally.add(id, now, { clicks: 1 });
    return { outcome: "counted", target };
  }

  /** Writes everything counted so far, here and (when no other instance is at it) in the shared store; resolves to how many events went out. */
  async flush(): Promise<number> {
    const local = (await flushTally(this.tally, this.deps.write)).reduce((n, r) => n + r.impressions + r.clicks, 0);
    const shared = this.deps.shared ? await this.deps.shared.drain(AD_TALLY, (counts) => this.deps.write(adRows(counts))) : 0;
    return local + shared;
  }

  /** flush for the exit hook: synchronous, or nothing (0) without writeOnExit. */
  flushOnExit(): number {
    if (!this.deps.writeOnExit) return 0;
    return flushTallySync(this.tally, this.deps.writeOnExit).reduce((n, r) => n + r.impressions + r.clicks, 0);
  }

  get pending(): number {
    return this.tally.pending;
  }
}
