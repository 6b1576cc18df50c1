import { escapeHtml } from "./html";
import { cleanEmbedTitle, embedKind, embedShape, isValidEmbedId, originalUrl, parseEmbedUrl, playerUrl, PROVIDER_NAMES, type Embed } from "./embed-urls";

export * from "./embed-urls";

/**
 * Typed embeds in a story body: `<div data-embed="<provider>" data-id="<id>"[ data-title="…"]></div>`,
 * never the provider's HTML (docs/decisions, typed embeds). The sanitizer (lib/embed-sanitize.ts) writes
 * the node in exactly this form, attributes in this order, so a regular expression reads it here.
 */
const STORED = /<div data-embed="([a-z]+)" data-id="([^"]*)"(?: data-title="([^"]*)")?><\/div>/g;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: "\u00a0" };
/** An attribute value as the sanitizer wrote it, back to text. */
const attributeText = (value: string) => value.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]);

/**
 * The stored node for an embed. The title is plain text (cleanEmbedTitle).
 * @example embedNode({ provider: "x", id: "20" }) // '<div data-embed="x" data-id="20"></div>'
 */
export function embedNode(embed: Embed, title = ""): string {
  const t = cleanEmbedTitle(title);
  // As lib/sanitize.ts writes an attribute (sanitize-html last): & < > and " escaped.
  const value = t.replace(/[&<>"]/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[c]};`);
  return `<div data-embed="${embed.provider}" data-id="${embed.id}"${t ? ` data-title="${value}"` : ""}></div>`;
}

/**
 * The reader's preview of one embed, drawn on the server: provider, title when known, and a link to
 * the original. Nothing in it loads from the provider. The button keeps its place but stays invisible
 * (and out of the accessibility tree) until public/warta.js marks the box `embed-on`; without
 * JavaScript the preview is a plain link. The box's size comes from its shape class alone
 * (app/globals.css), so showing the button or swapping in the player moves nothing on the page.
 */
function preview(embed: Embed, title: string): string {
  const name = PROVIDER_NAMES[embed.provider];
  const video = embedKind(embed) === "video";
  const frameTitle = `${video ? "Video" : "Unggahan"} ${name}${title ? `: ${title}` : ""}`;
  return [
    `<div class="embed embed-${embedShape(embed)}" data-embed="${embed.provider}" data-player="${escapeHtml(playerUrl(embed))}" data-player-title="${escapeHtml(frameTitle)}" role="group" aria-label="Sematan ${name}">`,
    `<p class="embed-provider">${name}</p>`,
    title ? `<p class="embed-title">${escapeHtml(title)}</p>` : "",
    `<button type="button" class="embed-load">${video ? "Putar video" : "Tampilkan unggahan"}</button>`,
    `<a class="embed-link" href="${escapeHtml(originalUrl(embed))}" rel="noopener noreferrer nofollow">Buka di ${name}</a>`,
    `</div>`,
  ].join("");
}

/**
 * The stored body with each embed node drawn as its reader preview; a node that does not hold a
 * valid provider and id (the sanitizer lets none through) is left out.
 * @example expandEmbeds('<div data-embed="x" data-id="20"></div>') // '<div class="embed embed-post" data-embed="x" …>…Tampilkan unggahan…</div>'
 */
export function expandEmbeds(html: string): string {
  return html.replace(STORED, (_, provider: string, id: string, title?: string) =>
    isValidEmbedId(provider, id) ? preview({ provider, id } as Embed, attributeText(title ?? "")) : "",
  );
}

/**
 * Each stored embed back as a paragraph holding its original address: the inverse of
 * embedLoneLinks, for a form that edits a body as plain text (a live update's "Sunting").
 * @example embedsAsLinks('<div data-embed="youtube" data-id="dQw4w9WgXcQ"></div>') // '<p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></p>'
 */
export function embedsAsLinks(html: string): string {
  return html.replace(STORED, (_, provider: string, id: string) => {
    if (!isValidEmbedId(provider, id)) return "";
    const url = escapeHtml(originalUrl({ provider, id } as Embed));
    return `<p><a href="${url}">${url}</a></p>`;
  });
}

/** A paragraph that holds one link and nothing else, as the sanitizer writes it: the bare address, or a link whose text is its address. */
const LONE_LINK = /<p>\s*(?:<a href="([^"]*)" rel="noopener noreferrer nofollow">([^<]*)<\/a>|(https?:\/\/[^\s<]+))\s*<\/p>/g;
/** Hosts whose lone links were meant as embeds: refusing an unreadable one beats storing a plain link silently. */
const PROVIDER_HOST = /^(?:[a-z0-9-]+\.)*(?:youtube\.com|youtu\.be|x\.com|twitter\.com|instagram\.com|tiktok\.com|facebook\.com|fb\.watch|fb\.com)$/;

export type LoneLinks = { html: string; refused: { url: string; error: string }[] };

/**
 * A sanitized body with every paragraph that holds only a supported link turned into an embed: the
 * form's save path, so that the plain textarea (JavaScript off) gets embeds as the editor does.
 * A lone link to one of the five providers that names no video or post comes back in `refused`
 * with the reason; any other lone link stays a link.
 * @example embedLoneLinks("<p>https://youtu.be/dQw4w9WgXcQ</p>").html // '<div data-embed="youtube" data-id="dQw4w9WgXcQ"></div>'
 */
export function embedLoneLinks(html: string): LoneLinks {
  const refused: LoneLinks["refused"] = [];
  const out = html.replace(LONE_LINK, (whole, href: string | undefined, text: string | undefined, bare: string | undefined) => {
    const url = attributeText(href ?? bare ?? "");
    if (href !== undefined && attributeText(text ?? "").trim() !== url) return whole;
    const parsed = parseEmbedUrl(url);
    if (parsed.ok) return embedNode(parsed.embed);
    let host = "";
    try {
      host = new URL(url).hostname.toLowerCase();
    } catch {}
    if (PROVIDER_HOST.test(host)) refused.push({ url, error: parsed.error });
    return whole;
  });
  return { html: out, refused };
}
