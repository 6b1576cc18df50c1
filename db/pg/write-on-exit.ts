import { spawnSync } from "node:child_process";
import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";

// The process's exit hook runs no async work, and node-postgres has no synchronous call: the
// statements go to a short-lived Node child that runs them in one transaction while this
// process waits (spawnSync). The child needs only `pg`, resolved from the working folder as the
// server's own is (`next start` and the scripts run from the project folder).
const CHILD = `
const { Client } = require("pg");
let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (d) => (input += d));
process.stdin.on("end", async () => {
  const { url, statements } = JSON.parse(input);
  const client = new Client({ connectionString: url, options: "-c timezone=UTC", connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("BEGIN");
    for (const s of statements) await client.query(s.sql, s.params);
    await client.query("COMMIT");
    await client.end();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
});
`;

/** Longest wait at exit: a stop must not hang on a database that does not answer. */
const EXIT_WRITE_TIMEOUT_MS = 15_000;

/**
 * Runs `statements` on PostgreSQL at `url` in one transaction, synchronously: Engine.writeOnExit
 * on PostgreSQL. Throws (so the caller keeps its counts in memory, and reports them) when the
 * write did not commit.
 */
export function writePostgresSync(url: string, statements: SQL[]): void {
  if (statements.length === 0) return;
  const dialect = new PgDialect();
  const rendered = statements.map((s) => dialect.sqlToQuery(s)).map((q) => ({ sql: q.sql, params: q.params }));
  const result = spawnSync(process.execPath, ["-e", CHILD], {
    input: JSON.stringify({ url, statements: rendered }),
    cwd: process.cwd(),
    timeout: EXIT_WRITE_TIMEOUT_MS,
    encoding: "utf8",
    // Not the server's own options (--inspect, heap limits); the child is a plain script.
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  if (result.status !== 0) {
    const why = result.error?.message ?? (result.stderr.trim() || `kode keluar ${result.status}`);
    throw new Error(`Hitungan tidak tersimpan ke PostgreSQL saat berhenti: ${why}`);
  }
}
