import { describe, expect, it } from "vitest";
import * as sqliteSchema from "./schema";
import * as pgSchema from "./schema.pg";
import { schemaShapes } from "./testing/schema-shape";

// Both engines run the same queries over the same rows, so their schemas must agree on every
// table, column (TypeScript type, nullability, kind of default), key, index and foreign key.
// Compared one table at a time, so that a failure prints that table's diff.
const sqlite = schemaShapes(sqliteSchema);
const pg = schemaShapes(pgSchema);

describe("db/schema.ts and db/schema.pg.ts", () => {
  it("declare the same tables", () => {
    expect(Object.keys(pg).sort()).toEqual(Object.keys(sqlite).sort());
    expect(Object.keys(sqlite).length).toBeGreaterThan(10);
  });

  it.each(Object.keys(sqlite).sort())("describe %s the same way", (table) => {
    expect(pg[table]).toEqual(sqlite[table]);
  });
});
