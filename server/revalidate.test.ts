import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ArticleState } from "@/lib/article-change";

// revalidateChange drops reader pages from what a write reported: exactly those pages, and with no
// read of the database (no engine is ever opened here). next/cache is replaced by a recorder.
const dropped: string[] = [];
vi.mock("next/cache", () => ({ revalidatePath: (path: string, type?: string) => dropped.push(type ? `${path} (${type})` : path) }));

const { revalidateChange, revalidateCorrection, revalidateFrontPage, revalidateLiveUpdate } = await import("./revalidate");
const engineOpened = () => (globalThis as { wartaEngine?: unknown }).wartaEngine !== undefined;

const state = (changes: Partial<ArticleState> = {}): ArticleState => ({
  slug: "banjir-rob",
  public: false,
  kanalSlugs: ["jakarta", "nasional"],
  tagSlugs: ["banjir-rob"],
  ...changes,
});

beforeEach(() => {
  dropped.length = 0;
});

describe("revalidateChange", () => {
  it("drops no reader page for a draft that has never been public", () => {
    expect(revalidateChange({ publicId: "k3v9q2mz", before: null, after: state() })).toBe(false);
    expect(revalidateChange({ publicId: "k3v9q2mz", before: state(), after: state({ slug: "banjir-surut" }) })).toBe(false);
    expect(revalidateChange({ publicId: "k3v9q2mz", before: state(), after: null })).toBe(false);
    expect(dropped).toEqual([]);
    expect(engineOpened()).toBe(false);
  });

  it("drops the story's own pages, its kanal with the parent, its tags and the lists, for a published save", () => {
    expect(revalidateChange({ publicId: "k3v9q2mz", before: state({ public: true }), after: state({ public: true }) })).toBe(true);
    expect(dropped).toEqual([
      "/",
      "/beranda/terkini",
      "/berita/k3v9q2mz/banjir-rob",
      "/berita/k3v9q2mz",
      "/kanal/jakarta",
      "/kanal/nasional",
      "/tag/banjir-rob",
      "/(site)/kanal/[slug]/halaman/[halaman] (page)",
      "/(site)/tag/[slug]/halaman/[halaman] (page)",
      "/(site)/penulis/[slug] (page)",
      "/(site)/penulis/[slug]/halaman/[halaman] (page)",
      "/(site)/cari/hasil/[q]/[halaman] (page)",
    ]);
    expect(engineOpened()).toBe(false);
  });

  it("drops the old address and every article page when readers lose the story's address", () => {
    const before = state({ public: true });
    const after = state({ public: true, slug: "rob-surut", kanalSlugs: ["nasional"], tagSlugs: [] });
    revalidateChange({ publicId: "k3v9q2mz", before, after });
    expect(dropped).toEqual(expect.arrayContaining(["/berita/k3v9q2mz/rob-surut", "/berita/k3v9q2mz/banjir-rob", "/(site)/berita/[id]/[[...slug]] (page)"]));
    expect(dropped).toEqual(expect.arrayContaining(["/kanal/jakarta", "/kanal/nasional", "/tag/banjir-rob"]));
    // /koreksi may list the story's notes under its old address.
    expect(dropped).toContain("/koreksi");
    expect(engineOpened()).toBe(false);
  });

  it("keeps /koreksi for an ordinary save, and drops it with the story for a note", () => {
    const live = state({ public: true });
    revalidateChange({ publicId: "k3v9q2mz", before: live, after: live });
    expect(dropped).not.toContain("/koreksi");
    dropped.length = 0;
    revalidateCorrection({ publicId: "k3v9q2mz", before: live, after: live });
    expect(dropped).toEqual(expect.arrayContaining(["/berita/k3v9q2mz/banjir-rob", "/kanal/nasional", "/koreksi"]));
    expect(engineOpened()).toBe(false);
  });
});

describe("revalidateFrontPage", () => {
  it("drops the home page, under both its addresses, only when the layout changed", () => {
    expect(revalidateFrontPage({ changed: false })).toBe(false);
    expect(dropped).toEqual([]);
    expect(revalidateFrontPage({ changed: true })).toBe(true);
    expect(dropped).toEqual(["/", "/beranda/terkini"]);
    expect(engineOpened()).toBe(false);
  });
});

describe("revalidateDrop", () => {
  it("drops exactly the named paths, or every reader page through the layout", async () => {
    const { revalidateDrop } = await import("./revalidate");
    revalidateDrop({ everyPage: false, paths: ["/tag/rob", "/tag/rob/halaman/2", "/tag/rob"] });
    expect(dropped).toEqual(["/tag/rob", "/tag/rob/halaman/2"]);
    dropped.length = 0;
    revalidateDrop({ everyPage: true, paths: ["/kanal/sains"] });
    expect(dropped).toEqual([
      "/kanal/sains",
      "/",
      "/beranda/terkini",
      "/(site)/beranda/[edisi] (page)",
      "/(site)/berita/[id]/[[...slug]] (page)",
      "/(site)/kanal/[slug] (page)",
      "/(site)/tag/[slug] (page)",
      "/(site)/kanal/[slug]/halaman/[halaman] (page)",
      "/(site)/tag/[slug]/halaman/[halaman] (page)",
      "/(site)/penulis/[slug] (page)",
      "/(site)/penulis/[slug]/halaman/[halaman] (page)",
      "/(site)/cari/hasil/[q]/[halaman] (page)",
      "/(site)/[...rest] (page)",
      "/ (layout)",
    ]);
    expect(engineOpened()).toBe(false);
  });
});

describe("revalidateLiveUpdate", () => {
  it("drops the story's own page only, and nothing for a story readers do not see", () => {
    expect(revalidateLiveUpdate({ publicId: "k3v9q2mz", slug: "banjir-rob", public: false })).toBe(false);
    expect(dropped).toEqual([]);
    expect(revalidateLiveUpdate({ publicId: "k3v9q2mz", slug: "banjir-rob", public: true })).toBe(true);
    expect(dropped).toEqual(["/berita/k3v9q2mz/banjir-rob", "/berita/k3v9q2mz"]);
    expect(engineOpened()).toBe(false);
  });
});
