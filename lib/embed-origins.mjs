// The origins each embed provider's player is framed from, and how to find the providers a page embeds.
//
// Plain JavaScript: lib/csp.mjs imports it, and lib/csp.mjs is loaded by Next as it is (through
// lib/isr-cache-handler.mjs). lib/embeds.ts builds the player URLs on these same origins.

/** Player origin of each provider: the one `frame-src` source a page with that embed gets. */
export const PLAYER_ORIGINS = /** @type {const} */ ({
  youtube: "https://www.youtube-nocookie.com",
  x: "https://platform.twitter.com",
  instagram: "https://www.instagram.com",
  tiktok: "https://www.tiktok.com",
  facebook: "https://www.facebook.com",
});

/**
 * An element's start tag that carries `data-embed="<provider>"`. Only a real start tag counts: in text
 * a `<` is always escaped, and a serialized attribute value cannot hold a `"`, so body text that
 * merely reads `data-embed="youtube"` never matches.
 */
const EMBED_TAG = /<[a-z][a-z0-9]*\s[^<>]*?\bdata-embed="(youtube|x|instagram|tiktok|facebook)"/g;

/**
 * The player origins of the embeds in a page's HTML, each once, in provider order.
 * @example embedFrameOrigins('<div data-embed="youtube" data-id="dQw4w9WgXcQ"></div>') // ["https://www.youtube-nocookie.com"]
 * @param {string} html
 * @returns {string[]}
 */
export function embedFrameOrigins(html) {
  const found = new Set([...html.matchAll(EMBED_TAG)].map((m) => m[1]));
  return Object.entries(PLAYER_ORIGINS).flatMap(([provider, origin]) => (found.has(provider) ? [origin] : []));
}
