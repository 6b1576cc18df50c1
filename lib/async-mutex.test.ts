import { describe, expect, it } from "vitest";
import { AsyncMutex } from "./async-mutex";

const tick = () => new Promise((r) => setTimeout(r, 1));

describe("AsyncMutex", () => {
  it("runs holders one at a time, in the order they asked", async () => {
    const lock = new AsyncMutex();
    const log: string[] = [];
    const job = (name: string) => async () => {
      log.push(`${name}:start`);
      await tick();
      await tick();
      log.push(`${name}:end`);
      return name;
    };
    const results = await Promise.all([lock.run(job("a")), lock.run(job("b")), lock.run(job("c"))]);
    expect(results).toEqual(["a", "b", "c"]);
    expect(log).toEqual(["a:start", "a:end", "b:start", "b:end", "c:start", "c:end"]);
    expect(lock.pending).toBe(0);
  });

  it("lets the next holder in after one rejects, and passes the rejection on", async () => {
    const lock = new AsyncMutex();
    const failing = lock.run(async () => {
      await tick();
      throw new Error("gagal");
    });
    const next = lock.run(async () => "lanjut");
    await expect(failing).rejects.toThrow("gagal");
    await expect(next).resolves.toBe("lanjut");
  });
});
