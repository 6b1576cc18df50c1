import { describe, expect, it } from "vitest";
import {
  buildLayout,
  decodeLayout,
  emptyLayout,
  encodeLayout,
  type FrontLayout,
  layoutValues,
  moveRow,
  parseStoryRef,
  pickedIds,
  readFrontPageForm,
  resolveFrontPage,
  type StoryRef,
} from "./front-page";

const now = new Date("2026-12-06T03:00:00Z"); // 10:00 WIB
const HOUR = 3600_000;
const story = (id: number) => ({ id });
/** Stories 1..n, newest first as the query returns them. */
const newest = (n: number) => Array.from({ length: n }, (_, i) => story(i + 1));

function layout(changes: Partial<FrontLayout>): FrontLayout {
  return { ...emptyLayout(), ...changes };
}

describe("resolveFrontPage", () => {
  it("without picks is the page as before: newest first, Pilihan Redaksi empty", () => {
    const r = resolveFrontPage(emptyLayout(), [], newest(10), now);
    expect(r.headline?.article.id).toBe(1);
    expect(r.sorotan.map((p) => p.article.id)).toEqual([2, 3, 4, 5]);
    expect(r.pilihan).toEqual([]);
    expect(r.rest.map((a) => a.id)).toEqual([6, 7, 8, 9, 10]);
  });

  it("puts picks in their positions and fills the others with the newest stories not shown yet", () => {
    const l = layout({ headline: [{ articleId: 9, expiresAt: null }], sorotan: [null, { articleId: 2, expiresAt: null }, null, null] });
    const r = resolveFrontPage(l, [story(9), story(2)], newest(10), now);
    expect(r.headline).toEqual({ article: story(9), pick: { articleId: 9, expiresAt: null } });
    expect(r.sorotan.map((p) => p.article.id)).toEqual([1, 2, 3, 4]);
    expect(r.sorotan.map((p) => p.pick !== null)).toEqual([false, true, false, false]);
    expect(r.rest.map((a) => a.id)).toEqual([5, 6, 7, 8, 10]);
  });

  it("gives a position back to the newest stories once its pick's time has run out", () => {
    const l = layout({ headline: [{ articleId: 9, expiresAt: now.getTime() }], pilihan: [{ articleId: 8, expiresAt: now.getTime() + HOUR }, { articleId: 7, expiresAt: now.getTime() - 1 }, null, null, null, null] });
    const r = resolveFrontPage(l, [story(9), story(8), story(7)], newest(10), now);
    expect(r.headline?.article.id).toBe(1);
    expect(r.headline?.pick).toBeNull();
    expect(r.pilihan.map((p) => p.article.id)).toEqual([8]);
    // The live Pilihan Redaksi pick is not repeated in the automatic positions or the list.
    expect([...r.sorotan.map((p) => p.article.id), ...r.rest.map((a) => a.id)]).toEqual([2, 3, 4, 5, 6, 7, 9, 10]);
    // A minute earlier the headline pick still held.
    expect(resolveFrontPage(l, [story(9)], newest(10), new Date(now.getTime() - 60_000)).headline?.article.id).toBe(9);
  });

  it("drops a pick whose story readers can no longer see (not among the visible picked stories)", () => {
    const l = layout({ headline: [{ articleId: 9, expiresAt: null }], pilihan: [{ articleId: 9, expiresAt: null }, null, null, null, null, null] });
    const r = resolveFrontPage(l, [], newest(6), now);
    expect(r.headline?.article.id).toBe(1);
    expect(r.pilihan).toEqual([]);
  });

  it("has no headline when there is no story at all", () => {
    expect(resolveFrontPage(emptyLayout(), [], [], now).headline).toBeNull();
  });
});

describe("parseStoryRef", () => {
  it("reads a public id or a link to a story or its preview", () => {
    expect(parseStoryRef(" a1b2c3d4 ")).toBe("a1b2c3d4");
    expect(parseStoryRef("A1B2C3D4")).toBe("a1b2c3d4");
    expect(parseStoryRef("https://warta.id/berita/a1b2c3d4/judul-berita?utm=x#atas")).toBe("a1b2c3d4");
    expect(parseStoryRef("http://127.0.0.1:3000/berita/a1b2c3d4")).toBe("a1b2c3d4");
    expect(parseStoryRef("/pratinjau/a1b2c3d4")).toBe("a1b2c3d4");
  });

  it("refuses anything else", () => {
    for (const bad of ["", "banjir jakarta", "https://warta.id/kanal/nasional", "https://warta.id/berita/abc", "a1b2c3d", "a1b2c3dl", "http://[::1"]) {
      expect(parseStoryRef(bad), bad).toBeNull();
    }
  });
});

describe("the form", () => {
  const refs: StoryRef[] = [
    { id: 1, publicId: "aaaaaaaa", title: "Terbit", status: "published", publishedAt: new Date(now.getTime() - HOUR) },
    { id: 2, publicId: "bbbbbbbb", title: "Draf", status: "draft", publishedAt: null },
    { id: 3, publicId: "cccccccc", title: "Nanti", status: "scheduled", publishedAt: new Date(now.getTime() + HOUR) },
    { id: 4, publicId: "dddddddd", title: "Terbit juga", status: "published", publishedAt: new Date(now.getTime() - HOUR) },
  ];

  it("reads every field, empty where missing", () => {
    const values = readFrontPageForm(new URLSearchParams("headline-1=aaaaaaaa&sorotan-4-berakhir=2026-12-06T12:00"));
    expect(values["headline-1"]).toBe("aaaaaaaa");
    expect(values["sorotan-4-berakhir"]).toBe("2026-12-06T12:00");
    expect(values["pilihan-6"]).toBe("");
    expect(Object.keys(values)).toHaveLength(22);
  });

  it("builds a layout from links and ids, with expiry in WIB", () => {
    const { layout: l, errors } = buildLayout(
      { "headline-1": "https://warta.id/berita/aaaaaaaa/terbit", "headline-1-berakhir": "2026-12-06T12:30", "pilihan-3": "dddddddd" },
      refs,
      now,
    );
    expect(errors).toEqual({});
    expect(l.headline).toEqual([{ articleId: 1, expiresAt: Date.parse("2026-12-06T05:30:00Z") }]);
    expect(l.pilihan[2]).toEqual({ articleId: 4, expiresAt: null });
    expect(pickedIds(l)).toEqual([1, 4]);
  });

  it("puts a message beside each field that cannot be used", () => {
    const { errors } = buildLayout(
      {
        "headline-1": "banjir",
        "sorotan-1": "zzzzzzzz",
        "sorotan-2": "bbbbbbbb",
        "sorotan-3": "cccccccc",
        "sorotan-4": "aaaaaaaa",
        "pilihan-1": "/berita/aaaaaaaa",
        "pilihan-2": "dddddddd",
        "pilihan-2-berakhir": "2026-12-06T09:59",
        "pilihan-3-berakhir": "kemarin",
      },
      refs,
      now,
    );
    expect(errors).toEqual({
      "headline-1": "Tempel tautan berita Warta atau ID-nya (8 karakter).",
      "sorotan-1": "Berita tidak ditemukan.",
      "sorotan-2": "Berita ini belum terbit atau sudah ditarik; pilih berita yang tayang.",
      "sorotan-3": "Berita ini belum terbit atau sudah ditarik; pilih berita yang tayang.",
      "pilihan-1": "Berita ini sudah dipilih di Sorotan 4.",
      "pilihan-2-berakhir": "Waktu berakhir sudah lewat.",
    });
  });

  it("moves a position with its expiry, and not past either end", () => {
    const values = { "sorotan-1": "a", "sorotan-1-berakhir": "t1", "sorotan-2": "b", "sorotan-2-berakhir": "" };
    expect(moveRow(values, "sorotan", 0, 1)).toMatchObject({ "sorotan-1": "b", "sorotan-1-berakhir": "", "sorotan-2": "a", "sorotan-2-berakhir": "t1" });
    expect(moveRow(values, "sorotan", 0, -1)).toBe(values);
    expect(moveRow(values, "headline", 0, 1)).toBe(values);
  });

  it("shows a saved layout as public ids and WIB times", () => {
    const l = layout({ headline: [{ articleId: 1, expiresAt: Date.parse("2026-12-06T05:30:00Z") }] });
    const values = layoutValues(l, new Map([[1, "aaaaaaaa"]]));
    expect(values["headline-1"]).toBe("aaaaaaaa");
    expect(values["headline-1-berakhir"]).toBe("2026-12-06T12:30");
    expect(values["sorotan-1"]).toBe("");
  });
});

describe("stored layouts", () => {
  it("round-trip, and a damaged one reads as what it validly names", () => {
    const l = layout({ sorotan: [null, { articleId: 5, expiresAt: 123 }, null, null] });
    expect(decodeLayout(encodeLayout(l))).toEqual(l);
    expect(decodeLayout("{")).toEqual(emptyLayout());
    expect(decodeLayout('{"headline":[{"articleId":"x"}],"pilihan":[{"articleId":2,"expiresAt":"soon"},null,null,null,null,null,{"articleId":9}]}')).toEqual(
      layout({ pilihan: [{ articleId: 2, expiresAt: null }, null, null, null, null, null] }),
    );
  });
});
