import "server-only";
import { addViews, addViewsOnExit } from "@/db/mutations/views";
import { getViewTarget } from "@/db/queries/views";
import { siteConfig } from "@/lib/config";
import { scheduleFlush } from "@/lib/flush-schedule";
import { type ViewOutcome, ViewRecorder } from "@/lib/views/recorder";
import { sharedCounts } from "./shared-counts";

// One recorder per server process. It lives on globalThis because instrumentation.ts and
// each route handler are bundled separately and would otherwise get a module copy each.
const globalForViews = globalThis as unknown as { wartaViews?: ViewRecorder };

/** The process-wide recorder; the first call (from instrumentation.ts at start-up) starts its flush timer. */
export function viewRecorder(): ViewRecorder {
  if (!globalForViews.wartaViews) {
    const recorder = new ViewRecorder({
      resolve: getViewTarget,
      write: addViews,
      writeOnExit: addViewsOnExit,
      siteUrl: siteConfig.url,
      shared: sharedCounts(),
    });
    scheduleFlush("baca", recorder, siteConfig.viewFlushMs);
    globalForViews.wartaViews = recorder;
  }
  return globalForViews.wartaViews;
}

/** Reads a beacon or pixel request (`?id=<public id>`) and records it. */
export function recordView(request: Request): Promise<ViewOutcome> {
  const publicId = new URL(request.url).searchParams.get("id");
  return viewRecorder().record({ method: request.method, publicId, headers: request.headers });
}
