import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The data layer is async everywhere and engine-neutral outside db/engine/: the synchronous
// better-sqlite3 calls and the driver itself stay in the SQLite engine's own modules.
const ROOT = process.cwd();
const SCANNED = ["app", "components", "lib", "db", "server", "instrumentation.ts", "proxy.ts", "scripts"];

// Where the synchronous driver is the point, each for a stated reason:
const ALLOWED = [
  // The SQLite engine: connections, pragmas, migrations, VACUUM INTO, FTS5, file backups.
  /^db\/engine\/sqlite(-[a-z]+)?\.ts$/,
  // The PostgreSQL engine's own modules hold its node-postgres pool ($client): start-up wait,
  // advisory-lock migrations, close; and db:copy, the one tool that opens both engines.
  /^db\/engine\/postgres(-[a-z]+)?\.ts$/,
  /^db\/pg\//,
  /^scripts\/db-copy\.ts$/,
  // Tests of what only SQLite has: its files, backups, migrations, query planner and driver.
  // Every other database test runs on both engines through db/testing/ (plain SQL there goes
  // through each drizzle driver's own call: db/testing/sql-rows.ts).
  /^db\/(backup|migrations|query-plans)\.test\.ts$/,
  /^db\/engine\/(sqlite|boundary)\.test\.ts$/,
  /^db\/(engine\/postgres[a-z-]*|pg\/[a-z-]+|start)\.test\.ts$/,
  /^db\/testing\//,
  // Not database calls: an async mutex's run(), a Map's get(), the S3 test server's run().
  /^lib\/(async-mutex|next-internals)\.test\.ts$/,
  /^lib\/testing\/s3-server\.ts$/,
  // Benchmarks build and read a SQLite file from outside the server they measure.
  /^scripts\/bench[^/]*\.ts$/,
  /^scripts\/bench\//,
];

const FORBIDDEN: [string, RegExp][] = [
  ["a synchronous .all()", /\.all\(\)/],
  ["a synchronous .get()", /\.get\(\)/],
  ["a synchronous .run(", /\.run\(/],
  ["a prepared statement (.prepare()", /\.prepare\(/],
  ["the raw client ($client)", /\$client/],
  ["the better-sqlite3 driver", /from ["'](better-sqlite3|drizzle-orm\/better-sqlite3[^"']*)["']/],
];

function files(path: string): string[] {
  const full = join(ROOT, path);
  let stat;
  try {
    stat = statSync(full);
  } catch {
    return [];
  }
  if (stat.isFile()) return /\.(ts|tsx|mts|mjs)$/.test(path) ? [path] : [];
  return readdirSync(full).flatMap((name) => (name === "node_modules" ? [] : files(join(path, name))));
}

/** Code lines only: doc comments may name the calls they forbid. */
function codeLines(text: string): string[] {
  return text.split("\n").filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line));
}

describe("the data layer's boundary", () => {
  it("calls the synchronous SQLite driver only inside the SQLite engine", () => {
    const found: string[] = [];
    for (const file of SCANNED.flatMap(files)) {
      const rel = relative(ROOT, join(ROOT, file));
      if (ALLOWED.some((re) => re.test(rel))) continue;
      const text = readFileSync(join(ROOT, file), "utf8");
      // Browser code never reaches a database (and TipTap's commands end in .run()).
      if (/^["']use client["']/.test(text)) continue;
      for (const line of codeLines(text)) {
        for (const [what, re] of FORBIDDEN) if (re.test(line)) found.push(`${rel}: ${what}: ${line.trim()}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("would notice one", () => {
    const line = 'const row = getDb().select().from(articles).get();';
    expect(FORBIDDEN.filter(([, re]) => re.test(line)).map(([what]) => what)).toEqual(["a synchronous .get()"]);
  });

  it("runs the layers one way: lib/ stays pure, db/ never reaches up, components only take types", () => {
    const imports = (file: string) =>
      [...readFileSync(join(ROOT, file), "utf8").matchAll(/^import (type )?[^;]*?from ["']([^"']+)["']/gm)].map((m) => ({ typeOnly: !!m[1], from: m[2] }));
    const found: string[] = [];
    for (const file of files("lib")) {
      for (const i of imports(file)) if (/^@\/(db|server|app|components)\//.test(i.from)) found.push(`${file} imports ${i.from}`);
    }
    for (const file of files("db")) {
      for (const i of imports(file)) if (/^@\/(server|app|components)\//.test(i.from)) found.push(`${file} imports ${i.from}`);
    }
    for (const file of files("components")) {
      for (const i of imports(file)) if (/^@\/(db|server)\//.test(i.from) && !i.typeOnly) found.push(`${file} imports ${i.from}`);
    }
    expect(found).toEqual([]);
  });
});
