import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { badAddressResponse, isDecodablePath } from "./request-path";

describe("isDecodablePath", () => {
  it("accepts plain, encoded and UTF-8 paths", () => {
    for (const path of ["/", "/kanal/nasional", "/cari/hasil/harga%20cabai/1", "/tag/caf%C3%A9", "/berita/abc/%E2%80%9Ckutipan%E2%80%9D"]) {
      expect(isDecodablePath(path), path).toBe(true);
    }
  });

  it("refuses escapes that are not UTF-8 or not escapes at all", () => {
    for (const path of ["/%FF", "/kanal/%C3%28", "/berita/abc/%E2%82", "/penulis/%", "/tag/100%", "/x/%zz"]) {
      expect(isDecodablePath(path), path).toBe(false);
    }
  });

  it("accepts whatever encodeURIComponent makes of any text", () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: "grapheme" }), { maxLength: 5 }), (segments) => isDecodablePath(`/${segments.map(encodeURIComponent).join("/")}`)));
  });
});

describe("badAddressResponse", () => {
  it("is a 400 page in Indonesian that no cache keeps", async () => {
    const res = badAddressResponse();
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain('<html lang="id">');
    expect(html).toContain("<h1>Alamat tidak valid</h1>");
  });
});
