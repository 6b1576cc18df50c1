import { siteConfig } from "@/lib/config";
import * as sqliteSchema from "./schema";

/**
 * The tables the shared queries and mutations use, from the schema of the engine this process
 * runs on. db/schema.ts is SQLite's (drizzle-kit's source for db/migrations); PostgreSQL has a
 * mirror with the same export names in its own dialect's column types, which plugs in here.
 * The shared code is typed against SQLite's, like the Db handle (db/engine/types.ts). The
 * choice is made when this module is first loaded in a running server, from the same
 * DATABASE_URL that picks the engine, never at build time.
 */
function engineSchema(): typeof sqliteSchema {
  if (siteConfig.databaseUrl === null) return sqliteSchema;
  throw new Error("DATABASE_URL menunjuk PostgreSQL, tetapi skema PostgreSQL belum terpasang di build ini.");
}

export const {
  kanal,
  tags,
  staff,
  media,
  articles,
  articleTags,
  articleRelated,
  articleViews,
  sessions,
  articleRevisions,
  adCreatives,
  adCreativeKanal,
  adStatsDaily,
  siteSettings,
} = engineSchema();
