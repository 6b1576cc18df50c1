import type pg from "pg";
import { type ForeignKeyShape, type IndexShape, type TableShape, whereLiterals } from "./schema-shape";

const ACTIONS: Record<string, string> = { a: "no action", r: "restrict", c: "cascade", n: "set null", d: "set default" };

/** A column default as the catalog prints it, in schema-shape's words. */
function defaultKind(expr: string | null, identity: string): string {
  if (identity) return "generated";
  if (expr === null) return "none";
  if (expr === "now()") return "now";
  const text = /^'(.*)'::text$/.exec(expr);
  if (text) return `value:${JSON.stringify(text[1].replace(/''/g, "'"))}`;
  if (expr === "true" || expr === "false" || /^-?\d+$/.test(expr)) return `value:${expr}`;
  return `sql:${expr}`;
}

/**
 * The public schema of a live PostgreSQL database, read from the system catalogs, in the shape
 * schemaShapes(schema.pg, "sql") gives: what the committed migrations really built.
 */
export async function catalogShapes(client: pg.Pool | pg.Client): Promise<Record<string, TableShape>> {
  const out: Record<string, TableShape> = {};
  const table = (name: string) => (out[name] ??= { columns: {}, primaryKey: [], indexes: {}, foreignKeys: [] });

  const columns = await client.query<{ tbl: string; col: string; type: string; notnull: boolean; def: string | null; ident: string }>(`
    SELECT c.relname AS tbl, a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
           pg_get_expr(d.adbin, d.adrelid) AS def, a.attidentity AS ident
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     ORDER BY 1, a.attnum`);
  for (const r of columns.rows) {
    table(r.tbl).columns[r.col] = { type: r.type, nullable: !r.notnull, default: defaultKind(r.def, r.ident) };
  }

  const constraints = await client.query<{ tbl: string; type: string; cols: string[]; ftbl: string | null; fcols: string[] | null; del: string; upd: string }>(`
    SELECT c.relname AS tbl, k.contype AS type,
           ARRAY(SELECT attname::text FROM unnest(k.conkey) WITH ORDINALITY u(n, i) JOIN pg_attribute ON attrelid = k.conrelid AND attnum = u.n ORDER BY u.i) AS cols,
           f.relname AS ftbl,
           ARRAY(SELECT attname::text FROM unnest(k.confkey) WITH ORDINALITY u(n, i) JOIN pg_attribute ON attrelid = k.confrelid AND attnum = u.n ORDER BY u.i) AS fcols,
           k.confdeltype AS del, k.confupdtype AS upd
      FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      LEFT JOIN pg_class f ON f.oid = k.confrelid
     WHERE k.contype IN ('p', 'f')`);
  for (const r of constraints.rows) {
    if (r.type === "p") table(r.tbl).primaryKey = r.cols;
    else {
      const fk: ForeignKeyShape = { columns: r.cols, table: r.ftbl!, foreignColumns: r.fcols!, onDelete: ACTIONS[r.del], onUpdate: ACTIONS[r.upd] };
      table(r.tbl).foreignKeys.push(fk);
    }
  }
  for (const t of Object.values(out)) t.foreignKeys.sort((a, b) => a.columns.join().localeCompare(b.columns.join()));

  const indexes = await client.query<{ tbl: string; name: string; unique: boolean; method: string; cols: (string | null)[]; pred: string | null }>(`
    SELECT c.relname AS tbl, i.relname AS name, x.indisunique AS unique, am.amname AS method,
           ARRAY(SELECT attname::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY u(n, k) LEFT JOIN pg_attribute ON attrelid = x.indrelid AND attnum = u.n ORDER BY u.k) AS cols,
           pg_get_expr(x.indpred, x.indrelid) AS pred
      FROM pg_index x
      JOIN pg_class c ON c.oid = x.indrelid
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_am am ON am.oid = i.relam
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
     WHERE NOT x.indisprimary`);
  for (const r of indexes.rows) {
    const index: IndexShape & { method?: string } = { columns: r.cols.map((c) => c ?? "(expression)"), unique: r.unique, where: r.pred ? whereLiterals(r.pred) : null };
    if (r.method !== "btree") index.method = r.method;
    table(r.tbl).indexes[r.name] = index;
  }
  return out;
}
