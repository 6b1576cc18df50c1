import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "../schema.pg";

/** A drizzle handle on a node-postgres pool, typed with the PostgreSQL schema. */
export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

/**
 * Opens a pool on DATABASE_URL-style `url`. Nothing connects until the first query. Every
 * connection talks UTC, so that times in raw SQL (date_trunc, ::date) mean what they do on SQLite.
 */
export function openPostgres(url: string, opts: { max?: number } = {}): PgDb {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10, options: "-c timezone=UTC" });
  // An idle connection that the server drops (a restart, a failover) is reported here. Without a
  // listener Node would end the process; the pool replaces the connection on the next query.
  pool.on("error", (error) => console.error(`[warta] Koneksi PostgreSQL terputus: ${error.message}`));
  return drizzle(pool, { schema });
}
