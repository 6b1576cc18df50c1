import "server-only";
import { addAdStats, addAdStatsOnExit } from "@/db/mutations/ads";
import { getAdClickTarget, getExistingAdIds } from "@/db/queries/ads";
import { siteConfig } from "@/lib/config";
import { scheduleFlush } from "@/lib/flush-schedule";
import { readCappedText } from "@/lib/http-body";
import { type AdOutcome, AdRecorder } from "@/lib/ads/recorder";
import { sharedCounts } from "./shared-counts";

// One recorder per server process, on globalThis for the same reason as the view recorder.
const globalForAds = globalThis as unknown as { wartaAds?: AdRecorder };

/** The process-wide ad counter; flushed with the page views, every VIEW_FLUSH_MS and on shutdown. */
export function adRecorder(): AdRecorder {
  if (!globalForAds.wartaAds) {
    const recorder = new AdRecorder({
      existing: getExistingAdIds,
      clickTarget: getAdClickTarget,
      write: addAdStats,
      writeOnExit: addAdStatsOnExit,
      siteUrl: siteConfig.url,
      shared: sharedCounts(),
    });
    scheduleFlush("iklan", recorder, siteConfig.viewFlushMs);
    globalForAds.wartaAds = recorder;
  }
  return globalForAds.wartaAds;
}

const MAX_BODY_BYTES = 1024;

/** Reads the impression beacon's body (a JSON array of creative ids; at most 1 kB, read once the origin passes) and records it. */
export function recordAdImpressions(request: Request): Promise<AdOutcome> {
  return adRecorder().recordImpressions({ method: request.method, body: () => readCappedText(request, MAX_BODY_BYTES), headers: request.headers });
}

/** Records a click on /iklan/klik/<id> and says where the reader goes next. */
export function recordAdClick(request: Request, id: string): Promise<{ outcome: AdOutcome; target: string | null }> {
  return adRecorder().recordClick({ method: request.method, id, headers: request.headers });
}
