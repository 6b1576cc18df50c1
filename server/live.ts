import "server-only";
import { getBodyPhotos } from "@/db/queries/photos";
import { getLiveFeedStory, getLiveReport, getLiveUpdatesSince, type StoredLiveUpdate } from "@/db/queries/live";
import { photoIdsIn } from "@/lib/body-photos";
import { htmlToText } from "@/lib/html";
import { type LiveUpdateItem, updateAnchor } from "@/lib/live";
import { renderLiveUpdate } from "@/lib/live-html";
import { renderRss } from "@/lib/rss";
import { expandStoryHtml } from "@/lib/story-html";
import { absoluteUrl, articlePath, logoPath } from "@/lib/urls";

// The reader side of "Laporan langsung": updates expanded to reader HTML (photos and embeds, through
// the one expander every story body goes through), the poll answer warta.js reads, and the feed.

/** A live report as the story page shows it. */
export type ReaderLiveReport = { startedAt: Date; endedAt: Date | null; updates: LiveUpdateItem[] };

/** Stored updates to reader updates: one photo lookup for all of them. */
async function expand(updates: StoredLiveUpdate[]): Promise<LiveUpdateItem[]> {
  const photos = await getBodyPhotos([...new Set(updates.flatMap((u) => photoIdsIn(u.body)))]);
  return updates.map((u) => ({ id: u.id, body: u.body, html: expandStoryHtml(u.body, photos, { anchorPrefix: `${updateAnchor(u.id)}-foto-` }), keyTitle: u.keyTitle, pinned: u.pinned, createdAt: u.createdAt, updatedAt: u.updatedAt }));
}

/** The story's live report with its updates ready to print, or null when it never had one. */
export async function getReaderLiveReport(articleId: number): Promise<ReaderLiveReport | null> {
  const report = await getLiveReport(articleId);
  return report ? { startedAt: report.startedAt, endedAt: report.endedAt, updates: await expand(report.updates) } : null;
}

/** What `/langsung/<publicId>?sejak=<id>` answers: the newer updates' HTML, newest first. */
export type LivePollAnswer = { ended: boolean; latest: number; count: number; html: string };

/** The poll answer, or null when readers may not see the story or it has no live report. */
export async function getLivePollAnswer(publicId: string, sinceId: number): Promise<LivePollAnswer | null> {
  const found = await getLiveUpdatesSince({ publicId, sinceId });
  if (!found) return null;
  const path = articlePath({ publicId, slug: found.slug });
  const story = { path, url: absoluteUrl(path), title: found.title };
  const updates = await expand(found.updates);
  return {
    ended: found.ended,
    latest: updates[0]?.id ?? sinceId,
    count: updates.length,
    html: updates.map((u) => renderLiveUpdate(u, story)).join(""),
  };
}

/** The story's own feed of updates (`/rss/langsung/<publicId>`), newest first; null as above. */
export async function liveRssXml(publicId: string, now = new Date()): Promise<string | null> {
  const story = await getLiveFeedStory(publicId, now);
  if (!story) return null;
  const report = await getLiveReport(story.id);
  const url = absoluteUrl(articlePath(story));
  const updates = report?.updates ?? [];
  return renderRss(
    {
      title: `Laporan langsung: ${story.title}`,
      link: url,
      description: story.lead,
      selfUrl: absoluteUrl(`/rss/langsung/${story.publicId}`),
      imageUrl: absoluteUrl(logoPath),
      lastBuildDate: updates[0]?.updatedAt ?? story.startedAt ?? now,
    },
    updates.map((u) => ({
      title: u.keyTitle || htmlToText(u.body).split("\n")[0].slice(0, 110),
      link: `${url}#${updateAnchor(u.id)}`,
      guid: absoluteUrl(`/berita/${story.publicId}#${updateAnchor(u.id)}`),
      description: htmlToText(u.body),
      pubDate: u.createdAt,
      author: u.author,
      categories: u.keyTitle ? ["Poin penting"] : [],
      image: null,
    })),
  );
}
