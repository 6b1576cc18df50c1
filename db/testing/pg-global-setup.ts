import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { type PgCluster, stopCluster } from "./pg-cluster";

/**
 * vitest globalSetup: one PostgreSQL cluster per run, shared by every test file that needs one.
 * Nothing starts here: the first such file starts it (db/testing/pg-database.ts), so a run of
 * lib/ tests pays nothing. The teardown, and an exit of the main process, stop and remove it.
 */
export function setup(project: TestProject): () => void {
  const runDir = mkdtempSync(join(tmpdir(), "warta-pg-run-"));
  project.provide("wartaPgRunDir", runDir);
  const teardown = () => {
    const info = join(runDir, "cluster.json");
    if (existsSync(info)) stopCluster(JSON.parse(readFileSync(info, "utf8")) as PgCluster);
    rmSync(runDir, { recursive: true, force: true });
  };
  process.once("exit", teardown);
  return teardown;
}
