import { escapeHtml } from "./html";
import { shareTargets, type ShareTargetId } from "./share";

export type ShareLinksOptions = {
  /** Absolute canonical URL; a fragment (`#pembaruan-12`, `#foto-3`) shares one update or photo. */
  url: string;
  title: string;
  /** Smaller buttons, for a live update or a gallery photo. */
  compact?: boolean;
  /** Names the group for screen readers; say what is shared when it is not the whole story. */
  label?: string;
};

// Drawn for Warta (24×24, stroked), so no icon font, image or script comes from anywhere else.
const ICONS: Record<ShareTargetId | "native", string> = {
  whatsapp: "M12 3a9 9 0 0 0-7.7 13.6L3 21l4.5-1.2A9 9 0 1 0 12 3zM9 8l1.2 2.6-.9 1a5 5 0 0 0 2.9 2.9l1-.9L16 15c-.4 1.3-1.5 1.7-2.6 1.4A8 8 0 0 1 7.6 10.6C7.3 9.5 7.7 8.4 9 8z",
  telegram: "M21 4 3 11l6 2.2L11 20l3.2-4L19 19.5zM9 13.2l8-6.2",
  x: "M4 4h4.5L20 20h-4.5zM20 4l-6.7 7.2M4 20l6.7-7.2",
  facebook: "M15.5 4H14a3.5 3.5 0 0 0-3.5 3.5V10H8v3.5h2.5V21H14v-7.5h2.5L17 10h-3V8a.9.9 0 0 1 .9-.9h1.6z",
  copy: "M10 14a4 4 0 0 0 5.7 0l3.1-3.1a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3.1 3.1a4 4 0 0 0 5.7 5.7l1-1",
  native: "M18 8a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM6 14.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM18 21a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM8.2 10.8l7.6-4.1M8.2 13.2l7.6 4.1",
};

const icon = (id: keyof typeof ICONS, size: number) =>
  `<svg viewBox="0 0 24 24" width="${size}" height="${size}" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" stroke-linecap="round"><path d="${ICONS[id]}"></path></svg>`;

/**
 * Share links for a story, one live update or one gallery photo, as HTML: WhatsApp, Telegram, X,
 * Facebook, "Salin tautan" and, where the browser has a share sheet, "Bagikan". Plain links that open
 * the service in a new tab; warta.js (`shareLinks`) adds the copy and the share sheet. Every button
 * has a fixed size and "Bagikan" only turns visible (its place is kept), so nothing moves when it
 * shows. A string, not a component, because a live update's HTML is also made outside React (the
 * poll answer, lib/live-html.ts); components/article/ShareLinks.tsx prints the same.
 * @example shareLinksHtml({ url: "https://warta.example/berita/a/b", title: "Banjir" }) // '<div data-share="" …'
 */
export function shareLinksHtml({ url, title, compact = false, label = "Bagikan berita ini" }: ShareLinksOptions): string {
  const targets = shareTargets(url, title);
  const copyUrl = targets[targets.length - 1].href;
  const iconSize = compact ? 16 : 20;
  const button = `inline-flex ${compact ? "size-8" : "size-10"} items-center justify-center rounded-full border border-slate-300 text-slate-700 hover:border-brand hover:text-brand`;
  const items = targets.map((t) => {
    // "Salin tautan" stays in the page; the services open in a tab of their own.
    const attrs = t.id === "copy" ? "data-share-copy=\"\"" : 'target="_blank" rel="noopener noreferrer"';
    return `<li><a href="${escapeHtml(t.href)}" ${attrs} title="${escapeHtml(t.name)}" class="${button}">${icon(t.id, iconSize)}<span class="sr-only">${escapeHtml(t.name)}</span></a></li>`;
  });
  return (
    `<div data-share="" data-share-url="${escapeHtml(copyUrl)}" data-share-title="${escapeHtml(title)}" class="relative ${compact ? "mt-2" : "mt-4"}">` +
    `<ul aria-label="${escapeHtml(label)}" class="flex flex-wrap items-center gap-2">${items.join("")}` +
    // Invisible until warta.js finds navigator.share: with JavaScript off, or on a browser without
    // a share sheet, there is no button that does nothing.
    `<li><button type="button" data-share-native="" title="Bagikan" class="${button} invisible [html[data-share-sheet]_&]:visible">${icon("native", iconSize)}<span class="sr-only">Bagikan</span></button></li></ul>` +
    // warta.js writes "Tautan disalin" here; out of the flow, so the note moves nothing.
    `<p role="status" data-share-status="" class="absolute left-0 top-full z-10 mt-1 rounded bg-slate-900 text-xs text-white not-empty:px-2 not-empty:py-1"></p></div>`
  );
}
