// A cached reader page without Next's client runtime (docs/decisions/001-no-client-runtime-on-reader-pages.md).
//
// Reader pages render on the server, read fine without JavaScript, and link with plain <a>: React
// in the browser would only hydrate what is already there. Its cost is the framework's ~130 kB (gzip) of
// script and the page's RSC payload written a second time into the HTML, and on a phone that is
// most of the time before the page answers a tap (Lighthouse's Total Blocking Time). So when
// lib/isr-cache-handler.mjs stores a page, it keeps the HTML without Next's scripts; what a reader
// page does in the browser is in public/warta.js, which stays. The RSC payload is still stored
// beside the HTML for a newsroom page that navigates to a reader page on the client.
//
// Plain JavaScript: the cache handler is loaded by Next as it is.

import { isRunnableScript, SCRIPT, scriptAttribute } from "./csp.mjs";

/** A hint to fetch a script early: <link rel="preload" as="script"> or <link rel="modulepreload">. */
const SCRIPT_HINT = /<link\b(?=[^>]*\brel="(?:modulepreload|preload"(?=[^>]*\bas="script")))[^>]*>/gi;

/**
 * True for the scripts Next writes: its build files (/_next/…) and every inline script that runs.
 * @param {string} attrs
 */
function isFrameworkScript(attrs) {
  const src = scriptAttribute(attrs, "src");
  return src !== undefined ? src.startsWith("/_next/") : isRunnableScript(attrs);
}

/**
 * The page's HTML without Next's scripts and their preload hints; JSON-LD and Warta's own script stay.
 * @example withoutFrameworkScripts('<script src="/_next/a.js"></script><script src="/warta.js"></script>') // '<script src="/warta.js"></script>'
 * @param {string} html
 */
export function withoutFrameworkScripts(html) {
  return html.replace(SCRIPT, (/** @type {string} */ whole, /** @type {string} */ attrs) => (isFrameworkScript(attrs) ? "" : whole)).replace(SCRIPT_HINT, "");
}
