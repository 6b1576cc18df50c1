const NOT_FOUND_PAGE = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Iklan tidak ditemukan</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#0f172a}a{color:#b91c1c}</style>
</head><body><h1>Iklan tidak ditemukan</h1>
<p>Iklan ini tidak ada atau sudah tidak tayang.</p><p><a href="/">Kembali ke beranda</a></p></body></html>`;

const NO_STORE = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" };

/**
 * The click route's answer: a 302 to the advertiser (http(s) only, checked before it gets
 * here), or a 404 page in Indonesian when the creative is unknown or not running.
 */
export function clickResponse(target: string | null): Response {
  if (target === null) {
    return new Response(NOT_FOUND_PAGE, { status: 404, headers: { ...NO_STORE, "Content-Type": "text/html; charset=utf-8" } });
  }
  return new Response(null, { status: 302, headers: { ...NO_STORE, Location: target, "Referrer-Policy": "origin" } });
}

// The same sandbox as the iframe attribute, enforced by the response itself: even opened
// on its own, the document gets an opaque origin and cannot read the site or its cookies.
const FRAME_CSP = "sandbox allow-scripts allow-popups allow-popups-to-escape-sandbox; frame-ancestors 'self'";

/** The document an HTML creative's frame loads: the advertiser's tag in a bare page, sandboxed by header as well. */
export function creativeFrameResponse(html: string | null): Response {
  if (html === null) {
    return new Response("Iklan tidak ditemukan.", { status: 404, headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" } });
  }
  const doc = `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Iklan</title><style>html,body{margin:0;padding:0;overflow:hidden}</style></head><body>${html}</body></html>`;
  return new Response(doc, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": FRAME_CSP,
      "Cache-Control": "public, max-age=60",
      "X-Robots-Tag": "noindex",
      "Referrer-Policy": "no-referrer",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
