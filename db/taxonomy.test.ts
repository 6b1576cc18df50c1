import { asc, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seededDatabase } from "./testing/seeded-database";

// Kanal and tags as /admin/kanal and /admin/tag change them, on a seeded database, on both engines
// (vitest projects unit and postgres): refusals, slug history behind the 308s, reorder, nesting,
// hiding, deleting with moving, merging, and the facts each write reports for invalidation.
const m = seededDatabase("taxonomy", async () => ({
  kanal: await import("./mutations/kanal"),
  tags: await import("./mutations/tags"),
  articles: await import("./mutations/articles"),
  staff: await import("./mutations/staff"),
  kanalQ: await import("./queries/kanal"),
  tagQ: await import("./queries/tags"),
  admin: await import("./queries/taxonomy-admin"),
  staffQ: await import("./queries/staff"),
  inputs: await import("./testing/article-input"),
}));

const t = () => m.tables;
const kanalRow = async (slug: string) => (await m.db().select().from(t().kanal).where(eq(t().kanal.slug, slug)))[0];
const newKanal = (changes: Partial<{ name: string; slug: string; description: string; parentId: number | null; hidden: boolean }> = {}) => ({
  name: "Sains",
  slug: "sains",
  description: "",
  parentId: null,
  hidden: false,
  ...changes,
});

describe("kanal", () => {
  it("adds a kanal last in the navigation, and refuses a slug in use beside the Slug field", async () => {
    const created = await m.kanal.createKanal(newKanal());
    expect(created).toMatchObject({ ok: true, change: { before: null, after: { slug: "sains", hidden: false, stories: 0 } } });
    const nav = await m.kanalQ.getKanalNav();
    expect(nav.at(-1)?.slug).toBe("sains");
    const nasional = await kanalRow("nasional");
    expect(await m.kanal.createKanal(newKanal({ name: "Nasional Lagi", slug: "nasional" }))).toEqual({
      ok: false,
      field: "slug",
      message: `Slug "nasional" sudah dipakai kanal ${nasional.name}.`,
    });
  });

  it("renames and re-slugs a kanal: the old slug leads to the new one, and can be taken back", async () => {
    const sains = await kanalRow("sains");
    const updated = await m.kanal.updateKanal(sains.id, newKanal({ name: "Sains & Teknologi", slug: "sains-teknologi" }));
    expect(updated).toMatchObject({ ok: true, change: { before: { slug: "sains" }, after: { slug: "sains-teknologi", name: "Sains & Teknologi" } } });
    expect(await m.kanalQ.getKanalBySlug("sains")).toBeNull();
    expect(await m.kanalQ.getKanalRedirect("sains")).toBe("sains-teknologi");
    expect(await m.kanalQ.getKanalRedirect("tidak-pernah-ada")).toBeNull();
    // Renaming again keeps every old address pointing at the newest, and reports them all: their
    // cached 308s still name the slug that just became old.
    const again = await m.kanal.updateKanal(sains.id, newKanal({ name: "Iptek", slug: "iptek" }));
    expect(again).toMatchObject({ ok: true, change: { before: { oldSlugs: ["sains"] } } });
    expect(again.ok && again.change.after?.oldSlugs?.toSorted()).toEqual(["sains", "sains-teknologi"]);
    expect(await m.kanalQ.getKanalRedirect("sains")).toBe("iptek");
    expect(await m.kanalQ.getKanalRedirect("sains-teknologi")).toBe("iptek");
    await m.kanal.updateKanal(sains.id, newKanal({ name: "Sains", slug: "sains" }));
    expect(await m.kanalQ.getKanalRedirect("sains")).toBeNull();
    expect(await m.admin.getKanalOldSlugs(sains.id)).toEqual(expect.arrayContaining(["iptek", "sains-teknologi"]));
  });

  it("moves a kanal up and down among its siblings, keeping the others' order", async () => {
    const tops = async () => (await m.db().select({ slug: t().kanal.slug }).from(t().kanal).where(isNull(t().kanal.parentId)).orderBy(asc(t().kanal.position), asc(t().kanal.id))).map((r) => r.slug);
    const before = await tops();
    const sains = await kanalRow("sains");
    const changes = await m.kanal.moveKanal(sains.id, "up");
    const after = await tops();
    const i = before.indexOf("sains");
    expect(after).toEqual([...before.slice(0, i - 1), "sains", before[i - 1], ...before.slice(i + 1)]);
    expect(changes.map((c) => c.after?.slug)).toEqual(expect.arrayContaining([before[i - 1], "sains"]));
    await m.kanal.moveKanal(sains.id, "down");
    expect(await tops()).toEqual(before);
    expect(await m.kanal.moveKanal((await kanalRow(before[0])).id, "up")).toEqual([]);
  });

  it("nests one level deep only, and hides a kanal from the navigation", async () => {
    const sains = await kanalRow("sains");
    const nasional = await kanalRow("nasional");
    expect(await m.kanal.updateKanal(sains.id, newKanal({ parentId: nasional.id }))).toMatchObject({ ok: true, change: { after: { parentSlug: "nasional" } } });
    expect((await m.kanalQ.getKanalNav()).find((k) => k.slug === "nasional")?.children.map((c) => c.slug)).toContain("sains");
    expect((await m.kanalQ.getKanalBySlug("nasional"))?.children.map((c) => c.slug)).toContain("sains");
    // A sub-kanal cannot be a parent, and a parent cannot become a sub-kanal.
    expect(await m.kanal.createKanal(newKanal({ slug: "astronomi", parentId: sains.id }))).toMatchObject({ ok: false, field: "induk" });
    expect(await m.kanal.updateKanal(nasional.id, newKanal({ name: nasional.name, slug: "nasional", parentId: (await kanalRow("olahraga"))?.id ?? sains.id }))).toMatchObject({ ok: false, field: "induk" });
    expect(await m.kanal.updateKanal(sains.id, newKanal({ parentId: sains.id }))).toMatchObject({ ok: false, field: "induk" });

    const hidden = await m.kanal.updateKanal(sains.id, newKanal({ parentId: nasional.id, hidden: true }));
    expect(hidden).toMatchObject({ ok: true, change: { before: { hidden: false }, after: { hidden: true } } });
    expect((await m.kanalQ.getKanalNav()).find((k) => k.slug === "nasional")?.children.map((c) => c.slug)).not.toContain("sains");
    // Its page still answers.
    expect(await m.kanalQ.getKanalBySlug("sains")).not.toBeNull();
  });

  it("deletes a kanal only once its stories moved, and never one with sub-kanal", async () => {
    const nasional = await kanalRow("nasional");
    const sains = await kanalRow("sains");
    expect(await m.kanal.deleteKanal(nasional.id, null)).toMatchObject({ ok: false, field: "form", message: expect.stringMatching(/sub-kanal/) });
    // File a story in Sains, then try to delete it.
    const [story] = await m.db().select({ id: t().articles.id }).from(t().articles).where(eq(t().articles.status, "published")).limit(1);
    const input = await m.inputs.formInputFor(story.id, { kanal: String(sains.id) });
    const saved = await m.articles.saveArticle({ id: story.id, input, actorId: 1, photo: null });
    expect(saved.ok).toBe(true);
    expect(await m.kanal.deleteKanal(sains.id, null)).toEqual({
      ok: false,
      field: "pindahkan",
      message: 'Kanal ini masih berisi 1 berita. Pilih kanal tujuan di "Pindahkan ke", lalu hapus.',
    });
    expect(await m.kanal.deleteKanal(sains.id, sains.id)).toMatchObject({ ok: false, field: "pindahkan" });
    const olahraga = (await m.db().select().from(t().kanal).where(isNull(t().kanal.parentId)).orderBy(asc(t().kanal.id)))[0];
    const deleted = await m.kanal.deleteKanal(sains.id, olahraga.id);
    expect(deleted).toMatchObject({ ok: true, change: { before: { slug: "sains", stories: 1 }, after: null, movedTo: { slug: olahraga.slug } } });
    // Its old slugs' cached 308s must go: they lead nowhere now.
    expect(deleted.ok && deleted.change.before?.oldSlugs?.toSorted()).toEqual(["iptek", "sains-teknologi"]);
    const [moved] = await m.db().select({ kanalId: t().articles.kanalId }).from(t().articles).where(eq(t().articles.id, story.id));
    expect(moved.kanalId).toBe(olahraga.id);
    expect(await kanalRow("sains")).toBeUndefined();
    expect(await m.kanalQ.getKanalRedirect("iptek")).toBeNull();
  });
});

describe("tags", () => {
  const tagRow = async (slug: string) => (await m.db().select().from(t().tags).where(eq(t().tags.slug, slug)))[0];
  const biggest = async () => (await m.admin.getTagAdminList()).sort((a, b) => b.stories - a.stories);

  it("renames a tag, gives it a description and a new slug; the old slug leads to it", async () => {
    const [top] = await biggest();
    const result = await m.tags.updateTag(top.id, { name: `${top.name} Terkini`, slug: `${top.slug}-terkini`, description: "Semua tentang topik ini." });
    expect(result).toMatchObject({ ok: true, change: { before: { slug: top.slug }, after: { slug: `${top.slug}-terkini`, description: "Semua tentang topik ini." } } });
    if (result.ok) expect(result.change.before?.articlePaths.length).toBeGreaterThan(0);
    expect(await m.tagQ.getTagBySlug(`${top.slug}-terkini`)).toMatchObject({ description: "Semua tentang topik ini." });
    expect(await m.tagQ.getTagRedirect(top.slug)).toBe(`${top.slug}-terkini`);
  });

  it("refuses a slug or a name another tag has, and bad merges", async () => {
    const [a, b] = await biggest();
    expect(await m.tags.updateTag(a.id, { name: a.name, slug: b.slug, description: "" })).toMatchObject({ ok: false, field: "slug" });
    expect(await m.tags.updateTag(a.id, { name: b.name.toUpperCase(), slug: a.slug, description: "" })).toMatchObject({ ok: false, field: "nama" });
    expect(await m.tags.mergeTag(a.id, a.id)).toEqual({ ok: false, field: "gabung", message: "Tag tidak bisa digabungkan ke dirinya sendiri. Pilih tag lain." });
  });

  it("merges a tag into another: its stories carry the other once, and both of its slugs lead there", async () => {
    const [a, b] = await biggest();
    const oldSlugOfA = (await m.admin.getTagOldSlugs(a.id))[0];
    const storiesOf = async (id: number) => (await m.db().select({ a: t().articleTags.articleId }).from(t().articleTags).where(eq(t().articleTags.tagId, id))).map((r) => r.a);
    const union = new Set([...(await storiesOf(a.id)), ...(await storiesOf(b.id))]);
    const merged = await m.tags.mergeTag(a.id, b.id);
    expect(merged).toMatchObject({ ok: true, id: b.id, change: { after: null, mergedInto: { before: { slug: b.slug } } } });
    expect(new Set(await storiesOf(b.id))).toEqual(union);
    expect(await tagRow(a.slug)).toBeUndefined();
    expect(await m.tagQ.getTagRedirect(a.slug)).toBe(b.slug);
    expect(await m.tagQ.getTagRedirect(oldSlugOfA)).toBe(b.slug);
    // A story typed with the merged tag's name now gets the tag it went into.
    const [story] = await m.db().select({ id: t().articles.id }).from(t().articles).limit(1);
    const saved = await m.articles.saveArticle({ id: story.id, input: await m.inputs.formInputFor(story.id, { tag: a.slug.replace(/-/g, " ") }), actorId: 1, photo: null });
    expect(saved.ok).toBe(true);
    expect(await storiesOf(b.id)).toContain(story.id);
  });

  it("finds a renamed tag by its new name when a story is saved", async () => {
    const [, , c] = await biggest();
    await m.tags.updateTag(c.id, { name: "Nama Baru Sekali", slug: c.slug, description: "" });
    const [story] = await m.db().select({ id: t().articles.id }).from(t().articles).orderBy(asc(t().articles.id)).limit(1);
    const saved = await m.articles.saveArticle({ id: story.id, input: await m.inputs.formInputFor(story.id, { tag: "nama baru sekali" }), actorId: 1, photo: null });
    expect(saved).toMatchObject({ ok: true, change: { after: { tagSlugs: [c.slug] } } });
    expect(await tagRow("nama-baru-sekali")).toBeUndefined();
  });

  it("deletes a tag, reporting its stories' pages", async () => {
    const [a] = await biggest();
    const deleted = await m.tags.deleteTag(a.id);
    expect(deleted).toMatchObject({ ok: true, change: { before: { slug: a.slug }, after: null } });
    expect(await m.tagQ.getTagBySlug(a.slug)).toBeNull();
    expect(await m.tags.deleteTag(a.id)).toMatchObject({ ok: false, field: "form" });
  });
});

describe("author profiles", () => {
  it("saves bio and links, and shows them on the public profile", async () => {
    const [person] = await m.db().select({ id: t().staff.id, slug: t().staff.slug }).from(t().staff).orderBy(asc(t().staff.id)).limit(1);
    const saved = await m.staff.updateProfile(person.id, { bio: "Meliput banjir rob sejak 2019.", links: ["https://warta.test/dimas"], photo: null, removePhoto: false });
    expect(saved).toMatchObject({ slug: person.slug });
    expect(await m.staffQ.getStaffBySlug(person.slug)).toMatchObject({ bio: "Meliput banjir rob sejak 2019.", links: ["https://warta.test/dimas"], photo: null });
    expect(await m.staff.updateProfile(999_999, { bio: "", links: [], photo: null, removePhoto: false })).toBeNull();
  });
});
