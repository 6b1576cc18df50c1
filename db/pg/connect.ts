import type pg from "pg";

/** Errors that a later try may not see: the server is down, starting, or not reachable yet. */
const TRANSIENT = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "57P03", "53300"]);

function describe(error: unknown): { code: string; message: string } {
  const e = error as { code?: string; message?: string; errors?: { code?: string; message?: string }[] };
  // node-postgres reports a host with several addresses as an AggregateError of the tries.
  const first = e.errors?.[0] ?? e;
  return { code: first.code ?? e.code ?? "", message: first.message || e.message || String(error) };
}

/**
 * Waits for PostgreSQL at start-up: up to `attempts` tries, `delayMs` apart, a log line each,
 * then throws (the start exits non-zero). A wrong password or a missing database will not fix
 * itself, so those throw at once, with PostgreSQL's words.
 */
export async function waitForPostgres(
  pool: pg.Pool,
  opts: { attempts?: number; delayMs?: number; log?: (line: string) => void } = {},
): Promise<void> {
  const attempts = opts.attempts ?? 30;
  const delayMs = opts.delayMs ?? 2000;
  const log = opts.log ?? ((line: string) => console.error(line));
  for (let attempt = 1; ; attempt++) {
    try {
      const client = await pool.connect();
      client.release();
      return;
    } catch (error) {
      const { code, message } = describe(error);
      if (!TRANSIENT.has(code)) throw new Error(`PostgreSQL menolak koneksi (DATABASE_URL): ${message}`);
      if (attempt >= attempts) throw new Error(`PostgreSQL tidak bisa dihubungi setelah ${attempts} percobaan (DATABASE_URL): ${message}`);
      log(`[warta] PostgreSQL belum bisa dihubungi (percobaan ${attempt}/${attempts}, ${code}); coba lagi dalam ${delayMs} ms.`);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
