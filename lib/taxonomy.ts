// Kanal, tags and author profiles: what the newsroom may type, and which reader pages a change drops.
// Pure: the mutations report facts (db/mutations/taxonomy.ts), server/revalidate.ts drops what these name.
import { KANAL_PAGES_ROUTE, TAG_PAGES_ROUTE } from "./route-patterns";
import { authorPath, kanalPath, tagPath } from "./urls";

/** Stories a kanal, tag or author list shows on one page (the reader pages' PAGE_SIZE). */
export const LIST_PAGE_SIZE = 10;

const SLUG_MAX = 80;

/**
 * Why a slug typed by an editor cannot be used, in Indonesian, or null when it can: lower-case
 * letters, digits and single hyphens between them, as slugify makes them.
 * @example slugProblem("Ekonomi Bisnis") // "Slug hanya boleh berisi huruf kecil a–z, angka dan tanda hubung (-)."
 */
export function slugProblem(slug: string): string | null {
  if (!slug) return "Isi slug.";
  if (slug.length > SLUG_MAX) return `Slug paling panjang ${SLUG_MAX} karakter.`;
  if (!/^[a-z0-9-]+$/.test(slug)) return "Slug hanya boleh berisi huruf kecil a–z, angka dan tanda hubung (-).";
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return "Slug tidak boleh diawali, diakhiri, atau berisi dua tanda hubung berurutan.";
  return null;
}

/**
 * The profile links an author typed, one a line: http(s) addresses only, at most five.
 * @example parseProfileLinks("https://x.com/dimas\n\n https://dimas.id ") // { ok: true, links: ["https://x.com/dimas", "https://dimas.id"] }
 */
export function parseProfileLinks(text: string): { ok: true; links: string[] } | { ok: false; message: string } {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length > 5) return { ok: false, message: "Paling banyak 5 tautan." };
  for (const line of lines) {
    let url: URL | null = null;
    try {
      url = new URL(line);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || line.length > 300) {
      return { ok: false, message: `Tautan tidak valid: ${line.slice(0, 60)}. Tulis alamat lengkap yang diawali https://.` };
    }
  }
  return { ok: true, links: lines };
}

/**
 * The order after moving one item a step up or down among its siblings; unchanged at either end.
 * @example moveStep([4, 7, 9], 7, "up") // [7, 4, 9]
 */
export function moveStep<T>(ids: readonly T[], id: T, direction: "up" | "down"): T[] {
  const out = [...ids];
  const i = out.indexOf(id);
  const j = direction === "up" ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= out.length) return out;
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

/** A list's own paths: page 1, and page 2 onward as next.config.js rewrites `?halaman=N` to them. */
function listPaths(base: string, stories: number): string[] {
  const pages = Math.ceil(stories / LIST_PAGE_SIZE);
  return [base, ...Array.from({ length: Math.max(0, pages - 1) }, (_, i) => `${base}/halaman/${i + 2}`)];
}

/** What readers see of a kanal, on one side of a write. */
export type KanalFacts = {
  slug: string;
  name: string;
  description: string;
  parentSlug: string | null;
  /** Hidden itself, or under a hidden parent: either way it is not in the navigation. */
  hidden: boolean;
  position: number;
  /** Visible stories its page lists (its sub-kanal's included). */
  stories: number;
  /** Its earlier slugs: their cached 308s name its current address (or it is gone). */
  oldSlugs?: string[];
};

/** What a kanal write did: `before` null for a new kanal, `after` null for a deleted one. */
export type KanalChange = { before: KanalFacts | null; after: KanalFacts | null; /** The kanal its stories moved to (delete). */ movedTo?: KanalFacts };

/**
 * The reader pages to drop: every page (the navigation or the cards changed), or these paths, and
 * every page of these route patterns (an old slug's 308 may be cached for any page number).
 */
export type ReaderDrop = { everyPage: boolean; paths: string[]; routes?: string[] };

/**
 * Adds the old slugs' first pages to `paths`, and returns the later pages' route pattern when there
 * are any: a reader may have asked an old address for any page number (`?halaman=57`), and its 308
 * is cached under that number. Old slugs are few and change rarely, so the whole pattern goes.
 */
function oldSlugDrop(oldSlugs: Set<string>, base: (slug: string) => string, laterPages: string, paths: Set<string>): string[] {
  for (const slug of oldSlugs) paths.add(base(slug));
  return oldSlugs.size > 0 ? [laterPages] : [];
}

const navEntry = (k: KanalFacts | null) => (k && !k.hidden ? `${k.slug}|${k.name}|${k.parentSlug}|${k.position}` : null);

/**
 * Which reader pages a kanal change drops. The navigation is in the layout of every reader page,
 * and every story card names and links its kanal: a change to either drops every page. Otherwise
 * only the kanal's own pages and its parent's (which lists the sub-kanal) go. The 308s of its old slugs
 * go too, or they would name a slug that is itself old now (two hops) or gone (a 308 to a 404).
 * @example kanalInvalidation({ before: null, after: { slug: "sains", name: "Sains", description: "", parentSlug: null, hidden: true, position: 9, stories: 0 } }) // { everyPage: false, paths: ["/kanal/sains"] }
 */
export function kanalInvalidation(c: KanalChange): ReaderDrop {
  const navChanged = navEntry(c.before) !== navEntry(c.after);
  const cardsChanged =
    (c.before?.stories ?? 0) > 0 && (!c.after || c.before!.name !== c.after.name || c.before!.slug !== c.after.slug);
  const paths = new Set<string>();
  const sides = [c.before, c.after, c.movedTo].filter((s): s is KanalFacts => !!s);
  for (const side of sides) {
    for (const p of listPaths(kanalPath(side.slug), side.stories)) paths.add(p);
    if (side.parentSlug) paths.add(kanalPath(side.parentSlug));
  }
  const routes = oldSlugDrop(new Set(sides.flatMap((s) => s.oldSlugs ?? [])), kanalPath, KANAL_PAGES_ROUTE, paths);
  return { everyPage: navChanged || cardsChanged, paths: [...paths], ...(routes.length ? { routes } : {}) };
}

/** What readers see of a tag, on one side of a write. */
export type TagFacts = {
  slug: string;
  name: string;
  description: string;
  stories: number;
  /** Its visible stories' addresses: their pages list the tag by name and link it. */
  articlePaths: string[];
  /** Its earlier slugs (and merged tags'): their cached 308s name its current address. */
  oldSlugs?: string[];
};

/** What a tag write did; a merge reports the merged tag (after null) and the tag it went into. */
export type TagChange = { before: TagFacts | null; after: TagFacts | null; mergedInto?: { before: TagFacts; after: TagFacts } };

/**
 * Which reader pages a tag change drops: the tag's pages on both sides (the old slug starts
 * redirecting), and its stories' pages when their tag list reads differently.
 * @example tagInvalidation({ before: { slug: "rob", name: "Rob", description: "", stories: 1, articlePaths: ["/berita/k3v9q2mz/rob"] }, after: { slug: "rob", name: "Rob", description: "Banjir pasang", stories: 1, articlePaths: ["/berita/k3v9q2mz/rob"] } }) // { everyPage: false, paths: ["/tag/rob"] }
 */
export function tagInvalidation(c: TagChange): ReaderDrop {
  const paths = new Set<string>();
  const sides = [c.before, c.after, c.mergedInto?.before, c.mergedInto?.after].filter((s): s is TagFacts => !!s);
  for (const side of sides) for (const p of listPaths(tagPath(side.slug), side.stories)) paths.add(p);
  const routes = oldSlugDrop(new Set(sides.flatMap((s) => s.oldSlugs ?? [])), tagPath, TAG_PAGES_ROUTE, paths);
  const relabelled = !c.after || !c.before || c.before.name !== c.after.name || c.before.slug !== c.after.slug;
  if (relabelled) for (const p of c.before?.articlePaths ?? []) paths.add(p);
  return { everyPage: false, paths: [...paths], ...(routes.length ? { routes } : {}) };
}

/**
 * The pages an author profile shows on: the author page and its later pages.
 * @example authorInvalidation({ slug: "dimas", stories: 12 }) // { everyPage: false, paths: ["/penulis/dimas", "/penulis/dimas/halaman/2"] }
 */
export function authorInvalidation(a: { slug: string; stories: number }): ReaderDrop {
  return { everyPage: false, paths: listPaths(authorPath(a.slug), a.stories) };
}
