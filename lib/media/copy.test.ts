import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestS3, type TestS3 } from "../testing/s3-server";
import { copyMediaStore } from "./copy";
import { localMediaStore } from "./local";
import { s3MediaStore } from "./s3";
import type { MediaStore } from "./store";

const dir = mkdtempSync(join(tmpdir(), "warta-media-copy-"));
const targetDir = mkdtempSync(join(tmpdir(), "warta-media-copy-target-"));
let s3: TestS3;
beforeAll(async () => {
  s3 = await startTestS3({ bucket: "salinan" });
  Object.assign(process.env, s3.env);
  mkdirSync(join(dir, "seed", "iklan"), { recursive: true });
  mkdirSync(join(dir, "uploads", "2026", "12"), { recursive: true });
  writeFileSync(join(dir, "seed", "a.webp"), Buffer.alloc(70_000, 1));
  writeFileSync(join(dir, "seed", "iklan", "0-desktop.webp"), Buffer.alloc(900, 2));
  writeFileSync(join(dir, "uploads", "2026", "12", "b.webp"), Buffer.alloc(5, 3));
});
afterAll(async () => {
  await s3?.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(targetDir, { recursive: true, force: true });
});

const bucket = () => s3MediaStore({ bucket: "salinan", endpoint: s3.endpoint, region: "us-east-1" });

describe("copyMediaStore", () => {
  it("copies a MEDIA_DIR into a bucket with every file verified, and copies nothing the second time", async () => {
    const first = await copyMediaStore(localMediaStore(dir), bucket());
    expect(first).toEqual({ files: 3, copied: 3, present: 0, bytes: 70_905, mismatched: [] });
    expect((await bucket().read("seed/iklan/0-desktop.webp"))?.equals(Buffer.alloc(900, 2))).toBe(true);
    expect(await copyMediaStore(localMediaStore(dir), bucket())).toEqual({ files: 3, copied: 0, present: 3, bytes: 70_905, mismatched: [] });
  });

  it("names the files the target does not give back intact", async () => {
    // A target that truncates one file on the way in, as a broken proxy or a full disk might.
    const real = localMediaStore(targetDir);
    const lossy: MediaStore = { ...real, put: (path, data) => real.put(path, path.endsWith("b.webp") ? data.subarray(1) : data) };
    const report = await copyMediaStore(localMediaStore(dir), lossy);
    expect(report.mismatched).toEqual(["uploads/2026/12/b.webp"]);
    expect(report.copied).toBe(2);
  });
});
