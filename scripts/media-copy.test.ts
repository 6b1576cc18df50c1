import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestS3, type TestS3 } from "@/lib/testing/s3-server";

// The command as an operator runs it: counts on stdout, the exit code for a script to check.
const dir = mkdtempSync(join(tmpdir(), "warta-media-cli-"));
let s3: TestS3;
beforeAll(async () => {
  s3 = await startTestS3();
  mkdirSync(join(dir, "seed"));
  writeFileSync(join(dir, "seed", "a.webp"), Buffer.alloc(2000, 7));
});
afterAll(async () => {
  await s3?.stop();
  rmSync(dir, { recursive: true, force: true });
});

// Not spawnSync: s3rver answers from this very process, so its event loop must keep running.
function run(env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn("npx", ["tsx", "scripts/media-copy.ts"], {
    env: { ...process.env, MEDIA_DIR: dir, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d));
  child.stderr.on("data", (d: Buffer) => (stderr += d));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })));
}

describe("npm run media:copy", { timeout: 60_000 }, () => {
  it("copies MEDIA_DIR into the bucket, prints the counts and exits 0", async () => {
    const r = await run(s3.env);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/1 berkas, 1 disalin, 0 sudah ada, .* 0 beda/);
    expect(r.status).toBe(0);
  });

  it("refuses without a bucket, and with a bucket it cannot reach, exiting non-zero", async () => {
    const none = await run({ S3_BUCKET: "" });
    expect(none.stderr).toMatch(/S3_BUCKET belum diisi/);
    expect(none.status).toBe(1);
    expect((await run({ ...s3.env, S3_BUCKET: "tidak-ada" })).status).toBe(1);
  });
});
