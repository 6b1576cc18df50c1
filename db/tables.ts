import { siteConfig } from "@/lib/config";
import * as sqliteSchema from "./schema";
import * as pgSchema from "./schema.pg";

/**
 * The tables the shared queries and mutations use, from the schema of the engine this process
 * runs on. db/schema.ts is SQLite's (drizzle-kit's source for db/migrations); db/schema.pg.ts
 * is PostgreSQL's mirror with the same export names, column names and TypeScript types
 * (db/schema-parity.test.ts), in its own dialect's column types. The shared code is typed
 * against SQLite's, like the Db handle (db/engine/types.ts). The choice is made when this
 * module is first loaded in a running server, from the same DATABASE_URL that picks the
 * engine, never at build time.
 */
function engineSchema(): typeof sqliteSchema {
  if (siteConfig.databaseUrl === null) return sqliteSchema;
  // The cast is the design's one seam: both schemas build the same SQL for the shared queries.
  return pgSchema as unknown as typeof sqliteSchema;
}

export const {
  kanal,
  kanalSlugHistory,
  tags,
  tagSlugHistory,
  staff,
  media,
  articles,
  articleTags,
  articleRelated,
  articleViews,
  articleViewTotals,
  articleCorrections,
  liveUpdates,
  sessions,
  articleRevisions,
  articleAutosaves,
  adCreatives,
  adCreativeKanal,
  adStatsDaily,
  siteSettings,
  frontPageVersions,
  articlePhotoUses,
} = engineSchema();
