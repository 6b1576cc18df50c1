/** Something that keeps counts in memory and writes them out: normally async, on exit synchronously. */
export type Flushable = { flush(): Promise<number>; flushOnExit(): number };

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

// One registry per server process, on globalThis: instrumentation.ts and each route handler
// are bundled separately and would otherwise each get a copy, and dev-mode reloads must not
// install a second set of timers or signal listeners.
const globalForFlush = globalThis as unknown as { wartaFlushers?: Map<string, Flushable> };

function reportFailure(name: string, when: string, err: unknown): void {
  // The counts stay in memory; the next tick tries again.
  console.error(`[warta] Gagal menyimpan hitungan ${name} (${when}):`, err);
}

function flushNow(name: string, target: Flushable, when: string): Promise<void> {
  return target.flush().then(
    () => undefined,
    (err) => reportFailure(name, when, err),
  );
}

function flushAll(when: string): Promise<void> {
  return Promise.all([...(globalForFlush.wartaFlushers ?? [])].map(([name, target]) => flushNow(name, target, when))).then(() => undefined);
}

function flushAllOnExit(): void {
  for (const [name, target] of globalForFlush.wartaFlushers ?? []) {
    try {
      target.flushOnExit();
    } catch (err) {
      reportFailure(name, "exit", err);
    }
  }
}

function installShutdownHooks(): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      const flushed = flushAll(signal);
      // `next start` has its own handler that drains requests and exits; where nobody
      // else listens (NEXT_MANUAL_SIG_HANDLE, a bare script), our listener must exit too,
      // once the counts are written.
      if (process.listenerCount(signal) === 1) void flushed.then(() => process.exit(SIGNAL_EXIT_CODES[signal]));
    });
  }
  // Counts added while Next drains the last requests after the signal are written here, where
  // nothing async runs any more: synchronously (flushOnExit), on SQLite's own connection or,
  // on PostgreSQL, through a child process the exit waits for (Engine.writeOnExit).
  process.on("exit", flushAllOnExit);
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
  setInterval(() => void flushNow(name, target, "berkala"), intervalMs).unref();
}
