import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestS3, type TestS3 } from "../testing/s3-server";
import { localMediaStore } from "./local";
import { s3MediaStore } from "./s3";
import { etagMatches, type MediaStore } from "./store";

// The same contract on both stores: a directory, and a real S3-compatible server (s3rver) on loopback.
const dir = mkdtempSync(join(tmpdir(), "warta-media-store-"));
let s3: TestS3;
beforeAll(async () => {
  s3 = await startTestS3();
  Object.assign(process.env, s3.env);
});
afterAll(async () => {
  await s3?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const stores: [string, () => MediaStore][] = [
  ["local", () => localMediaStore(dir)],
  ["s3", () => s3MediaStore({ bucket: s3.bucket, endpoint: s3.endpoint, region: "us-east-1" })],
];

const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) % 251);
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

async function drain(body: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(body).arrayBuffer());
}

describe.each(stores)("%s media store", (_name, make) => {
  it("stores, measures, reads and streams the same bytes", async () => {
    const store = make();
    const data = bytes(300_000, 7);
    await store.put("uploads/2026/12/a.webp", data);
    const stat = await store.stat("uploads/2026/12/a.webp");
    expect(stat?.size).toBe(data.length);
    expect(stat?.etag).toMatch(/^"[^"]+"$/);
    expect(sha((await store.read("uploads/2026/12/a.webp"))!)).toBe(sha(data));
    const opened = await store.open("uploads/2026/12/a.webp");
    expect(opened && !opened.notModified).toBe(true);
    if (opened && !opened.notModified) expect(sha(await drain(opened.body))).toBe(sha(data));
    expect(opened?.etag).toBe(stat?.etag);
  });

  it("answers notModified to the current etag, and the bytes to a stale one", async () => {
    const store = make();
    await store.put("seed/b.webp", bytes(1000, 1));
    const { etag } = (await store.stat("seed/b.webp"))!;
    expect(await store.open("seed/b.webp", etag)).toMatchObject({ notModified: true, etag });
    expect(await store.open("seed/b.webp", `"nope", W/${etag}`)).toMatchObject({ notModified: true, etag });
    const stale = await store.open("seed/b.webp", '"nope"');
    expect(stale?.notModified).toBe(false);
    if (stale && !stale.notModified) expect((await drain(stale.body)).length).toBe(1000);
  });

  it("replaces a file written again under the same path", async () => {
    const store = make();
    await store.put("seed/c.webp", bytes(10, 1));
    await store.put("seed/c.webp", bytes(20, 2));
    expect(sha((await store.read("seed/c.webp"))!)).toBe(sha(bytes(20, 2)));
  });

  it("answers null for a missing file, everywhere", async () => {
    const store = make();
    expect(await store.stat("seed/none.webp")).toBeNull();
    expect(await store.read("seed/none.webp")).toBeNull();
    expect(await store.open("seed/none.webp")).toBeNull();
    expect(await store.open("seed/none.webp", '"x"')).toBeNull();
  });

  it("removes files (a missing one is no error) and whole folders, and lists what is left", async () => {
    const store = make();
    await store.put("iklan/x.webp", bytes(5, 3));
    await store.put("seed/iklan/0-desktop.webp", bytes(6, 4));
    await store.put("seedling/keep.webp", bytes(7, 5));
    await store.remove(["iklan/x.webp", "iklan/gone.webp"]);
    expect(await store.stat("iklan/x.webp")).toBeNull();
    await store.removeFolder("seed");
    const left = new Map<string, number>();
    for await (const f of store.list()) left.set(f.path, f.size);
    // "seedling" shares the prefix but not the folder.
    expect([...left.keys()].filter((p) => p.startsWith("seed")).sort()).toEqual(["seedling/keep.webp"]);
    expect(left.get("uploads/2026/12/a.webp")).toBe(300_000);
  });
});

describe("etagMatches", () => {
  it("reads a list, weak validators and *", () => {
    expect(etagMatches('"a"', '"a"')).toBe(true);
    expect(etagMatches('W/"a", "b"', '"a"')).toBe(true);
    expect(etagMatches("*", '"a"')).toBe(true);
    expect(etagMatches('"b"', '"a"')).toBe(false);
    expect(etagMatches(null, '"a"')).toBe(false);
  });
});
