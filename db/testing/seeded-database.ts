import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";

type Base = { prepare: typeof import("../prepare"); client: typeof import("../client") };

/**
 * For a test file: a real SQLite file in a temp folder, created, migrated and seeded exactly
 * as a fresh install does, and removed afterwards. Call it at the top of the file: db/client
 * and lib/config read the environment it sets when they are first imported, which is why the
 * modules under test come in through `load` (run once the environment is in place) and are
 * filled into the returned object before the file's own beforeAll hooks run.
 */
export function seededDatabase<M extends object>(name: string, load: () => Promise<M>, env: Record<string, string> = {}): M & Base {
  const dir = mkdtempSync(join(tmpdir(), `warta-${name}-`));
  Object.assign(process.env, { DATABASE_PATH: join(dir, "warta.db"), MEDIA_DIR: join(dir, "media"), ...env });
  const modules = {} as M & Base;
  beforeAll(async () => {
    Object.assign(modules, { prepare: await import("../prepare"), client: await import("../client") }, await load());
    await modules.prepare.prepareDatabase();
  }, 120_000);
  afterAll(() => {
    modules.client?.getDb().$client.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return modules;
}
