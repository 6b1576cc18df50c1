import { isPublicId } from "@/lib/public-id";
import { DedupeWindow } from "./dedupe";
import { type HeaderReader, ignoreReason, type IgnoreReason, originReason } from "./filter";
import type { SharedCounts } from "./shared";
import { flushTally, flushTallySync, hourBucket, ViewTally, type ViewRow } from "./tally";
import { clientIp, DailySalt, visitorId } from "./visitor";

/** One visitor counts once per article per half hour. */
export const DEDUPE_WINDOW_MS = 30 * 60 * 1000;
/** About 30 MB of dedupe memory at most; beyond it the oldest visitors are forgotten early. */
export const DEDUPE_MAX_ENTRIES = 200_000;

export type ViewOutcome = "counted" | "duplicate" | IgnoreReason | "origin" | "invalid" | "unknown" | "method";

export type ViewRequest = { method: string; publicId: string | null; headers: HeaderReader };

export type ViewRecorderDeps = {
  /** The id of the article readers may see under this public id at `now`, or null. */
  resolve: (publicId: string, now: Date) => Promise<number | null>;
  /** Adds the rows to the database in one transaction; rejects to have them kept for the next try. */
  write: (rows: ViewRow[]) => Promise<void>;
  /** The same, synchronously, for the process's exit hook; absent where the engine cannot (PostgreSQL). */
  writeOnExit?: (rows: ViewRow[]) => void;
  /** SITE_URL: with the request's own host, the origins a beacon may come from. */
  siteUrl: string;
  /** With REDIS_URL: the dedupe window, the salt and the counts every instance shares. */
  shared?: SharedCounts | null;
  clock?: () => number;
  makeSalt?: () => string;
  maxVisitors?: number;
};

/** The name of the page views' tally in the shared store. */
export const VIEW_TALLY = "baca";

/** @example viewField(7, Date.parse("2026-11-28T01:30:00Z")) // "7:" + Date.parse("2026-11-28T01:00:00Z") */
export function viewField(articleId: number, at: number): string {
  return `${articleId}:${hourBucket(at)}`;
}

/** The rows of a shared tally's counts; a field that is not `<article id>:<bucket start>` is dropped. */
export function viewRows(counts: Map<string, number>): ViewRow[] {
  const rows: ViewRow[] = [];
  for (const [field, views] of counts) {
    const [articleId, bucketStart] = field.split(":").map(Number);
    if (Number.isSafeInteger(articleId) && Number.isSafeInteger(bucketStart) && views > 0) rows.push({ articleId, bucketStart, views });
  }
  return rows;
}

/**
 * Decides whether a view request counts and keeps the count in memory until `flush`, or, with a shared
 * store (several instances), in that store, whose counts one instance at a time moves to the database.
 * Recording never writes to the database, so a reader's request never waits on a write.
 */
export class ViewRecorder {
  private readonly tally = new ViewTally();
  private readonly seen: DedupeWindow;
  private readonly salts: DailySalt;
  private readonly clock: () => number;

  constructor(private readonly deps: ViewRecorderDeps) {
    this.clock = deps.clock ?? Date.now;
    this.seen = new DedupeWindow(DEDUPE_WINDOW_MS, deps.maxVisitors ?? DEDUPE_MAX_ENTRIES);
    this.salts = new DailySalt(DEDUPE_WINDOW_MS, deps.makeSalt);
  }

  async record(req: ViewRequest): Promise<ViewOutcome> {
    // HEAD and friends never show a page to anyone.
    if (req.method !== "POST" && req.method !== "GET") return "method";
    const foreign = originReason(req.method, req.headers, this.deps.siteUrl);
    if (foreign) return foreign;
    if (!req.publicId || !isPublicId(req.publicId)) return "invalid";
    const ignored = ignoreReason(req.headers);
    if (ignored) return ignored;
    const articleId = await this.deps.resolve(req.publicId, new Date(this.clock()));
    if (articleId === null) return "unknown";
    if (this.deps.shared) {
      const counted = await this.countShared(articleId, req.headers).catch(() => null);
      if (counted !== null) return counted ? "counted" : "duplicate";
      // The shared store is unreachable (logged once by the connection): count here, as one server does.
    }

    // From here to the end nothing awaits, so concurrent requests cannot interleave
    // between the dedupe check and the count.
    const now = this.clock();
    const ip = clientIp(req.headers);
    const userAgent = req.headers.get("user-agent") ?? "";
    const keys = this.salts.saltsAt(new Date(now)).map((salt) => `${visitorId(salt, ip, userAgent)}:${articleId}`);
    if (!this.seen.admit(keys, now)) return "duplicate";
    this.tally.add(articleId, now);
    return "counted";
  }

  private async countShared(articleId: number, headers: HeaderReader): Promise<boolean> {
    const shared = this.deps.shared!;
    const now = this.clock();
    const ip = clientIp(headers);
    const userAgent = headers.get("user-agent") ?? "";
    const salts = await shared.saltsAt(new Date(now), DEDUPE_WINDOW_MS);
    const keys = salts.map((salt) => `${visitorId(salt, ip, userAgent)}:${articleId}`);
    return shared.countOnce(VIEW_TALLY, viewField(articleId, now), keys, DEDUPE_WINDOW_MS);
  }

  /**
   * Writes everything counted so far: this instance's own counts, and the shared ones when no other
   * instance is moving them. Resolves to how many views went out.
   */
  async flush(): Promise<number> {
    const local = (await flushTally(this.tally, this.deps.write)).reduce((n, r) => n + r.views, 0);
    const shared = this.deps.shared ? await this.deps.shared.drain(VIEW_TALLY, (counts) => this.deps.write(viewRows(counts))) : 0;
    return local + shared;
  }

  /** flush for the exit hook: synchronous, or nothing (0) without writeOnExit. */
  flushOnExit(): number {
    if (!this.deps.writeOnExit) return 0;
    return flushTallySync(this.tally, this.deps.writeOnExit).reduce((n, r) => n + r.views, 0);
  }

  /** Views counted but not yet written. */
  get pending(): number {
    return this.tally.pending;
  }
}
