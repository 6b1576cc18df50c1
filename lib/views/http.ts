import type { ViewOutcome } from "./recorder";

// The smallest transparent GIF: what the <noscript> pixel answers.
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/** What a beacon can answer: a view's outcomes, and a body over its size cap (the ad impression beacon). */
export type BeaconOutcome = ViewOutcome | "too-large";

const ERROR_STATUS: Partial<Record<BeaconOutcome, number>> = { invalid: 400, origin: 403, unknown: 404, method: 405, "too-large": 413 };
// Browsers ignore a beacon's answer; these are for whoever opens the URL by hand or reads a log.
const ERROR_TEXT: Partial<Record<BeaconOutcome, string>> = {
  invalid: "Permintaan tidak valid.",
  "too-large": "Permintaan terlalu besar.",
  origin: "Permintaan dari situs lain ditolak.",
  unknown: "Tidak ditemukan.",
  method: "Metode tidak diizinkan.",
};

function errorResponse(outcome: BeaconOutcome, status: number, allow: string): Response {
  return new Response(ERROR_TEXT[outcome] ?? null, {
    status,
    headers: { ...headers(outcome, allow), "Content-Type": "text/plain; charset=utf-8" },
  });
}

function headers(outcome: BeaconOutcome, allow: string): Record<string, string> {
  return {
    // Every view must reach the server; no cache may answer for it.
    "Cache-Control": "no-store",
    // Says what happened, for tests, the benchmark and anyone debugging; it carries nothing about the reader.
    "X-Warta-View": outcome,
    ...(outcome === "method" ? { Allow: allow } : {}),
  };
}

/** The beacon's answer: 202 when the view counted, 204 when it was accepted but not counted, 4xx for bad requests. */
export function beaconResponse(outcome: BeaconOutcome): Response {
  const error = ERROR_STATUS[outcome];
  if (error) return errorResponse(outcome, error, "POST");
  return new Response(null, { status: outcome === "counted" ? 202 : 204, headers: headers(outcome, "POST") });
}

/** The <noscript> pixel's answer: a 1×1 GIF whether or not the view counted, 4xx for bad requests. */
export function pixelResponse(outcome: ViewOutcome): Response {
  const status = ERROR_STATUS[outcome];
  if (status) return errorResponse(outcome, status, "GET");
  return new Response(new Uint8Array(PIXEL), {
    status: 200,
    headers: { ...headers(outcome, "GET"), "Content-Type": "image/gif", "Content-Length": String(PIXEL.length) },
  });
}
