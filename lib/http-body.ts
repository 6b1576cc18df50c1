import type { HeaderReader } from "./auth/origin";

/**
 * A request's body as text, or null when it is longer than `maxBytes`. The body is read as a
 * stream and reading stops at the cap, whatever Content-Length says: a declared length over the
 * cap is refused unread, and a chunked body (which declares none) is cut off once it passes it.
 * @example await readCappedText(new Request("http://x/", { method: "POST", body: "[1]" }), 1024) // "[1]"
 */
export async function readCappedText(
  request: { headers: HeaderReader; body: ReadableStream<Uint8Array> | null },
  maxBytes: number,
): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) {
    await request.body?.cancel().catch(() => {});
    return null;
  }
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
