import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { type PgCluster, stopCluster } from "./pg-cluster";

const RUN_PREFIX = "warta-pg-run-";

function stopRun(runDir: string): void {
  const info = join(runDir, "cluster.json");
  if (existsSync(info)) stopCluster(JSON.parse(readFileSync(info, "utf8")) as PgCluster);
  rmSync(runDir, { recursive: true, force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === "EPERM";
  }
}

/** Clusters of earlier runs whose vitest was killed outright (SIGKILL leaves no hook to run). */
function reapOrphans(): void {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(RUN_PREFIX))) {
    const dir = join(tmpdir(), name);
    const owner = Number(existsSync(join(dir, "owner.pid")) ? readFileSync(join(dir, "owner.pid"), "utf8") : NaN);
    if (Number.isInteger(owner) && !alive(owner)) stopRun(dir);
  }
}

/**
 * vitest globalSetup: one PostgreSQL cluster per run, shared by every test file that needs one.
 * Nothing starts here: the first such file starts it (db/testing/pg-database.ts), so a run of
 * lib/ tests pays nothing. The teardown, and an exit of the main process, stop and remove it.
 */
export function setup(project: TestProject): () => void {
  reapOrphans();
  const runDir = mkdtempSync(join(tmpdir(), RUN_PREFIX));
  writeFileSync(join(runDir, "owner.pid"), String(process.pid));
  project.provide("wartaPgRunDir", runDir);
  const teardown = () => stopRun(runDir);
  process.once("exit", teardown);
  return teardown;
}
