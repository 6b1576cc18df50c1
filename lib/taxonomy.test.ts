import { describe, expect, it } from "vitest";
import { authorInvalidation, type KanalFacts, kanalInvalidation, moveStep, parseProfileLinks, slugProblem, type TagFacts, tagInvalidation } from "./taxonomy";

const kanal = (changes: Partial<KanalFacts> = {}): KanalFacts => ({
  slug: "sains",
  name: "Sains",
  description: "",
  parentSlug: null,
  hidden: false,
  position: 3,
  stories: 0,
  ...changes,
});

const tag = (changes: Partial<TagFacts> = {}): TagFacts => ({
  slug: "banjir-rob",
  name: "Banjir Rob",
  description: "",
  stories: 12,
  articlePaths: ["/berita/k3v9q2mz/rob-surut", "/berita/p8w2x4na/rob-naik"],
  ...changes,
});

describe("slugProblem", () => {
  it("accepts what slugify makes", () => {
    for (const s of ["nasional", "sepak-bola", "pemilu-2029", "a"]) expect(slugProblem(s), s).toBeNull();
  });

  it("names the problem with anything else", () => {
    expect(slugProblem("")).toBe("Isi slug.");
    expect(slugProblem("Sepak Bola")).toMatch(/huruf kecil a–z, angka dan tanda hubung/);
    expect(slugProblem("bola/voli")).toMatch(/huruf kecil/);
    expect(slugProblem("ékonomi")).toMatch(/huruf kecil/);
    expect(slugProblem("-bola")).toMatch(/diawali, diakhiri/);
    expect(slugProblem("bola--voli")).toMatch(/dua tanda hubung/);
    expect(slugProblem("x".repeat(81))).toMatch(/80 karakter/);
  });
});

describe("parseProfileLinks", () => {
  it("keeps http(s) addresses, one a line", () => {
    expect(parseProfileLinks(" https://x.com/dimas \r\n\nhttp://dimas.id\n")).toEqual({ ok: true, links: ["https://x.com/dimas", "http://dimas.id"] });
    expect(parseProfileLinks("")).toEqual({ ok: true, links: [] });
  });

  it("refuses other schemes, bare words and too many links", () => {
    expect(parseProfileLinks("javascript:alert(1)")).toMatchObject({ ok: false, message: expect.stringMatching(/Tautan tidak valid/) });
    expect(parseProfileLinks("dimas.id")).toMatchObject({ ok: false });
    expect(parseProfileLinks(Array.from({ length: 6 }, (_, i) => `https://a${i}.id`).join("\n"))).toEqual({ ok: false, message: "Paling banyak 5 tautan." });
  });
});

describe("moveStep", () => {
  it("swaps with the neighbour, and leaves the ends alone", () => {
    expect(moveStep([4, 7, 9], 7, "up")).toEqual([7, 4, 9]);
    expect(moveStep([4, 7, 9], 7, "down")).toEqual([4, 9, 7]);
    expect(moveStep([4, 7, 9], 4, "up")).toEqual([4, 7, 9]);
    expect(moveStep([4, 7, 9], 9, "down")).toEqual([4, 7, 9]);
    expect(moveStep([4, 7, 9], 5, "down")).toEqual([4, 7, 9]);
  });
});

describe("kanalInvalidation", () => {
  it("drops only the new kanal's own page when it is hidden from the navigation", () => {
    expect(kanalInvalidation({ before: null, after: kanal({ hidden: true }) })).toEqual({ everyPage: false, paths: ["/kanal/sains"] });
  });

  it("drops every page when the navigation changes: a new visible kanal, a rename, a move, hiding", () => {
    expect(kanalInvalidation({ before: null, after: kanal() }).everyPage).toBe(true);
    expect(kanalInvalidation({ before: kanal(), after: kanal({ name: "Sains & Teknologi" }) }).everyPage).toBe(true);
    expect(kanalInvalidation({ before: kanal(), after: kanal({ position: 2 }) }).everyPage).toBe(true);
    expect(kanalInvalidation({ before: kanal(), after: kanal({ hidden: true }) }).everyPage).toBe(true);
    expect(kanalInvalidation({ before: kanal(), after: kanal({ parentSlug: "teknologi" }) }).everyPage).toBe(true);
  });

  it("drops every page when a hidden kanal with stories is renamed: cards name it", () => {
    const before = kanal({ hidden: true, stories: 3 });
    expect(kanalInvalidation({ before, after: { ...before, name: "Iptek" } }).everyPage).toBe(true);
    expect(kanalInvalidation({ before: kanal({ hidden: true }), after: kanal({ hidden: true, name: "Iptek" }) }).everyPage).toBe(false);
  });

  it("drops the kanal's pages on both sides of a slug change, later pages and the parent included", () => {
    const before = kanal({ hidden: true, slug: "iptek", parentSlug: "teknologi", stories: 21 });
    const drop = kanalInvalidation({ before, after: { ...before, description: "Ilmu" } });
    expect(drop).toEqual({ everyPage: false, paths: ["/kanal/iptek", "/kanal/iptek/halaman/2", "/kanal/iptek/halaman/3", "/kanal/teknologi"] });
    const moved = kanalInvalidation({ before: kanal({ slug: "iptek" }), after: kanal({ slug: "sains" }) });
    expect(moved.paths).toEqual(["/kanal/iptek", "/kanal/sains"]);
  });

  it("drops the cached 308s of every old slug, any page number, on a second slug change and on delete", () => {
    const before = kanal({ hidden: true, slug: "kuliner-nusantara", oldSlugs: ["kuliner"] });
    const after = { ...before, slug: "kuliner-daerah", oldSlugs: ["kuliner", "kuliner-nusantara"] };
    expect(kanalInvalidation({ before, after })).toEqual({
      everyPage: false,
      paths: ["/kanal/kuliner-nusantara", "/kanal/kuliner-daerah", "/kanal/kuliner"],
      routes: ["/(site)/kanal/[slug]/halaman/[halaman]"],
    });
    expect(kanalInvalidation({ before: after, after: null })).toEqual({
      everyPage: false,
      paths: ["/kanal/kuliner-daerah", "/kanal/kuliner", "/kanal/kuliner-nusantara"],
      routes: ["/(site)/kanal/[slug]/halaman/[halaman]"],
    });
  });

  it("drops the kanal that received the stories of a deleted one", () => {
    const drop = kanalInvalidation({ before: kanal({ stories: 2 }), after: null, movedTo: kanal({ slug: "nasional", stories: 12 }) });
    expect(drop).toEqual({ everyPage: true, paths: ["/kanal/sains", "/kanal/nasional", "/kanal/nasional/halaman/2"] });
  });
});

describe("tagInvalidation", () => {
  it("drops only the tag's pages for a new description", () => {
    expect(tagInvalidation({ before: tag(), after: tag({ description: "Air pasang di pesisir." }) })).toEqual({
      everyPage: false,
      paths: ["/tag/banjir-rob", "/tag/banjir-rob/halaman/2"],
    });
  });

  it("drops both addresses and the stories' pages for a rename or a new slug", () => {
    const drop = tagInvalidation({ before: tag({ stories: 2 }), after: tag({ slug: "rob", name: "Rob", stories: 2 }) });
    expect(drop.paths).toEqual(["/tag/banjir-rob", "/tag/rob", "/berita/k3v9q2mz/rob-surut", "/berita/p8w2x4na/rob-naik"]);
  });

  it("drops the cached 308s of a tag's old slugs", () => {
    const drop = tagInvalidation({ before: tag({ stories: 2, oldSlugs: ["rob"] }), after: null });
    expect(drop.paths).toEqual(expect.arrayContaining(["/tag/banjir-rob", "/tag/rob"]));
    expect(drop.routes).toEqual(["/(site)/tag/[slug]/halaman/[halaman]"]);
  });

  it("drops both tags of a merge and the merged tag's stories", () => {
    const target = tag({ slug: "rob", name: "Rob", stories: 1, articlePaths: [] });
    const drop = tagInvalidation({ before: tag({ stories: 2 }), after: null, mergedInto: { before: target, after: { ...target, stories: 3 } } });
    expect(drop.paths).toEqual(["/tag/banjir-rob", "/tag/rob", "/berita/k3v9q2mz/rob-surut", "/berita/p8w2x4na/rob-naik"]);
  });
});

describe("authorInvalidation", () => {
  it("drops the author page and its later pages", () => {
    expect(authorInvalidation({ slug: "dimas", stories: 0 })).toEqual({ everyPage: false, paths: ["/penulis/dimas"] });
    expect(authorInvalidation({ slug: "dimas", stories: 21 }).paths).toEqual(["/penulis/dimas", "/penulis/dimas/halaman/2", "/penulis/dimas/halaman/3"]);
  });
});
