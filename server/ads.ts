import "server-only";
import { addAdStats, addAdStatsOnExit } from "@/db/mutations/ads";
import { getAdClickTarget, getExistingAdIds } from "@/db/queries/ads";
import { siteConfig } from "@/lib/config";
import { scheduleFlush } from "@/lib/flush-schedule";
import { type AdOutcome, AdRecorder } from "@/lib/ads/recorder";

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
    });
    scheduleFlush("iklan", recorder, siteConfig.viewFlushMs);
    globalForAds.wartaAds = recorder;
  }
  return globalForAds.wartaAds;
}

const MAX_BODY_BYTES = 1024;

/** Reads the impression beacon's body (a JSON array of creative ids) and records it. */
export async function recordAdImpressions(request: Request): Promise<AdOutcome> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return "invalid";
  const body = await request.text();
  return adRecorder().recordImpressions({ method: request.method, body, headers: request.headers });
}

/** Records a click on /iklan/klik/<id> and says where the reader goes next. */
export function recordAdClick(request: Request, id: string): Promise<{ outcome: AdOutcome; target: string | null }> {
  return adRecorder().recordClick({ method: request.method, id, headers: request.headers });
}
