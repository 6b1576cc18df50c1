import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../engine/types";
import { loadEngine } from "../testing/engine-modules";
import { describePg, pgTestDatabase } from "../testing/pg-database";
import { tableChecksum } from "./copy";
import { sql } from "drizzle-orm";
import { sqlWrite } from "../testing/sql-rows";

const dir = mkdtempSync(join(tmpdir(), "warta-copy-"));
const sqlitePath = join(dir, "warta.db");
const database = pgTestDatabase("copy");
let sqlite: Engine;

/** `npm run db:copy`, as an operator runs it. */
function copy(to: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/db-copy.ts", "--to", to, "--from", sqlitePath], {
    env: { ...process.env, DATABASE_URL: "" },
    encoding: "utf8",
    timeout: 120_000,
  });
}

async function query<T>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("tableChecksum", () => {
  it("ignores the order rows come in, and sees any changed value, time or null", () => {
    const a = { id: 1, at: new Date(1000), note: "x" };
    const b = { id: 2, at: new Date(2000), note: null };
    const cols = ["id", "at", "note"];
    expect(tableChecksum([a, b], cols)).toEqual(tableChecksum([b, a], cols));
    for (const changed of [{ ...b, note: "" }, { ...b, at: new Date(2001) }, { ...b, id: 3 }]) {
      expect(tableChecksum([a, changed], cols).checksum).not.toBe(tableChecksum([a, b], cols).checksum);
    }
    expect(tableChecksum([a], cols).rows).toBe(1);
  });
});

describePg("npm run db:copy", () => {
  beforeAll(async () => {
    const lite = await loadEngine({ DATABASE_URL: undefined, DATABASE_PATH: sqlitePath, MEDIA_DIR: join(dir, "media") }, () => import("../prepare"));
    sqlite = lite.engine;
    await lite.prepareDatabase();
    // Both sides of the media/staff cycle: a staff member's photo that the same member uploaded.
    await sqlWrite(sqlite, sql`UPDATE media SET uploaded_by_id = (SELECT min(id) FROM staff) WHERE id = (SELECT min(id) FROM media)`);
    await sqlWrite(sqlite, sql`UPDATE staff SET photo_id = (SELECT min(id) FROM media) WHERE id = (SELECT min(id) FROM staff)`);
    await sqlite.close();
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("copies every table into an empty database, rows and checksums equal on both sides, sequences reset", async () => {
    const run = copy(database.url);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    for (const table of ["articles", "article_revisions", "tags", "article_tags", "article_views", "ad_creatives", "ad_stats_daily", "staff", "media", "kanal"]) {
      const line = lines.find((l) => l.startsWith(`${table} `));
      expect(line, table).toMatch(/ ok$/);
      const [, rowsSqlite, rowsPg, sumSqlite, sumPg] = line!.split(/\s+/);
      expect(rowsPg).toBe(rowsSqlite);
      expect(sumPg).toBe(sumSqlite);
    }
    expect(lines.find((l) => l.startsWith("articles "))!.split(/\s+/)[1]).toBe("49");
    expect(run.stdout).toMatch(/semua sama/);
    const [cycle] = await query<{ uploader: number; photo: number }>(
      "SELECT m.uploaded_by_id AS uploader, s.photo_id AS photo FROM media m, staff s WHERE m.id = (SELECT min(id) FROM media) AND s.id = (SELECT min(id) FROM staff)",
    );
    expect(cycle.uploader).not.toBeNull();
    expect(cycle.photo).not.toBeNull();
    // The next story gets an id after the copied ones instead of colliding with them.
    const [{ max }] = await query<{ max: number }>("SELECT max(id) AS max FROM articles");
    const [{ id }] = await query<{ id: number }>(
      "INSERT INTO articles (public_id, slug, title, kanal_id) VALUES ('baru1', 'baru', 'Baru', (SELECT min(id) FROM kanal)) RETURNING id",
    );
    expect(id).toBe(max + 1);
  }, 180_000);

  it("refuses a target that already holds data, and changes nothing in it", async () => {
    const [before] = await query<{ n: string }>("SELECT count(*) AS n FROM articles");
    const run = copy(database.url);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/tidak kosong \(berisi: .*articles/);
    expect(await query<{ n: string }>("SELECT count(*) AS n FROM articles")).toEqual([before]);
  }, 120_000);

  it("refuses a --to that is not a PostgreSQL address", () => {
    const run = copy("mysql://localhost/warta");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/--to "postgres:/);
  }, 60_000);
});
