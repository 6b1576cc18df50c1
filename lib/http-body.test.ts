import { describe, expect, it } from "vitest";
import { readCappedText } from "./http-body";

/** A stream of `chunks` copies of `text`, counting the bytes anyone asked it for. */
function counted(text: string, chunks: number) {
  const bytes = new TextEncoder().encode(text);
  const counter = { pulled: 0, cancelled: false };
  let sent = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent++ === chunks) return controller.close();
        counter.pulled += bytes.length;
        controller.enqueue(bytes.slice());
      },
      cancel() {
        counter.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { body, counter };
}

describe("readCappedText", () => {
  it("reads a body up to the cap, across chunks and a multi-byte character", async () => {
    const { body } = counted("é", 512); // 1024 bytes
    expect(await readCappedText({ headers: new Headers(), body }, 1024)).toBe("é".repeat(512));
    expect(await readCappedText({ headers: new Headers(), body: null }, 1024)).toBe("");
  });

  it("stops at the cap when no length is declared, and cancels the rest", async () => {
    const { body, counter } = counted("x".repeat(100), 1000);
    expect(await readCappedText({ headers: new Headers(), body }, 1024)).toBeNull();
    expect(counter.pulled).toBe(1100);
    expect(counter.cancelled).toBe(true);
  });

  it("stops at the cap when the declared length is smaller than the body", async () => {
    const { body, counter } = counted("x".repeat(100), 1000);
    expect(await readCappedText({ headers: new Headers({ "content-length": "3" }), body }, 1024)).toBeNull();
    expect(counter.pulled).toBe(1100);
  });

  it("refuses a declared length over the cap without reading", async () => {
    const { body, counter } = counted("x", 1);
    expect(await readCappedText({ headers: new Headers({ "content-length": "2048" }), body }, 1024)).toBeNull();
    expect(counter.pulled).toBe(0);
  });
});
