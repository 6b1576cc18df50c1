import { spawn } from "node:child_process";
import { once } from "node:events";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seededDatabase } from "../testing/seeded-database";

// Views counted in memory reach PostgreSQL when the server stops: on SIGTERM through the async
// flush, and when the process exits without one (or counted more while Next drained the last
// requests) through the exit hook, which on PostgreSQL waits for a child process to write them
// (Engine.writeOnExit, db/pg/write-on-exit.ts). A real process, stopped for real. Only in the
// vitest project `postgres` (vitest.config.mts: POSTGRES_ONLY).
const m = seededDatabase("exit", async () => ({}));

async function story(offset: number): Promise<number> {
  return (await m.one<{ id: number }>(sql`SELECT id FROM articles WHERE status = 'published' ORDER BY id LIMIT 1 OFFSET ${offset}`)).id;
}
const viewsOf = async (id: number) => Number((await m.one<{ n: string | null }>(sql`SELECT coalesce(sum(views), 0) AS n FROM article_views WHERE article_id = ${id}`)).n);

/** Runs db/testing/exit-child.ts on this file's database; resolves to its exit code and output. */
async function child(mode: "exit" | "sigterm", articleId: number, views: number) {
  const proc = spawn(process.execPath, ["--import", "tsx", "db/testing/exit-child.ts", mode, String(articleId), String(views)], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  proc.stdout.on("data", (d) => {
    output += d;
    if (mode === "sigterm" && output.includes("ready")) proc.kill("SIGTERM");
  });
  proc.stderr.on("data", (d) => (output += d));
  const [code] = (await once(proc, "exit")) as [number | null];
  return { code, output };
}

describe("views counted in memory when the server stops (PostgreSQL)", () => {
  it("reach the database through the exit hook when the process exits without a flush", async () => {
    const id = await story(0);
    const before = await viewsOf(id);
    const { code, output } = await child("exit", id, 37);
    expect(code, output).toBe(0);
    expect(await viewsOf(id), output).toBe(before + 37);
  }, 60_000);

  it("reach the database on SIGTERM", async () => {
    const id = await story(1);
    const before = await viewsOf(id);
    const { code, output } = await child("sigterm", id, 41);
    expect(code, output).toBe(143);
    expect(await viewsOf(id), output).toBe(before + 41);
  }, 60_000);
});
