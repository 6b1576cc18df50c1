import { describe, expect, it } from "vitest";
import { type ArticleState, isPublicAt, readerInvalidation } from "./article-change";

const now = new Date("2026-11-28T03:00:00Z");
const hourAgo = new Date("2026-11-28T02:00:00Z");
const inAnHour = new Date("2026-11-28T04:00:00Z");
const state = (changes: Partial<ArticleState> = {}): ArticleState => ({ slug: "banjir-rob", public: false, kanalSlugs: ["nasional"], tagSlugs: ["banjir"], ...changes });

describe("isPublicAt", () => {
  it("is true for a published story and a scheduled one whose time has come", () => {
    expect(isPublicAt({ status: "published", publishedAt: hourAgo }, now)).toBe(true);
    expect(isPublicAt({ status: "scheduled", publishedAt: hourAgo }, now)).toBe(true);
    expect(isPublicAt({ status: "scheduled", publishedAt: now }, now)).toBe(true);
  });

  it("is false for drafts, reviews, stories scheduled for later and a scheduled story without a time", () => {
    expect(isPublicAt({ status: "draft", publishedAt: hourAgo }, now)).toBe(false);
    expect(isPublicAt({ status: "review", publishedAt: null }, now)).toBe(false);
    expect(isPublicAt({ status: "scheduled", publishedAt: inAnHour }, now)).toBe(false);
    expect(isPublicAt({ status: "published", publishedAt: inAnHour }, now)).toBe(false);
    expect(isPublicAt({ status: "scheduled", publishedAt: null }, now)).toBe(false);
  });
});

describe("readerInvalidation", () => {
  it("drops nothing for a story readers saw neither before nor after", () => {
    expect(readerInvalidation({ publicId: "k3v9q2mz", before: null, after: state() })).toBeNull();
    expect(readerInvalidation({ publicId: "k3v9q2mz", before: state(), after: state({ slug: "banjir-rob-2", kanalSlugs: ["daerah", "nasional"] }) })).toBeNull();
    expect(readerInvalidation({ publicId: "k3v9q2mz", before: state(), after: null })).toBeNull();
  });

  it("drops the pages of a public story's kanal and tags, on the sides where it was public", () => {
    const before = state({ kanalSlugs: ["nasional"], tagSlugs: ["banjir"] });
    const after = state({ public: true, kanalSlugs: ["daerah", "nasional"], tagSlugs: ["banjir", "rob"] });
    expect(readerInvalidation({ publicId: "k3v9q2mz", before, after })).toEqual({
      publicId: "k3v9q2mz",
      slug: "banjir-rob",
      previousSlug: undefined,
      kanalSlugs: ["daerah", "nasional"],
      tagSlugs: ["banjir", "rob"],
      leftEverywhere: false,
    });
    const both = readerInvalidation({ publicId: "k3v9q2mz", before: { ...before, public: true }, after });
    expect(both).toMatchObject({ kanalSlugs: ["nasional", "daerah"], tagSlugs: ["banjir", "rob"], leftEverywhere: false });
  });

  it("says the story left everywhere when readers lose it or its address", () => {
    const published = state({ public: true });
    expect(readerInvalidation({ publicId: "k3v9q2mz", before: published, after: state() })?.leftEverywhere).toBe(true);
    expect(readerInvalidation({ publicId: "k3v9q2mz", before: published, after: null })).toMatchObject({ slug: "banjir-rob", leftEverywhere: true });
    expect(readerInvalidation({ publicId: "k3v9q2mz", before: published, after: state({ public: true, slug: "rob-surut" }) })).toMatchObject({
      slug: "rob-surut",
      previousSlug: "banjir-rob",
      leftEverywhere: true,
    });
  });

  it("names the old slug of a story published under a new one, without dropping every article page", () => {
    expect(readerInvalidation({ publicId: "k3v9q2mz", before: state(), after: state({ public: true, slug: "rob-surut" }) })).toMatchObject({
      previousSlug: "banjir-rob",
      leftEverywhere: false,
    });
  });
});
