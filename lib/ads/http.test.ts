import { describe, expect, it } from "vitest";
import { clickResponse, creativeFrameResponse } from "./http";

describe("clickResponse", () => {
  it("redirects to the advertiser and is never cached", () => {
    const res = clickResponse("https://toko.example/promo");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("https://toko.example/promo");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers a creative that is gone with a 404 page in Indonesian", async () => {
    const res = clickResponse(null);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toContain("Iklan tidak ditemukan");
  });
});

describe("creativeFrameResponse", () => {
  it("serves the tag in a page sandboxed by its own header, without allow-same-origin", async () => {
    const res = creativeFrameResponse("<p>Promo</p><script>1</script>");
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("sandbox allow-scripts");
    expect(csp).not.toContain("allow-same-origin");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(await res.text()).toContain("<body><p>Promo</p><script>1</script></body>");
  });

  it("answers 404 for a creative that has no tag", () => {
    expect(creativeFrameResponse(null).status).toBe(404);
  });
});
