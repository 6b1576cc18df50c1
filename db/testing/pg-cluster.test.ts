import { existsSync } from "node:fs";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { clusterUrl, startCluster, stopCluster } from "./pg-cluster";
import { describePg, pgTestsEnabled } from "./pg-database";

async function version(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows[0].v;
  } finally {
    await client.end();
  }
}

describePg("a throwaway PostgreSQL cluster", () => {
  it("starts on a loopback port in a temp folder, and leaves nothing behind when stopped", async () => {
    // The last test port, so that the run's shared cluster (the first free one) is not in the way.
    const cluster = startCluster({ ports: [5449] });
    try {
      expect(existsSync(cluster.dir)).toBe(true);
      expect(Number(await version(clusterUrl(cluster, "postgres")))).toBeGreaterThanOrEqual(150000);
    } finally {
      stopCluster(cluster);
    }
    expect(existsSync(cluster.dir)).toBe(false);
    await expect(version(clusterUrl(cluster, "postgres"))).rejects.toThrow(/ECONNREFUSED/);
  }, 60_000);

  it("moves to the next port when one is taken", async () => {
    const first = startCluster({ ports: [5448] });
    try {
      const second = startCluster({ ports: [5448, 5447] });
      stopCluster(second);
      expect(second.port).toBe(5447);
    } finally {
      stopCluster(first);
    }
  }, 60_000);
});

describe("without PostgreSQL installed", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("skips loudly on a developer machine", () => {
    vi.stubEnv("PG_BIN", "/nonexistent");
    vi.stubEnv("CI", "");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(pgTestsEnabled()).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("DILEWATI"));
    warn.mockRestore();
  });

  it("fails under CI", () => {
    vi.stubEnv("PG_BIN", "/nonexistent");
    vi.stubEnv("CI", "true");
    expect(() => pgTestsEnabled()).toThrow(/Di CI ini kegagalan/);
  });
});
