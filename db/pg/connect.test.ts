import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { describePg, pgTestDatabase } from "../testing/pg-database";
import { waitForPostgres } from "./connect";

const database = pgTestDatabase("connect");
const pools: pg.Pool[] = [];
const pool = (url: string) => {
  const p = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 2000 });
  pools.push(p);
  return p;
};
afterAll(() => Promise.all(pools.map((p) => p.end())));

describePg("waitForPostgres", () => {
  it("returns at once when the server answers", async () => {
    const lines: string[] = [];
    await waitForPostgres(pool(database.url), { log: (l) => lines.push(l) });
    expect(lines).toEqual([]);
  });

  it("tries a bounded number of times with a line each, then gives up naming the variable", async () => {
    const lines: string[] = [];
    // Port 3849 (this worktree's range) has nothing listening.
    const unreachable = pool("postgres://warta@127.0.0.1:3849/warta");
    await expect(waitForPostgres(unreachable, { attempts: 3, delayMs: 10, log: (l) => lines.push(l) })).rejects.toThrow(
      /tidak bisa dihubungi setelah 3 percobaan \(DATABASE_URL\)/,
    );
    expect(lines).toEqual([1, 2].map((n) => expect.stringContaining(`percobaan ${n}/3, ECONNREFUSED`)));
  });

  it("does not wait for what waiting cannot fix: a database that does not exist", async () => {
    const url = new URL(database.url);
    url.pathname = "/tidak_ada";
    const lines: string[] = [];
    await expect(waitForPostgres(pool(url.toString()), { attempts: 5, delayMs: 10, log: (l) => lines.push(l) })).rejects.toThrow(
      /menolak koneksi \(DATABASE_URL\): database "tidak_ada" does not exist/,
    );
    expect(lines).toEqual([]);
  });
});
