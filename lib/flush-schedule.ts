/** Something that keeps counts in memory and writes them out synchronously. */
export type Flushable = { flush(): number };

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

// One registry per server process, on globalThis: instrumentation.ts and each route handler
// are bundled separately and would otherwise each get a copy, and dev-mode reloads must not
// install a second set of timers or signal listeners.
const globalForFlush = globalThis as unknown as { wartaFlushers?: Map<string, Flushable> };

function flushNow(name: string, target: Flushable, when: string): void {
  try {
    target.flush();
  } catch (err) {
    // The counts stay in memory; the next tick tries again.
    console.error(`[warta] Gagal menyimpan hitungan ${name} (${when}):`, err);
  }
}

function flushAll(when: string): void {
  for (const [name, target] of globalForFlush.wartaFlushers ?? []) flushNow(name, target, when);
}

function installShutdownHooks(): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      flushAll(signal);
      // `next start` has its own handler that drains requests and exits; where nobody
      // else listens (NEXT_MANUAL_SIG_HANDLE, a bare script), our listener must exit too.
      if (process.listenerCount(signal) === 1) process.exit(SIGNAL_EXIT_CODES[signal]);
    });
  }
  // Counts added while Next drains the last requests after the signal are written here.
  // better-sqlite3 is synchronous, which is what makes a write in an exit handler possible.
  process.on("exit", () => flushAll("exit"));
}

/**
 * Writes `target` every `intervalMs` and once more on SIGTERM, SIGINT and exit. Every
 * in-memory counter of the process (page views, ad impressions and clicks) shares one
 * set of shutdown hooks, so a signal flushes them all and exits exactly once.
 */
export function scheduleFlush(name: string, target: Flushable, intervalMs: number): void {
  if (!globalForFlush.wartaFlushers) {
    globalForFlush.wartaFlushers = new Map();
    installShutdownHooks();
  }
  if (globalForFlush.wartaFlushers.has(name)) return;
  globalForFlush.wartaFlushers.set(name, target);
  setInterval(() => flushNow(name, target, "berkala"), intervalMs).unref();
}
