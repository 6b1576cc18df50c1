/**
 * Baca Juga weights: a shared tag is the strongest sign that two stories belong together,
 * then wording, then the kanal; freshness breaks near-ties in favour of current news.
 */
export const BACA_JUGA_WEIGHTS = { tag: 3, kanal: 1, text: 2, freshness: 1 } as const;
/** A story this many days old gets half of the freshness point. */
export const FRESHNESS_HALF_LIFE_DAYS = 7;

const DAY = 24 * 60 * 60 * 1000;

// Words that say nothing about a story's subject; left in, they would match every article.
const STOPWORDS = new Set(
  (
    "ada adalah agar akan antara atas atau bagi bahwa banyak baru belum bisa dalam dan dapat dari dengan di dia hal " +
    "hingga ia ini itu jadi juga kami kata ke kita lagi lain lebih masih mereka namun nya oleh pada para per pun saat " +
    "saja sampai sebagai secara sejak sementara serta setelah sudah tak tapi telah tentang terhadap tetapi tidak untuk " +
    "usai yaitu yakni yang the of and in on for to a an is"
  ).split(" "),
);

/**
 * An FTS5 MATCH expression from free text: every word becomes a quoted term, so that
 * nothing in a headline (quotes, `*`, `:`, `-`, NEAR, AND, OR) can act as query syntax.
 * Words are OR-ed, so bm25 ranks by how many and how rare the shared words are.
 * Null when no word is left.
 * @example ftsMatch("Harga Beras Naik di Pasar", ["title", "lead"]) // '{title lead} : ("harga" OR "beras" OR "naik" OR "pasar")'
 */
export function ftsMatch(text: string, columns: string[], maxTerms = 24): string | null {
  const terms = relatedTerms(text, maxTerms);
  if (terms.length === 0) return null;
  return `{${columns.join(" ")}} : (${terms.map((t) => `"${t}"`).join(" OR ")})`;
}

/**
 * The words Baca Juga compares stories by: lower-case, without diacritics, two letters or
 * more, no stopwords, each once, at most `maxTerms`. Only letters and digits, so no query
 * syntax of either engine survives.
 * @example relatedTerms("Kafé di Pasar, harga kafe naik") // ["kafe", "pasar", "harga", "naik"]
 */
export function relatedTerms(text: string, maxTerms = 24): string[] {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !STOPWORDS.has(w));
  return [...new Set(words)].slice(0, maxTerms);
}

export type RelatedCandidate = {
  id: number;
  /** Tags this story shares with the one being read. */
  sharedTags: number;
  sameKanal: boolean;
  /** FTS5 bm25 of the story against the read story's title and lead: negative, lower is closer; null when no word matched. */
  bm25: number | null;
  publishedAt: Date;
};

export type ScoredCandidate = RelatedCandidate & { score: number };

/**
 * Scores Baca Juga candidates: 3 per shared tag, 1 for the same kanal, up to 2 for
 * wording (the closest headline-and-lead match gets 2, the rest their share of it) and
 * up to 1 for freshness, halving every week. Best first; ties go to the newer story.
 */
export function scoreRelated(candidates: RelatedCandidate[], now: Date): ScoredCandidate[] {
  const best = Math.min(0, ...candidates.map((c) => c.bm25 ?? 0));
  const w = BACA_JUGA_WEIGHTS;
  return candidates
    .map((c) => {
      const text = c.bm25 !== null && best < 0 ? c.bm25 / best : 0;
      const ageDays = Math.max(0, now.getTime() - c.publishedAt.getTime()) / DAY;
      const freshness = 0.5 ** (ageDays / FRESHNESS_HALF_LIFE_DAYS);
      const score = w.tag * c.sharedTags + w.kanal * (c.sameKanal ? 1 : 0) + w.text * text + w.freshness * freshness;
      return { ...c, score };
    })
    .sort((a, b) => b.score - a.score || b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id);
}

/**
 * The first `limit` items of the lists in order, each story once, none of `exclude`:
 * how pins and scored stories make Baca Juga, and how Berita Lainnya is topped up.
 * @example takeUnique([[{ id: 1 }, { id: 2 }], [{ id: 2 }, { id: 3 }]], { exclude: [1], limit: 5 }) // [{ id: 2 }, { id: 3 }]
 */
export function takeUnique<T extends { id: number }>(lists: T[][], opts: { exclude: number[]; limit: number }): T[] {
  const seen = new Set(opts.exclude);
  const out: T[] = [];
  for (const item of lists.flat()) {
    if (out.length >= opts.limit) break;
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    out.push(item);
  }
  return out;
}
