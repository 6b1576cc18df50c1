import { getDb } from "@/db/client";
import { addViews } from "@/db/mutations/views";
import { getViewTarget } from "@/db/queries/views";
import { siteConfig } from "@/lib/config";
import { type ViewOutcome, ViewRecorder } from "./recorder";

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

// One recorder per server process. It lives on globalThis because instrumentation.ts and
// each route handler are bundled separately and would otherwise get a module copy each,
// and because dev-mode reloads must not start a second flush timer.
const globalForViews = globalThis as unknown as { wartaViews?: ViewRecorder };

function flushNow(recorder: ViewRecorder, when: string): void {
  try {
    recorder.flush();
  } catch (err) {
    // The views stay in memory; the next tick tries again.
    console.error(`[warta] Gagal menyimpan hitungan baca (${when}):`, err);
  }
}

function startFlushing(recorder: ViewRecorder): void {
  setInterval(() => flushNow(recorder, "berkala"), siteConfig.viewFlushMs).unref();
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      flushNow(recorder, signal);
      // `next start` has its own handler that drains requests and exits; where nobody
      // else listens (NEXT_MANUAL_SIG_HANDLE, a bare script), our listener must exit too.
      if (process.listenerCount(signal) === 1) process.exit(SIGNAL_EXIT_CODES[signal]);
    });
  }
  // Views counted while Next drains the last requests after the signal are written here.
  // better-sqlite3 is synchronous, which is what makes a write in an exit handler possible.
  process.on("exit", () => flushNow(recorder, "exit"));
}

/** The process-wide recorder; the first call (from instrumentation.ts at start-up) starts its flush timer. */
export function viewRecorder(): ViewRecorder {
  if (!globalForViews.wartaViews) {
    const recorder = new ViewRecorder({ resolve: getViewTarget, write: (rows) => addViews(getDb(), rows) });
    startFlushing(recorder);
    globalForViews.wartaViews = recorder;
  }
  return globalForViews.wartaViews;
}

/** Reads a beacon or pixel request (`?id=<public id>`) and records it. */
export function recordView(request: Request): Promise<ViewOutcome> {
  const publicId = new URL(request.url).searchParams.get("id");
  return viewRecorder().record({ method: request.method, publicId, headers: request.headers });
}
