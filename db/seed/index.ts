import { count, sql } from "drizzle-orm";
import { embedLoneLinks } from "@/lib/embeds";
import { htmlToText, paragraphsToHtml } from "@/lib/html";
import { generatePublicId } from "@/lib/public-id";
import { slugify } from "@/lib/slug";
import { type Engine, getEngine } from "../engine";
import type { RevisionData } from "../mutations/article-revisions";
import { siteConfig } from "@/lib/config";
import type { MediaStore } from "@/lib/media";
import { encodeSetting } from "@/lib/settings";
import type { ArticleStatus } from "@/lib/domain";
import {
  adCreativeKanal,
  adCreatives,
  adStatsDaily,
  articleRevisions,
  articles,
  articleTags,
  articleViews,
  kanal,
  media,
  siteSettings,
  staff,
  tags,
} from "../tables";
import { AD_SLOT_SIZES } from "@/lib/ads/slots";
import { seedFigureStories } from "./rich-figures";
import { renderSeedAd, seedAds, seedAdsTxt, seedAdWindow } from "./ads";
import { embedArticles } from "./rich-embeds";
import { ekonomiTeknologiArticles } from "./articles/ekonomi-teknologi";
import { internasionalArticles } from "./articles/internasional";
import { nasionalArticles } from "./articles/nasional";
import { olahragaGayaHidupArticles } from "./articles/olahraga-gaya-hidup";
import { seedKanal } from "./kanal";
import { seedLiveReport } from "./live-report";
import { PHOTO_HEIGHT, PHOTO_WIDTH, renderSeedPhoto } from "./photos";
import { createRandom } from "./random";
import { seedStaff } from "./staff";
import type { SeedArticle } from "./types";

const HOUR = 60 * 60 * 1000;
const SPREAD_HOURS = 14 * 24 - 6;

const KANAL_COLORS: Record<string, string> = {
  nasional: "#b91c1c",
  internasional: "#1d4ed8",
  "dunia-islam": "#047857",
  ekonomi: "#b45309",
  olahraga: "#7c3aed",
  teknologi: "#0e7490",
  "gaya-hidup": "#be185d",
};

export const seedArticles: SeedArticle[] = [
  ...nasionalArticles,
  ...internasionalArticles,
  ...ekonomiTeknologiArticles,
  ...olahragaGayaHidupArticles,
  ...embedArticles,
];

export type SeedSummary = { kanal: number; articles: number; published: number; tags: number; staff: number };

/**
 * Replaces all content with the demo newsroom. Dates are relative to `now`, so the
 * portal always looks current: published stories spread over the last 14 days,
 * one scheduled story two days ahead and drafts without a date.
 */
export async function seedDatabase(
  opts: { now: Date; media: MediaStore; siteUrl?: string },
  engine: Engine = getEngine(),
): Promise<SeedSummary> {
  const rnd = createRandom(20260203);
  const now = opts.now.getTime();

  // Interleave kanal so that every day has a mix of stories, as on a real front page.
  const published = seedArticles.filter((a) => (a.status ?? "published") === "published");
  const order = published.map((a) => ({ a, key: rnd.next() })).sort((x, y) => x.key - y.key);
  const publishTimes = new Map<SeedArticle, number>();
  order.forEach(({ a }, i) => {
    const ageHours = 1 + (i * SPREAD_HOURS) / order.length + rnd.next() * 3;
    publishTimes.set(a, Math.floor((now - ageHours * HOUR) / 60000) * 60000);
  });

  // Photos render in parallel; ids and drawings still come out in a fixed order because
  // each call draws from the PRNG synchronously before its first await.
  const prepared = await Promise.all(
    seedArticles.map(async (a) => {
      const publicId = generatePublicId(rnd.bytes);
      const photoPath = await renderSeedPhoto({
        media: opts.media,
        name: publicId,
        color: KANAL_COLORS[a.kanal] ?? "#334155",
        rnd,
      });
      const status: ArticleStatus = a.status ?? "published";
      const publishedAt =
        status === "published" ? publishTimes.get(a)! : status === "scheduled" ? now + 2 * 24 * HOUR : null;
      return { a, publicId, photoPath, status, publishedAt };
    }),
  );

  const adPictures = await Promise.all(seedAds.map((ad, index) => (ad.html ? null : renderSeedAd({ media: opts.media, ad, index }))));
  const siteUrl = opts.siteUrl ?? siteConfig.url;

  const summary = await engine.transaction(async (tx) => {
    for (const table of [adStatsDaily, adCreativeKanal, adCreatives, articleViews, articleRevisions, articleTags, articles, media, tags]) {
      await tx.delete(table);
    }
    await tx.update(kanal).set({ parentId: null });
    await tx.delete(kanal);
    await tx.delete(staff);

    const staffIds = new Map<string, number>();
    for (const s of seedStaff) {
      const [row] = await tx.insert(staff).values({ slug: s.slug, name: s.name, role: s.role, bio: s.bio }).returning({ id: staff.id });
      staffIds.set(s.slug, row.id);
    }

    const kanalIds = new Map<string, number>();
    for (const [position, k] of seedKanal.entries()) {
      const [row] = await tx
        .insert(kanal)
        .values({
          slug: k.slug,
          name: k.name,
          description: k.description,
          position,
          parentId: k.parent ? kanalIds.get(k.parent) : null,
        })
        .returning({ id: kanal.id });
      kanalIds.set(k.slug, row.id);
    }

    const tagIds = new Map<string, number>();
    const tagId = async (name: string) => {
      const slug = slugify(name);
      let id = tagIds.get(slug);
      if (id === undefined) {
        [{ id }] = await tx.insert(tags).values({ slug, name }).returning({ id: tags.id });
        tagIds.set(slug, id);
      }
      return id;
    };

    const need = <T>(map: Map<string, T>, key: string, what: string): T => {
      const v = map.get(key);
      if (v === undefined) throw new Error(`Seed: ${what} "${key}" tidak dikenal`);
      return v;
    };

    for (const { a, publicId, photoPath, status, publishedAt } of prepared) {
      const photoAlt = `Ilustrasi: ${a.photo.alt}`;
      const at = publishedAt ?? now - 3 * HOUR;
      const [photo] = await tx
        .insert(media)
        .values({
          path: photoPath,
          width: PHOTO_WIDTH,
          height: PHOTO_HEIGHT,
          alt: photoAlt,
          caption: a.photo.caption,
          credit: a.photo.credit,
          // Taken for the story: the library lists it with the story's own day.
          createdAt: new Date(Math.min(at, now) - 2 * HOUR),
        })
        .returning({ id: media.id });
      const body = embedLoneLinks(paragraphsToHtml(a.paragraphs)).html;
      const [article] = await tx
        .insert(articles)
        .values({
          publicId,
          slug: slugify(a.title),
          title: a.title,
          lead: a.lead,
          dateline: a.dateline,
          body,
          bodyText: htmlToText(body),
          kanalId: need(kanalIds, a.kanal, "kanal"),
          reporterId: need(staffIds, a.reporter, "reporter"),
          editorId: need(staffIds, a.editor, "redaktur"),
          photoId: photo.id,
          status,
          noAds: a.noAds ?? false,
          publishedAt: publishedAt === null ? null : new Date(publishedAt),
          createdAt: new Date(Math.min(at, now) - 2 * HOUR),
          updatedAt: new Date(Math.min(at, now)),
        })
        .returning({ id: articles.id });
      // Every story starts with the revision of its first save, so editors can always go back to it.
      const kanalId = need(kanalIds, a.kanal, "kanal");
      const revision: RevisionData = {
        title: a.title,
        slug: slugify(a.title),
        kanalId,
        tags: a.tags,
        lead: a.lead,
        dateline: a.dateline,
        body,
        bodyText: htmlToText(body),
        reporterId: need(staffIds, a.reporter, "reporter"),
        editorId: need(staffIds, a.editor, "redaktur"),
        relatedPublicIds: [],
        status,
        publishedAt,
        photoId: photo.id,
        photoCaption: a.photo.caption,
        photoCredit: a.photo.credit,
        photoAlt,
        noAds: a.noAds ?? false,
      };
      await tx
        .insert(articleRevisions)
        .values({ articleId: article.id, version: 1, savedById: revision.editorId, savedAt: new Date(Math.min(at, now)), data: JSON.stringify(revision) });
      for (const [position, name] of a.tags.entries()) {
        await tx.insert(articleTags).values({ articleId: article.id, tagId: await tagId(name), position }).onConflictDoNothing();
      }

      if (status === "published" && publishedAt !== null) {
        // Readership spikes in the first hours and fades over about a day, with some
        // stories far more popular than others: enough shape for a believable Terpopuler.
        const popularity = 40 + Math.floor(rnd.next() ** 3 * 900);
        const firstBucket = Math.floor(publishedAt / HOUR) * HOUR;
        const buckets = [];
        for (let bucket = firstBucket; bucket <= now; bucket += HOUR) {
          const age = (bucket - firstBucket) / HOUR;
          const views = Math.round(popularity * Math.exp(-age / 16) * (0.6 + rnd.next() * 0.8));
          if (views > 0) buckets.push({ articleId: article.id, bucketStart: bucket, views });
        }
        // At most 14 days of hours (336 rows, 3 values each) in one statement.
        if (buckets.length) await tx.insert(articleViews).values(buckets);
      }
    }

    await seedLiveReport(tx);

    for (const [index, ad] of seedAds.entries()) {
      const pictures = adPictures[index];
      const size = (slot: typeof ad.slot, phone: boolean) => {
        const s = phone ? AD_SLOT_SIZES[slot].phone! : AD_SLOT_SIZES[slot].desktop;
        return { width: s.width, height: s.height };
      };
      const picture = async (path: string | null, phone: boolean) => {
        if (!path) return null;
        const [row] = await tx.insert(media).values({ path, ...size(ad.slot, phone), alt: ad.alt }).returning({ id: media.id });
        return row.id;
      };
      const [creative] = await tx
        .insert(adCreatives)
        .values({
          name: ad.name,
          slot: ad.slot,
          kind: ad.html ? "html" : "image",
          imageId: await picture(pictures?.desktop ?? null, false),
          mobileImageId: await picture(pictures?.phone ?? null, true),
          targetUrl: ad.target ? `${siteUrl}${ad.target}` : "",
          altText: ad.alt,
          html: ad.html ?? "",
          ...seedAdWindow(ad, now),
          weight: ad.weight ?? 1,
        })
        .returning({ id: adCreatives.id });
      for (const slug of ad.kanal ?? []) await tx.insert(adCreativeKanal).values({ creativeId: creative.id, kanalId: need(kanalIds, slug, "kanal") });
    }
    await seedFigureStories(tx, { now, media: opts.media, kanalIds, staffIds });
    await tx
      .insert(siteSettings)
      .values({ key: "adsTxt", value: encodeSetting("adsTxt", seedAdsTxt) })
      .onConflictDoUpdate({ target: siteSettings.key, set: { value: encodeSetting("adsTxt", seedAdsTxt) } });

    // Counted, not added up: the rich-story seeds (rich-figures.ts) add stories of their own.
    const [stories] = await tx
      .select({ all: count(), published: sql<number>`sum(case when ${articles.status} = 'published' then 1 else 0 end)` })
      .from(articles);
    return {
      kanal: kanalIds.size,
      articles: stories.all,
      published: Number(stories.published),
      tags: tagIds.size,
      staff: staffIds.size,
    };
  });
  await engine.search.maintain();
  return summary;
}

/** Removes demo photos from an earlier seed, so a reseed does not leave orphans behind. */
export async function clearSeedPhotos(media: MediaStore): Promise<void> {
  await media.removeFolder("seed");
}
