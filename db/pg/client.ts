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
  return drizzle(pool, { schema });
}
