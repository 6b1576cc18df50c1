import { vi } from "vitest";
import type { Engine } from "../engine/types";

type EngineGlobals = { wartaEngine?: Engine; wartaEngineReady?: Promise<Engine> };

/**
 * For a test that holds both engines at once (PostgreSQL's answers compared with SQLite's):
 * the process's engine and the tables of db/tables.ts are chosen from the environment when
 * their modules load, so this sets `env` (undefined removes a variable), loads fresh module
 * instances, and opens and migrates that environment's engine. `load` imports the modules the
 * test needs from the same fresh set. The engine is used through the returned handle and
 * closed by the caller; the process-wide slot is left free for the next call.
 */
export async function loadEngine<M extends object>(
  env: Record<string, string | undefined>,
  load: () => Promise<M>,
): Promise<M & { engine: Engine }> {
  const slot = globalThis as EngineGlobals;
  delete slot.wartaEngine;
  delete slot.wartaEngineReady;
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  const { startEngine } = await import("../engine");
  const engine = await startEngine();
  const modules = await load();
  delete slot.wartaEngine;
  delete slot.wartaEngineReady;
  return { ...modules, engine };
}
