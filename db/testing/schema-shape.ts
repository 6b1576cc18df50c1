import { is, SQL, StringChunk } from "drizzle-orm";
import { getTableConfig as pgTableConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";

/**
 * What a table must look like on both engines, in words both dialects share, so that
 * db/schema.ts and db/schema.pg.ts (and the live catalog) can be compared with toEqual.
 */
export type ColumnShape = {
  /** drizzle's TypeScript-level kind (number, string, boolean, date) or, for a catalog, the SQL type. */
  type: string;
  nullable: boolean;
  /** none, generated (an id the database assigns), now (the current time) or value:<JSON>. */
  default: string;
  enum?: readonly string[];
};
export type IndexShape = { columns: string[]; unique: boolean; /** Literals of a partial index's WHERE, sorted. */ where: string[] | null };
export type ForeignKeyShape = { columns: string[]; table: string; foreignColumns: string[]; onDelete: string; onUpdate: string };
export type TableShape = {
  columns: Record<string, ColumnShape>;
  primaryKey: string[];
  indexes: Record<string, IndexShape>;
  foreignKeys: ForeignKeyShape[];
};

/** The text of a drizzle sql`` fragment that holds no parameters. */
function sqlText(fragment: unknown): string {
  if (!is(fragment, SQL)) return String(fragment);
  return fragment.queryChunks.map((chunk) => (is(chunk, StringChunk) ? chunk.value.join("") : "?")).join("");
}

/** The quoted literals of a WHERE clause, sorted: enough to tell two partial indexes apart. */
export function whereLiterals(text: string): string[] {
  return [...text.matchAll(/'([^']*)'/g)].map((m) => m[1]).sort();
}

type AnyColumn = {
  name: string;
  dataType: string;
  notNull: boolean;
  hasDefault: boolean;
  default?: unknown;
  primary: boolean;
  enumValues?: readonly string[];
};

export function columnDefault(c: Pick<AnyColumn, "hasDefault" | "default">): string {
  if (!c.hasDefault) return "none";
  if (c.default === undefined) return "generated";
  if (is(c.default, SQL)) {
    const text = sqlText(c.default);
    // SQLite: (unixepoch('subsec') * 1000); PostgreSQL: now(). Both mean "the time of the insert".
    if (/unixepoch|now\(\)/.test(text)) return "now";
    return `sql:${text}`;
  }
  return `value:${JSON.stringify(c.default)}`;
}

function columnShape(c: AnyColumn, type: string, withEnum: boolean): ColumnShape {
  const shape: ColumnShape = { type, nullable: !c.notNull, default: columnDefault(c) };
  if (c.enumValues && withEnum) shape.enum = c.enumValues;
  return shape;
}

type Config = ReturnType<typeof pgTableConfig> | ReturnType<typeof sqliteTableConfig>;

function shapeOf(config: Config, typeOf: (c: AnyColumn) => string | null, tableName: (t: unknown) => string): TableShape {
  const columns: Record<string, ColumnShape> = {};
  for (const c of config.columns as AnyColumn[]) columns[c.name] = columnShape(c, typeOf(c) ?? c.dataType, typeOf(c) === null);
  const single = (config.columns as AnyColumn[]).filter((c) => c.primary).map((c) => c.name);
  const composite = config.primaryKeys[0]?.columns.map((c) => c.name) ?? [];
  const indexes: Record<string, IndexShape> = {};
  for (const index of config.indexes) {
    const { name, columns: on, unique, where } = index.config as { name: string; columns: { name: string }[]; unique: boolean; where?: SQL };
    indexes[name] = { columns: on.map((c) => c.name), unique, where: where ? whereLiterals(sqlText(where)) : null };
  }
  const foreignKeys = config.foreignKeys
    .map((fk) => {
      const ref = fk.reference();
      return {
        columns: ref.columns.map((c) => c.name),
        table: tableName(ref.foreignTable),
        foreignColumns: ref.foreignColumns.map((c) => c.name),
        onDelete: fk.onDelete ?? "no action",
        onUpdate: fk.onUpdate ?? "no action",
      };
    })
    .sort((a, b) => a.columns.join().localeCompare(b.columns.join()));
  return { columns, primaryKey: single.length > 0 ? single : composite, indexes, foreignKeys };
}

/**
 * Every table of a schema module, by name, described in dialect-neutral words: column types
 * as TypeScript sees them ("ts", with enum values), or as the database does ("sql": the SQL type
 * as the catalog prints it, no enums, since neither engine enforces them).
 */
export function schemaShapes(module: Record<string, unknown>, typeOf: "ts" | "sql" = "ts"): Record<string, TableShape> {
  const out: Record<string, TableShape> = {};
  for (const value of Object.values(module)) {
    const type = (c: AnyColumn) => (typeOf === "ts" ? null : (c as unknown as { getSQLType(): string }).getSQLType().replace(" (", "("));
    if (is(value, SQLiteTable)) {
      const config = sqliteTableConfig(value);
      out[config.name] = shapeOf(config, type, (t) => sqliteTableConfig(t as SQLiteTable).name);
    } else if (is(value, PgTable)) {
      const config = pgTableConfig(value);
      out[config.name] = shapeOf(config, type, (t) => pgTableConfig(t as PgTable).name);
    }
  }
  return out;
}
