import { escapeHtml } from "./html";
import { shareLinksHtml } from "./share-html";
import { type LiveUpdateItem, updateAnchor } from "./live";
import { formatWibShort, toWibIso } from "./wib";

/** The story a live update belongs to: its path, absolute URL and title (for the share links). */
export type LiveStory = { path: string; url: string; title: string };

/**
 * One update of a live report as reader HTML: the `<li>` the story page lists and the poll answer
 * (`/langsung/<publicId>`) hands to warta.js, made in this one place so both are the same. The
 * time, the pinned mark, the "Poin penting" title, the update's HTML (already expanded from the
 * stored body by expandStoryHtml) a visible link to the update's own anchor, and share links for that anchor.
 * @example renderLiveUpdate({ id: 3, html: "<p>Hai</p>", keyTitle: "", pinned: false, createdAt, updatedAt }, "/berita/a/b") // '<li id="pembaruan-3" …'
 */
export function renderLiveUpdate(u: LiveUpdateItem, story: LiveStory): string {
  const anchor = updateAnchor(u.id);
  const link = `${story.path}#${anchor}`;
  return (
    `<li id="${anchor}" data-update="${u.id}"${u.pinned ? ' data-pinned=""' : ""} class="scroll-mt-4 border-t border-slate-200 py-5">` +
    `<p class="text-sm text-slate-600">` +
    (u.pinned ? `<strong class="mr-2 text-red-800">Disematkan</strong>` : "") +
    `<time datetime="${toWibIso(u.createdAt)}">${formatWibShort(u.createdAt)}</time></p>` +
    (u.keyTitle ? `<h3 class="mt-1 font-serif text-xl font-bold leading-snug">${escapeHtml(u.keyTitle)}</h3>` : "") +
    `<div class="article-body mt-2 font-serif text-lg leading-relaxed">${u.html}</div>` +
    `<p class="mt-2 text-sm"><a href="${escapeHtml(link)}" class="font-semibold text-slate-700 underline underline-offset-2" data-update-link="">Tautan pembaruan ini<span class="sr-only"> (${formatWibShort(u.createdAt)})</span></a></p>` +
    shareLinksHtml({ url: `${story.url}#${anchor}`, title: u.keyTitle ? `${u.keyTitle} | ${story.title}` : story.title, compact: true, label: `Bagikan pembaruan ${formatWibShort(u.createdAt)}` }) +
    `</li>`
  );
}
