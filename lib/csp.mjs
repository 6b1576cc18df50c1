// The Content-Security-Policy of every HTML page (docs/security.md, "Content-Security-Policy").
//
// Next's App Router writes inline <script>s into every page (the RSC payload, `self.__next_f.push(…)`),
// so script-src needs either a nonce or the hash of each one; 'unsafe-inline' is never allowed.
// Per-request pages get a fresh nonce from proxy.ts. ISR-cached pages cannot (the cached HTML would
// carry one fixed nonce for every reader), so lib/isr-cache-handler.mjs hashes their inline scripts
// once, when a render is stored, and keeps the policy with the page.
//
// Plain JavaScript: the cache handler is loaded by Next as it is, and shares this file with proxy.ts.
import { createHash } from "node:crypto";
import { embedFrameOrigins, PLAYER_ORIGINS } from "./embed-origins.mjs";

/** Everything except scripts: the same for both kinds of page. */
const BASE = [
  "default-src 'self'",
  // Photos and ad pictures come from /media; the admin's photo field previews a chosen file as a blob.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** <script> elements: attributes and body. A browser takes the body as it is (no entity decoding). */
export const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** type values a browser runs; anything else (application/ld+json) is data, not script. */
const RUNNABLE_TYPE = /^\s*(text\/javascript|application\/javascript|module)?\s*$/i;

/**
 * One attribute of an element, from the attribute text SCRIPT captures; undefined when absent.
 * @example scriptAttribute(' src="/a.js" async=""', "src") // "/a.js"
 * @param {string} attrs
 * @param {string} name
 * @returns {string | undefined}
 */
export function scriptAttribute(attrs, name) {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(` ${attrs}`);
  return m ? (m[1] ?? m[2] ?? m[3] ?? "") : undefined;
}

/**
 * Whether a browser runs a <script> with these attributes (no type, or a JavaScript one).
 * @param {string} attrs
 */
export function isRunnableScript(attrs) {
  return RUNNABLE_TYPE.test(scriptAttribute(attrs, "type") ?? "");
}

/**
 * The bodies of the inline scripts a browser would run, in page order, each once.
 * @example inlineScripts('<script>a()</script><script src="/x.js"></script>') // ["a()"]
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  /** @type {Set<string>} */
  const bodies = new Set();
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    if (scriptAttribute(attrs, "src") === undefined && isRunnableScript(attrs)) bodies.add(body);
  }
  return [...bodies];
}

/**
 * A CSP hash source for one script body: `'sha256-<base64>'` of its UTF-8 bytes.
 * @param {string} body
 */
export function scriptHash(body) {
  return `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
}

/**
 * The policy of a cached page: its own inline scripts by hash, build files from 'self', and frames
 * from the players of the embeds the page shows (lib/embed-origins.mjs), those providers alone.
 * @example hashPolicy("<script>a()</script>") // "default-src 'self'; script-src 'self' 'sha256-…'; …"
 * @param {string} html
 */
export function hashPolicy(html) {
  return policy(inlineScripts(html).map(scriptHash), undefined, embedFrameOrigins(html));
}

/** Every provider's player: a staff preview is rendered after its policy is set, so it cannot know which it shows. */
export const ALL_PLAYER_ORIGINS = Object.values(PLAYER_ORIGINS);

/** A fresh nonce: 128 random bits, base64. */
export function createNonce() {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The policy of a per-request page. `frameAncestors` is set for the newsroom ("'none'", or "'self'"
 * for the ad desk's preview frame); reader pages leave it out. `frames` are the embed players the
 * page may frame (ALL_PLAYER_ORIGINS for a staff preview, none elsewhere).
 * @param {string} nonce
 * @param {string} [frameAncestors]
 * @param {readonly string[]} [frames]
 */
export function noncePolicy(nonce, frameAncestors, frames = []) {
  return policy([`'nonce-${nonce}'`], frameAncestors, frames);
}

/**
 * @param {string[]} scriptSources
 * @param {string} [frameAncestors]
 * @param {readonly string[]} [frames]
 */
function policy(scriptSources, frameAncestors, frames = []) {
  const directives = [
    ...BASE,
    // HTML ad creatives run in a sandboxed frame loaded from /iklan/html (its own CSP); embed
    // players only on a page that shows that provider's embed.
    ["frame-src 'self'", ...frames].join(" "),
    `script-src 'self' ${scriptSources.join(" ")}`.trimEnd(),
    // No inline <style> or style="…" in any page (Tiptap's own rules live in a stylesheet);
    // scripts may still set element.style, which CSP does not govern.
    "style-src 'self'",
  ];
  if (frameAncestors) directives.push(`frame-ancestors ${frameAncestors}`);
  return directives.join("; ");
}
