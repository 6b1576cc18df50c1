import { defaultTreeAdapter, html as parse5Html, parseFragment, serialize } from "parse5";
import sanitizeHtml from "sanitize-html";
import { PHOTO_ATTRIBUTES, PHOTO_EMPTY_ATTRIBUTES, PHOTO_TAGS, PHOTO_TRANSFORMS, settlePhotoNodes } from "./body-photos-sanitize";
import { EMBED_ATTRIBUTES, EMBED_TRANSFORM, settleEmbeds } from "./embed-sanitize";

// What the editor can produce: paragraphs, subheadings, emphasis, links, lists, quotes; library
// photos and galleries by id only (lib/body-photos-sanitize.ts); typed embeds, a known provider's id
// only (lib/embed-sanitize.ts). Anything else (scripts, styles, event handlers, iframes, images in
// the body) is dropped.
// allowedEmptyAttributes is a sanitize-html 2.x option its type declarations do not list yet.
const OPTIONS: sanitizeHtml.IOptions & { allowedEmptyAttributes: string[] } = {
  allowedTags: ["p", "h2", "h3", "strong", "b", "em", "i", "u", "s", "a", "ul", "ol", "li", "blockquote", "br", ...PHOTO_TAGS],
  allowedAttributes: { a: ["href", "rel"], ...PHOTO_ATTRIBUTES, div: [...PHOTO_ATTRIBUTES.div, ...EMBED_ATTRIBUTES] },
  allowedEmptyAttributes: ["alt", ...PHOTO_EMPTY_ATTRIBUTES],
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Text inside dropped <script>/<style> must not surface as visible text either.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "template", "iframe", "object", "embed", "svg", "math"],
  transformTags: {
    b: "strong",
    i: "em",
    h1: "h2",
    h4: "h3",
    h5: "h3",
    h6: "h3",
    // Links leave the site without handing it the reader's page as opener or referrer source.
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "noopener noreferrer nofollow" } }),
    ...PHOTO_TRANSFORMS,
    // A <div> is a gallery or an embed; anything else gives way to its text (PHOTO_TRANSFORMS.div).
    div: (tagName, attribs) => ("data-embed" in attribs ? EMBED_TRANSFORM(tagName, attribs) : PHOTO_TRANSFORMS.div(tagName, attribs)),
  },
  exclusiveFilter: (frame) => frame.tag === "a" && !frame.attribs.href,
};

/**
 * The tree a browser builds from the HTML inside the reader page's body element, written back out.
 * sanitize-html's parser (htmlparser2) keeps nestings the HTML standard does not allow, such as
 * <p><p></p></p>, which a browser reads as something else; after this, what is stored is what readers get.
 */
function asBrowserParses(html: string): string {
  const parse = (source: string) => parseFragment(defaultTreeAdapter.createElement("div", parse5Html.NS.HTML, []), source, {});
  let fragment = parse(html);
  // A <div> that is no embed gives way to its content, which can leave a nesting the standard
  // parser would not build (<h3><h2>): parse once more so that what is stored is what readers get.
  if (settleEmbeds(fragment)) fragment = parse(serialize(fragment));
  // Photo nodes are judged by where they stand, which only a tree shows.
  settlePhotoNodes(fragment);
  return serialize(fragment);
}

/**
 * The allowlist every body passes before it is stored. Idempotent: sanitizing twice gives the same HTML
 * (lib/sanitize.fuzz.test.ts checks both on 10,000 generated documents and the known XSS payloads).
 * @example sanitizeBody('<p onclick="x()">Hai<script>alert(1)</script></p>') // "<p>Hai</p>"
 */
export function sanitizeBody(html: string): string {
  // Filter, let the standard parser settle the nesting, then filter what that parse made. Unwrapping
  // a stray <figcaption> or <div> can itself leave a nesting the parser would not build
  // (<h3><figcaption><h3>), so repeat until a round changes nothing; a few rounds settle any input.
  let out = sanitizeHtml(html, OPTIONS).trim();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = sanitizeHtml(asBrowserParses(out), OPTIONS).trim();
    if (next === out) break;
    out = next;
  }
  return out;
}

/** A bound, not a target: each round only unwraps or drops. Of 400,000 generated documents none took more than 3 (the last one confirming). */
const MAX_ROUNDS = 6;
