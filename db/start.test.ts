import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count, getTableName, is } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Engine } from "./engine/types";
import { loadEngine } from "./testing/engine-modules";
import { describePg, pgTestDatabase } from "./testing/pg-database";

const dir = mkdtempSync(join(tmpdir(), "warta-start-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Loaded = Awaited<ReturnType<typeof loadStart>>;

/** The start-up path (db/prepare.ts) and the tables, loaded for the engine `env` selects. */
function loadStart(env: Record<string, string | undefined>) {
  return loadEngine(env, async () => ({ prepare: await import("./prepare"), tables: await import("./tables") }));
}

/** Rows per table, by table name. */
async function rowCounts({ engine, tables }: Loaded): Promise<Record<string, number>> {
  const { Table } = await import("drizzle-orm");
  const counts: Record<string, number> = {};
  for (const table of Object.values(tables)) {
    if (!is(table, Table)) continue;
    const [{ n }] = await engine.db.select({ n: count() }).from(table as (typeof tables)["articles"]);
    counts[getTableName(table)] = n;
  }
  return counts;
}

/**
 * Runs a start with the clock fixed at one instant. The seed dates stories back from "now" to the
 * minute and writes their hourly views up to it, so two seeds seconds apart may differ by a view row
 * when a story's first hour rolls over in between; one instant for both makes them the same.
 */
const SEED_NOW = new Date("2026-11-30T03:17:00Z");
async function atSeedNow(run: () => Promise<unknown>): Promise<void> {
  vi.useFakeTimers({ toFake: ["Date"], now: SEED_NOW });
  try {
    await run();
  } finally {
    vi.useRealTimers();
  }
}

describePg("starting on PostgreSQL", () => {
  const database = pgTestDatabase("start");
  let sqlite: Loaded;
  let postgres: Loaded;
  const engines: Engine[] = [];

  beforeAll(async () => {
    sqlite = await loadStart({ DATABASE_URL: undefined, DATABASE_PATH: join(dir, "warta.db"), MEDIA_DIR: join(dir, "media") });
    engines.push(sqlite.engine);
    await atSeedNow(() => sqlite.prepare.prepareDatabase());
  }, 180_000);
  afterAll(async () => {
    for (const engine of engines) await engine.close();
  });

  it("migrates an empty database and seeds the demo newsroom as SQLite does, once", async () => {
    postgres = await loadStart({ DATABASE_URL: database.url, MEDIA_DIR: join(dir, "media-pg") });
    engines.push(postgres.engine);
    expect(postgres.engine.kind).toBe("postgres");
    await atSeedNow(() => postgres.prepare.prepareDatabase());
    const expected = await rowCounts(sqlite);
    expect(expected.articles).toBeGreaterThan(40);
    expect(await rowCounts(postgres)).toEqual(expected);
    // A second start (another app server, a restart) finds a newsroom and leaves it alone.
    const [first] = await postgres.engine.db.select({ id: postgres.tables.articles.id }).from(postgres.tables.articles).limit(1);
    const again = await loadStart({ DATABASE_URL: database.url, MEDIA_DIR: join(dir, "media-pg") });
    engines.push(again.engine);
    await again.prepare.prepareDatabase();
    expect(await rowCounts(again)).toEqual(expected);
    const [still] = await again.engine.db.select({ id: again.tables.articles.id }).from(again.tables.articles).limit(1);
    expect(still.id).toBe(first.id);
  }, 180_000);
});

/** Runs the server's start-up hook (instrumentation.ts) in its own process, as `next start` does. */
function start(env: Record<string, string>) {
  const script = "import('./instrumentation.ts').then((m) => (m.register ?? m.default.register)())";
  return spawnSync(process.execPath, ["--import", "tsx", "-e", script], {
    env: { ...process.env, NEXT_RUNTIME: "nodejs", DATABASE_URL: "", DATABASE_PATH: join(dir, "never.db"), MEDIA_DIR: join(dir, "never"), ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("a start whose database cannot be used", () => {
  it("stops at once on a malformed DATABASE_URL, naming it, and writes nothing", () => {
    const run = start({ DATABASE_URL: "postgres//warta@localhost/warta" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/DATABASE_URL/);
    expect(existsSync(join(dir, "never.db"))).toBe(false);
    expect(existsSync(join(dir, "never"))).toBe(false);
  }, 60_000);

  it("retries an unreachable PostgreSQL a bounded number of times, a line each, then exits non-zero", () => {
    // Nothing listens on this loopback port (the top of this worktree's range).
    const run = start({ DATABASE_URL: "postgres://warta@127.0.0.1:4149/warta", DATABASE_CONNECT_TRIES: "3", DATABASE_CONNECT_DELAY_MS: "50" });
    expect(run.status).toBe(1);
    expect(run.stderr.match(/percobaan \d\/3/g)).toEqual(["percobaan 1/3", "percobaan 2/3"]);
    expect(run.stderr).toMatch(/tidak bisa dihubungi setelah 3 percobaan \(DATABASE_URL\)/);
    expect(existsSync(join(dir, "never.db"))).toBe(false);
  }, 60_000);
});
