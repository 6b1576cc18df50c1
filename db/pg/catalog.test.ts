import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import * as pgSchema from "../schema.pg";
import { catalogShapes } from "../testing/pg-catalog-shape";
import { describePg, pgTestDatabase } from "../testing/pg-database";
import { schemaShapes } from "../testing/schema-shape";
import type { TableShape } from "../testing/schema-shape";
import { migratePostgres } from "./migrate";

const database = pgTestDatabase("catalog");
let pool: pg.Pool;
let catalog: Record<string, TableShape>;

describePg("the committed PostgreSQL migrations", () => {
  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: database.url, max: 2 });
    await migratePostgres(pool);
    catalog = await catalogShapes(pool);
  }, 60_000);
  afterAll(() => pool?.end());

  it("add full-text search beside the schema: a generated tsvector with a GIN index", async () => {
    const { rows } = await pool.query(
      "SELECT format_type(atttypid, atttypmod) AS type, attgenerated AS generated FROM pg_attribute WHERE attrelid = 'articles'::regclass AND attname = 'search_vector'",
    );
    expect(rows).toEqual([{ type: "tsvector", generated: "s" }]);
    expect(catalog.articles.indexes.articles_search_idx).toEqual({ columns: ["search_vector"], unique: false, where: null, method: "gin" });
  });

  // What drizzle-kit wrote must be what schema.pg.ts says, or the parity test proves nothing.
  const expected = schemaShapes(pgSchema, "sql");
  it.each(Object.keys(expected).sort())("build %s as db/schema.pg.ts describes it", (table) => {
    const built = structuredClone(catalog[table]);
    if (table === "articles") delete built.indexes.articles_search_idx;
    expect(built).toEqual(expected[table]);
  });

  it("build no table that the schema does not declare", () => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(expected).sort());
  });
});
