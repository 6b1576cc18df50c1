import { describe, expect, it } from "vitest";
import { ftsMatch, type RelatedCandidate, relatedTerms, scoreRelated, takeUnique } from "./related";

const NOW = new Date("2026-11-28T01:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 24 * 3600_000);

describe("ftsMatch", () => {
  it("quotes each meaningful word once and drops stopwords", () => {
    expect(ftsMatch("Harga beras naik di pasar, harga cabai ikut naik", ["title", "lead"])).toBe(
      '{title lead} : ("harga" OR "beras" OR "naik" OR "pasar" OR "cabai" OR "ikut")',
    );
  });

  it("leaves no FTS syntax in the query", () => {
    const q = ftsMatch('Kafé "NEAR" AND title: ba* -(OR) ^awal', ["title"])!;
    expect(q).toBe('{title} : ("kafe" OR "near" OR "title" OR "ba" OR "or" OR "awal")');
    expect(q.replace(/"[^"]*"/g, "")).toMatch(/^\{title\} : \(( OR )*\)$/);
  });

  it("keeps at most maxTerms words and gives null when nothing is left", () => {
    expect(ftsMatch("satu dua tiga empat", ["title"], 2)).toBe('{title} : ("satu" OR "dua")');
    expect(ftsMatch("yang di dan ke --", ["title"])).toBeNull();
  });
});

describe("relatedTerms", () => {
  it("folds case and diacritics, drops stopwords and short words, keeps each word once", () => {
    expect(relatedTerms("Kafé di Pasar, harga kafe naik")).toEqual(["kafe", "pasar", "harga", "naik"]);
    expect(relatedTerms("a yang di --")).toEqual([]);
  });
});

const candidate = (c: Partial<RelatedCandidate> & { id: number }): RelatedCandidate => ({
  sharedTags: 0,
  sameKanal: false,
  bm25: null,
  publishedAt: daysAgo(1),
  ...c,
});

describe("scoreRelated", () => {
  it("ranks fixed candidates in the documented order", () => {
    const ranked = scoreRelated(
      [
        candidate({ id: 1, sameKanal: true, publishedAt: daysAgo(0) }),
        candidate({ id: 2, sharedTags: 2, publishedAt: daysAgo(30) }),
        candidate({ id: 3, sharedTags: 1, bm25: -4 }),
        candidate({ id: 4, bm25: -8, sameKanal: true }),
        candidate({ id: 5, sharedTags: 1, bm25: -2, publishedAt: daysAgo(7) }),
      ],
      NOW,
    );
    // Two shared tags beat everything; a tag plus some wording beats the best wording alone.
    expect(ranked.map((r) => r.id)).toEqual([2, 3, 5, 4, 1]);
    expect(ranked[0].score).toBeCloseTo(3 * 2 + 0.5 ** (30 / 7), 6);
    expect(ranked[1].score).toBeCloseTo(3 + 2 * (4 / 8) + 0.5 ** (1 / 7), 6);
    expect(ranked[2].score).toBeCloseTo(3 + 2 * (2 / 8) + 0.5, 6);
    expect(ranked[3].score).toBeCloseTo(2 + 1 + 0.5 ** (1 / 7), 6);
    expect(ranked[4].score).toBeCloseTo(1 + 1, 6);
  });

  it("breaks ties by the newer story, then the higher id", () => {
    const ranked = scoreRelated(
      [
        candidate({ id: 1, sharedTags: 1, publishedAt: daysAgo(2) }),
        candidate({ id: 2, sharedTags: 1, publishedAt: daysAgo(2) }),
        candidate({ id: 3, sharedTags: 1, publishedAt: daysAgo(2) }),
      ],
      NOW,
    );
    expect(ranked.map((r) => r.id)).toEqual([3, 2, 1]);
  });

  it("gives no text points when nothing matched, and never more than 2", () => {
    const [only] = scoreRelated([candidate({ id: 1, publishedAt: NOW })], NOW);
    expect(only.score).toBeCloseTo(1, 6);
    const [best] = scoreRelated([candidate({ id: 1, bm25: -0.001, publishedAt: NOW })], NOW);
    expect(best.score).toBeCloseTo(3, 6);
  });
});

describe("takeUnique", () => {
  it("never repeats a story, never includes an excluded one, and stops at the limit", () => {
    const a = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const b = [{ id: 3 }, { id: 4 }, { id: 5 }, { id: 6 }];
    expect(takeUnique([a, b], { exclude: [2], limit: 4 }).map((x) => x.id)).toEqual([1, 3, 4, 5]);
    expect(takeUnique([a, a], { exclude: [], limit: 10 }).map((x) => x.id)).toEqual([1, 2, 3]);
    expect(takeUnique([a], { exclude: [1, 2, 3], limit: 3 })).toEqual([]);
  });
});
