import { describe, expect, it } from "vitest";
import { beaconResponse, pixelResponse } from "./http";

describe("beaconResponse", () => {
  it("answers 202 for a counted view and 204 for one that was let go", () => {
    expect(beaconResponse("counted").status).toBe(202);
    for (const outcome of ["duplicate", "bot", "prefetch", "staff", "cross-site", "unavailable"] as const) {
      expect(beaconResponse(outcome).status, outcome).toBe(204);
      expect(beaconResponse(outcome).headers.get("x-warta-view")).toBe(outcome);
    }
  });

  it("answers bad requests with 4xx, never 5xx", () => {
    expect(beaconResponse("invalid").status).toBe(400);
    expect(beaconResponse("unknown").status).toBe(404);
    expect(beaconResponse("method").status).toBe(405);
    expect(beaconResponse("method").headers.get("allow")).toBe("POST");
    expect(beaconResponse("too-large").status).toBe(413);
  });

  it("says what was wrong in Indonesian", async () => {
    expect(await beaconResponse("invalid").text()).toBe("Permintaan tidak valid.");
    expect(await beaconResponse("unknown").text()).toBe("Tidak ditemukan.");
    expect(await beaconResponse("method").text()).toBe("Metode tidak diizinkan.");
    expect(await beaconResponse("too-large").text()).toBe("Permintaan terlalu besar.");
    expect(beaconResponse("method").headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });

  it("is never cached", () => {
    expect(beaconResponse("counted").headers.get("cache-control")).toBe("no-store");
  });
});

describe("pixelResponse", () => {
  it("is a 1×1 GIF that no cache keeps", async () => {
    const res = pixelResponse("counted");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/gif");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 6))).toBe("GIF89a");
    expect([bytes[6] | (bytes[7] << 8), bytes[8] | (bytes[9] << 8)]).toEqual([1, 1]);
    expect(pixelResponse("bot").status).toBe(200);
  });

  it("answers bad requests with 4xx", () => {
    expect(pixelResponse("unknown").status).toBe(404);
    expect(pixelResponse("invalid").status).toBe(400);
    expect(pixelResponse("method").headers.get("allow")).toBe("GET");
  });
});
