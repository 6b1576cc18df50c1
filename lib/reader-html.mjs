// A cached reader page without Next's client runtime (README "Client JavaScript").
//
// Reader pages render on the server, read fine without JavaScript, and link with plain <a>: React
// in the browser would only hydrate what is already there. Its cost is the framework's ~100 kB of
// script and the page's RSC payload written a second time into the HTML, and on a phone that is
// most of the time before the page answers a tap (Lighthouse's Total Blocking Time). So when
// lib/isr-cache-handler.mjs stores a page, it keeps the HTML without Next's scripts; what a reader
// page does in the browser is in public/warta.js, which stays. The RSC payload is still stored
// beside the HTML for a newsroom page that navigates to a reader page on the client.
//
// Plain JavaScript: the cache handler is loaded by Next as it is.

/** A whole <script> element: attributes and body (as lib/csp.mjs reads them). */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** A hint to fetch a script early: <link rel="preload" as="script"> or <link rel="modulepreload">. */
const SCRIPT_HINT = /<link\b(?=[^>]*\brel="(?:modulepreload|preload"(?=[^>]*\bas="script")))[^>]*>/gi;
/** type values a browser runs; anything else (application/ld+json) is data. */
const RUNNABLE_TYPE = /^\s*(text\/javascript|application\/javascript|module)?\s*$/i;

function attribute(attrs, name) {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(` ${attrs}`);
  return m ? (m[1] ?? m[2] ?? m[3] ?? "") : undefined;
}

/** True for the scripts Next writes: its build files (/_next/…) and every inline script that runs. */
function isFrameworkScript(attrs) {
  const src = attribute(attrs, "src");
  if (src !== undefined) return src.startsWith("/_next/");
  return RUNNABLE_TYPE.test(attribute(attrs, "type") ?? "");
}

/**
 * The page's HTML without Next's scripts and their preload hints; JSON-LD and Warta's own script stay.
 * @example withoutFrameworkScripts('<script src="/_next/a.js"></script><script src="/warta.js"></script>') // '<script src="/warta.js"></script>'
 */
export function withoutFrameworkScripts(html) {
  return html.replace(SCRIPT, (whole, attrs) => (isFrameworkScript(attrs) ? "" : whole)).replace(SCRIPT_HINT, "");
}
