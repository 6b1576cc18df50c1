import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadReaderQueries, pickReaderTargets, READER_PAGES, readerPages } from "./testing/reader-pages";

// Every query a reader page, feed or sitemap runs (db/testing/reader-pages.ts, shared with
// PostgreSQL's db/engine/postgres-plans.test.ts), captured from the real get* functions on a
// seeded database, must find its rows through an index: a plain `SCAN articles` or
// `SCAN article_views` reads the whole table, which at 100,000 stories is what makes p99 grow.
const dir = mkdtempSync(join(tmpdir(), "warta-plans-"));
process.env.DATABASE_PATH = join(dir, "warta.db");
process.env.MEDIA_DIR = join(dir, "media");
// Terpopuler is memoised; 0 makes every call run its query.
process.env.TERPOPULER_CACHE_MS = "0";

type Captured = { sql: string; params: unknown[] };
let client: Database.Database;
let captured: Captured[] = [];

/**
 * Wraps the connection's prepare so that each statement records its SQL and the parameters
 * it runs with; drizzle prepares through the same connection object, so it is caught too.
 */
function captureStatements(db: Database.Database): void {
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const stmt = prepare(sql);
    const proxy: Database.Statement = new Proxy(stmt, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== "function") return value;
        if (["all", "get", "run", "iterate"].includes(String(prop))) {
          return (...params: unknown[]) => {
            captured.push({ sql, params });
            return value.apply(target, params);
          };
        }
        // raw(), pluck(), expand() return the statement itself: keep returning the proxy.
        return (...args: unknown[]) => {
          const out = value.apply(target, args);
          return out === target ? proxy : out;
        };
      },
    });
    return proxy;
  }) as typeof db.prepare;
}

/** Detail lines of EXPLAIN QUERY PLAN that read a whole articles or article_views table. */
function fullScans(c: Captured): string[] {
  // The names (or aliases) those tables go by in this statement.
  const names = new Set(["articles", "article_views"]);
  for (const m of c.sql.matchAll(/["`]?\b(articles|article_views)\b["`]?\s+(?:AS\s+)?["`]?(\w+)["`]?/gi)) {
    if (!/^(WHERE|ON|JOIN|LEFT|INNER|GROUP|ORDER|LIMIT|SET|VALUES|USING|AND|OR)$/i.test(m[2])) names.add(m[2]);
  }
  const plan = client.prepare(`EXPLAIN QUERY PLAN ${c.sql}`).all(...(c.params as unknown[])) as { detail: string }[];
  return plan
    .map((p) => p.detail)
    .filter((d) => {
      const m = d.match(/^SCAN (\w+)(.*)$/);
      return !!m && names.has(m[1]) && !/USING (COVERING )?INDEX|VIRTUAL TABLE/.test(m[2]);
    });
}

let pages: ReturnType<typeof readerPages>;

beforeAll(async () => {
  const engine = await import("./engine");
  const { SqliteEngine } = await import("./engine/sqlite");
  await (await import("./prepare")).prepareDatabase();
  const sqlite = engine.getEngine();
  if (!(sqlite instanceof SqliteEngine)) throw new Error("Query plans are SQLite's");
  client = sqlite.reader;
  const picks = await pickReaderTargets(sqlite, (await import("./tables")).articles);
  pages = readerPages(await loadReaderQueries(), picks);
  captureStatements(client);
}, 120_000);

afterAll(async () => {
  await (await import("./engine")).closeEngine();
  rmSync(dir, { recursive: true, force: true });
});

describe("reader queries use indexes", () => {
  it("the check itself sees a full scan, under an alias too", () => {
    expect(fullScans({ sql: "SELECT a.id FROM articles a WHERE a.title LIKE ?", params: ["%x%"] })).toEqual(["SCAN a"]);
    expect(fullScans({ sql: "SELECT sum(views) FROM article_views WHERE views > ?", params: [0] })).toEqual(["SCAN article_views"]);
    expect(fullScans({ sql: "SELECT id FROM articles WHERE public_id = ?", params: ["x"] })).toEqual([]);
  });

  for (const name of READER_PAGES) {
    it(`${name}: no full scan of articles or article_views`, async () => {
      const run = pages[name];
      captured = [];
      await run();
      expect(captured.length, "no query was captured").toBeGreaterThan(0);
      // EXPLAIN goes through the same wrapped prepare: check only what the page itself ran.
      const ran = [...captured];
      const scans = ran.flatMap((c) => fullScans(c).map((detail) => `${detail}\n    in: ${c.sql}`));
      expect(scans).toEqual([]);
    });
  }
});
