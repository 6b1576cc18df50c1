import { embedLoneLinks, embedsAsLinks } from "./embeds";
import { escapeHtml, htmlToText } from "./html";
import { sanitizeBody } from "./sanitize";
import { toWibIso } from "./wib";
import { z } from "./zod";

// "Laporan langsung": a story with a stream of updates. The pure rules live here: what the update
// form accepts and how its plain text becomes the stored body format (docs/decisions, live reports),
// the order readers see, the anchors, and the schema.org LiveBlogPosting fields.

/** Longest update text: a live update is a few paragraphs, not a story. */
export const LIVE_TEXT_MAX = 5000;
/** Longest "Poin penting" title: a line in the key events list. */
export const KEY_TITLE_MAX = 120;

/** A story's live state, as the articles row keeps it. */
export type LiveState = { liveStartedAt: Date | null; liveEndedAt: Date | null };

/**
 * The LANGSUNG badge shows while a report has begun and not ended.
 * @example isLiveNow({ liveStartedAt: new Date(), liveEndedAt: null }) // true
 */
export function isLiveNow(s: Partial<LiveState>): boolean {
  return !!s.liveStartedAt && !s.liveEndedAt;
}

/** The anchor of one update on the story page. @example updateAnchor(12) // "pembaruan-12" */
export function updateAnchor(id: number): string {
  return `pembaruan-${id}`;
}

/** The anchor of the live section itself. */
export const LIVE_ANCHOR = "laporan-langsung";

/** An update as readers get it: the stored body, and the same expanded to reader HTML by the caller. */
export type LiveUpdateItem = {
  id: number;
  /** As stored: what the structured data reads, free of the page's "Putar video" and share labels. */
  body: string;
  html: string;
  keyTitle: string;
  pinned: boolean;
  createdAt: Date;
  updatedAt: Date;
};

/**
 * The order of the page: the pinned update on top, then newest first (ids grow with time, and
 * break ties between updates posted in the same millisecond).
 * @example orderUpdates([{ id: 1, pinned: true }, { id: 2, pinned: false }]) // ids [1, 2]
 */
export function orderUpdates<T extends { id: number; pinned: boolean }>(updates: T[]): T[] {
  return [...updates].sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.id - a.id);
}

/** The "Poin penting" list: updates with a key title, newest first. */
export function keyEvents<T extends { id: number; keyTitle: string }>(updates: T[]): T[] {
  return updates.filter((u) => u.keyTitle !== "").sort((a, b) => b.id - a.id);
}

const URL_LINE = /^https?:\/\/\S+$/;

/**
 * The update form's plain text as the stored body format: a blank line starts a paragraph, a
 * single line break stays one, a link alone on its line becomes a link paragraph of its own, blank
 * line or not (where the embed rules turn a supported provider's link into a typed embed), and a
 * library photo id becomes `<figure data-photo>` after the text. The caller sanitizes the result.
 * @example textToUpdateHtml("Satu\nhttps://youtu.be/x\n\nDua", 4) // '<p>Satu</p><p><a href="https://youtu.be/x">https://youtu.be/x</a></p><p>Dua</p><figure data-photo="4"></figure>'
 */
export function textToUpdateHtml(text: string, photoId: number | null): string {
  const paragraphs: string[] = [];
  for (const block of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    // Lines between two link lines (or the block's ends) stay one paragraph with line breaks.
    let lines: string[] = [];
    const flush = () => {
      if (lines.length) paragraphs.push(`<p>${lines.map(escapeHtml).join("<br>")}</p>`);
      lines = [];
    };
    for (const line of block.split("\n").map((l) => l.trim())) {
      if (!URL_LINE.test(line)) {
        if (line) lines.push(line);
        continue;
      }
      flush();
      const href = escapeHtml(line);
      paragraphs.push(`<p><a href="${href}">${href}</a></p>`);
    }
    flush();
  }
  const photo = photoId ? `<figure data-photo="${photoId}"></figure>` : "";
  return paragraphs.join("") + photo;
}

/**
 * A stored update back in the form's fields, for "Sunting": the text (a link paragraph as its
 * address) and the first library photo's id. The inverse of textToUpdateHtml for what it makes.
 * The key title is the caller's to add.
 * @example updateHtmlToFields('<p>Satu<br>dua</p><figure data-photo="4"></figure>') // { pembaruan: "Satu\ndua", "foto-pembaruan": "4", "poin-penting": "" }
 */
export function updateHtmlToFields(html: string): Record<LiveFormField, string> {
  const photo = /<figure\b[^>]*\sdata-photo="(\d+)"/.exec(html);
  const withoutFigures = embedsAsLinks(html).replace(/<figure\b[\s\S]*?<\/figure>/g, "");
  const linksAsText = withoutFigures.replace(/<a\b[^>]*\shref="([^"]*)"[^>]*>[\s\S]*?<\/a>/g, (_, href: string) => href);
  const text = htmlToText(linksAsText.replace(/<br\s*\/?>/g, "\u2028")).replace(/ ?\u2028 ?/g, "\n");
  return { pembaruan: text, "foto-pembaruan": photo ? photo[1] : "", "poin-penting": "" };
}

const photoIdField = z
  .string()
  .trim()
  .refine((v) => v === "" || /^[1-9][0-9]{0,8}$/.test(v), "Nomor foto berupa angka dari pustaka foto, atau kosongkan.")
  .transform((v) => (v === "" ? null : Number(v)));

/**
 * The update form's fields. Named apart from the article form's (isi, foto) on the same page, so
 * that no two controls share an id.
 */
export const LIVE_FORM_FIELDS = ["pembaruan", "foto-pembaruan", "poin-penting"] as const;
export type LiveFormField = (typeof LIVE_FORM_FIELDS)[number];

/**
 * The update form: Pembaruan (text), Nomor foto (a library photo id, optional) and Poin penting
 * (an optional key event title), parsed into the words the code uses once, here.
 */
export const liveUpdateFormSchema = z
  .object({
    pembaruan: z.string().trim().min(1, "Tulis isi pembaruan.").max(LIVE_TEXT_MAX, `Isi pembaruan paling panjang ${LIVE_TEXT_MAX} karakter.`),
    "foto-pembaruan": photoIdField,
    "poin-penting": z.string().trim().max(KEY_TITLE_MAX, `Judul poin penting paling panjang ${KEY_TITLE_MAX} karakter.`),
  })
  .transform((v, ctx) => {
    // A video or post link alone on its line becomes an embed, as in the story's body.
    const { html, refused } = embedLoneLinks(sanitizeBody(textToUpdateHtml(v.pembaruan, v["foto-pembaruan"])));
    if (refused.length) {
      const { url, error } = refused[0];
      ctx.addIssue({ code: "custom", path: ["pembaruan"], message: `${url}: ${error} Bila memang ingin tautan biasa, tulis teks lain di baris itu.` });
      return z.NEVER;
    }
    return { html, photoId: v["foto-pembaruan"], keyTitle: v["poin-penting"] };
  });

export type LiveUpdateInput = z.output<typeof liveUpdateFormSchema>;

/** What the LiveBlogPosting needs of the report. */
export type LiveCoverage = {
  startedAt: Date;
  endedAt: Date | null;
  /** body is the stored update, not reader HTML: an embed or photo adds no button labels to the text. */
  updates: { id: number; body: string; keyTitle: string; createdAt: Date; updatedAt: Date }[];
};

/**
 * The fields that make a NewsArticle a schema.org LiveBlogPosting: the coverage times (the end
 * only once the report ended) and each update as a BlogPosting with its own anchor URL, newest first.
 * @example liveBlogFields({ startedAt: d, endedAt: null, updates: [] }, "https://x/berita/a") // { "@type": "LiveBlogPosting", coverageStartTime: "…+07:00", liveBlogUpdate: [] }
 */
export function liveBlogFields(live: LiveCoverage, url: string): Record<string, unknown> {
  return {
    "@type": "LiveBlogPosting",
    coverageStartTime: toWibIso(live.startedAt),
    ...(live.endedAt ? { coverageEndTime: toWibIso(live.endedAt) } : {}),
    liveBlogUpdate: [...live.updates]
      .sort((a, b) => b.id - a.id)
      .map((u) => {
        const text = htmlToText(u.body);
        return {
          "@type": "BlogPosting",
          "@id": `${url}#${updateAnchor(u.id)}`,
          url: `${url}#${updateAnchor(u.id)}`,
          headline: u.keyTitle || headlineOf(text),
          articleBody: text,
          datePublished: toWibIso(u.createdAt),
          dateModified: toWibIso(u.updatedAt),
        };
      }),
  };
}

/** An update's headline when it has no key title: its first words, as schema.org wants a short one. */
function headlineOf(text: string): string {
  const first = text.split("\n")[0];
  return first.length <= 110 ? first : `${first.slice(0, 109).replace(/\s+\S*$/, "")}…`;
}

/** The latest moment the report changed, for dateModified: the story's own edit or its newest update. */
export function lastLiveChange(updatedAt: Date, live: LiveCoverage | null): Date {
  let last = updatedAt.getTime();
  for (const t of [live?.endedAt, ...(live?.updates ?? []).map((u) => u.updatedAt)]) if (t && t.getTime() > last) last = t.getTime();
  return new Date(last);
}
