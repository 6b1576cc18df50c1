import { describe, expect, it } from "vitest";
import { backupFileName, formatBytes, pendingMigrations, restoreProblems } from "./db-files";

describe("backupFileName", () => {
  it("names the backup by the time in Jakarta, to the second", () => {
    expect(backupFileName(new Date("2026-11-28T07:05:09Z"))).toBe("warta-20261128-140509-wib.db");
  });

  it("rolls over to the next WIB day before UTC does", () => {
    expect(backupFileName(new Date("2026-12-31T17:00:00Z"), "cadangan")).toBe("cadangan-20270101-000000-wib.db");
  });

  it("sorts in time order as plain text", () => {
    const times = ["2026-01-02T03:04:05Z", "2026-01-02T03:04:06Z", "2026-10-01T00:00:00Z", "2027-01-01T00:00:00Z"];
    const names = times.map((t) => backupFileName(new Date(t)));
    expect([...names].sort()).toEqual(names);
  });
});

describe("formatBytes", () => {
  it.each([
    [0, "0 B"],
    [1023, "1023 B"],
    [1024, "1.0 KB"],
    [3_481_600, "3.3 MB"],
    [5 * 1024 ** 3, "5.0 GB"],
  ])("%d bytes is %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe("pendingMigrations", () => {
  it("is every migration on a database that has none", () => {
    expect(pendingMigrations([10, 20, 30], null)).toEqual([10, 20, 30]);
  });

  it("is the ones newer than the last applied", () => {
    expect(pendingMigrations([10, 20, 30], 20)).toEqual([30]);
    expect(pendingMigrations([10, 20, 30], 30)).toEqual([]);
  });
});

describe("restoreProblems", () => {
  const good = { integrity: ["ok"], tables: ["__drizzle_migrations", "articles", "kanal", "staff", "tags"], migrations: 6 };

  it("accepts a sound Warta database", () => {
    expect(restoreProblems(good)).toEqual([]);
  });

  it("refuses a damaged file with SQLite's own words", () => {
    const problems = restoreProblems({ ...good, integrity: ["*** in database main ***", "Page 7: btreeInitPage() returns error code 11"] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("btreeInitPage");
    expect(restoreProblems({ integrity: ["file is not a database"], tables: [], migrations: 0 })).toEqual([
      "Pemeriksaan integritas gagal: file is not a database",
    ]);
  });

  it("refuses another application's database", () => {
    expect(restoreProblems({ integrity: ["ok"], tables: ["users"], migrations: 0 })).toEqual([
      "Bukan database Warta: tabel __drizzle_migrations tidak ada.",
      "Bukan database Warta: tabel articles tidak ada.",
      "Bukan database Warta: tabel kanal tidak ada.",
      "Bukan database Warta: tabel staff tidak ada.",
    ]);
  });

  it("refuses a database that was never migrated", () => {
    expect(restoreProblems({ ...good, migrations: 0 })).toEqual(["Database belum pernah dimigrasi."]);
  });
});
