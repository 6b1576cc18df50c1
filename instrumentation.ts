import type { Instrumentation } from "next";
import { formatErrorLog } from "./lib/error-log";

export async function register() {
  // The database and sharp exist only in the Node.js runtime; the imports stay
  // dynamic so that the edge bundle never sees them.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    try {
      const { prepareDatabase } = await import("./db/prepare");
      await prepareDatabase();
    } catch (error) {
      // A malformed DATABASE_URL (lib/config names it), PostgreSQL still unreachable after its
      // tries, or a failed migration: a server without its database must not start serving.
      console.error(`[warta] Server tidak bisa mulai: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
    // Starts the view and ad flush timers and the shutdown flush with the server, not with the first beacon.
    const { viewRecorder } = await import("./server/views");
    viewRecorder();
    const { adRecorder } = await import("./server/ads");
    adRecorder();
  }
}

// Next calls this for real failures only: notFound(), redirects and other control flow never reach it,
// so bad reader input (a 404) leaves no line. One JSON line on stderr per error (docs/operations.md, "Logs").
export const onRequestError: Instrumentation.onRequestError = (err, request, context) => {
  console.error(formatErrorLog(err, request, context, new Date()));
};
