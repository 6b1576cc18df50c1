import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { seededDatabase } from "./testing/seeded-database";

// Backups of a database that is being written to, and restores of them, on real files.
const m = seededDatabase("backup", async () => ({
  backup: await import("./engine/sqlite-backup"),
  articles: await import("./mutations/articles"),
  views: await import("./mutations/views"),
  form: await import("@/lib/article-form"),
}));

const out = mkdtempSync(join(tmpdir(), "warta-backup-out-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const sqlite = () => m.sqlite();

/** An editor filing stories and readers' views being flushed, as fast as the event loop allows. */
function startWriting() {
  const actor = (sqlite().prepare("SELECT id FROM staff ORDER BY id LIMIT 1").get() as { id: number }).id;
  const kanal = (sqlite().prepare("SELECT id FROM kanal ORDER BY id LIMIT 1").get() as { id: number }).id;
  const story = (sqlite().prepare("SELECT id FROM articles WHERE status = 'published' LIMIT 1").get() as { id: number }).id;
  let running = true;
  let saved = 0;
  const loop = (async () => {
    while (running) {
      const input = m.form.articleFormSchema.parse({
        judul: `Berita cadangan nomor ${saved + 1}`, slug: "", kanal: String(kanal), tag: "cadangan", ringkasan: "Ringkasan singkat.",
        dateline: "JAKARTA", isi: "<p>Isi berita yang ditulis saat cadangan dibuat.</p>", reporter: "", redaktur: "",
        keterangan_foto: "", kredit_foto: "", alt_foto: "", terkait: "", status: "published", waktu_terbit: "", version: "",
      });
      const result = await m.articles.saveArticle({ id: null, input, actorId: actor, photo: null });
      expect(result.ok).toBe(true);
      await m.views.addViews([{ articleId: story, bucketStart: Math.floor(Date.now() / 3600_000) * 3600_000, views: 1 }]);
      saved++;
      await new Promise((r) => setImmediate(r));
    }
  })();
  return {
    saved: () => saved,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

describe("db:backup and db:restore", { timeout: 30_000 }, () => {
  it("copy a database while it is being written to, and restore the copy whole", async () => {
    const before = m.backup.tableRowCounts(sqlite());
    const writer = startWriting();
    await new Promise((r) => setTimeout(r, 200));
    const atStart = writer.saved();
    const { path, bytes, check } = await m.backup.backupDatabase(m.sqlite().name, join(out, "live.db"));
    const atEnd = writer.saved();
    await new Promise((r) => setTimeout(r, 200));
    await writer.stop();
    const after = m.backup.tableRowCounts(sqlite());

    // Writes went on before, during and after the copy.
    expect(atStart).toBeGreaterThan(0);
    expect(writer.saved()).toBeGreaterThan(atEnd);
    expect(bytes).toBeGreaterThan(100_000);
    expect(check.integrity).toEqual(["ok"]);
    // The copy is one moment between the first and the last write: every table agrees on it.
    const stories = check.counts.articles - before.articles;
    expect(stories).toBeGreaterThanOrEqual(atStart);
    expect(stories).toBeLessThanOrEqual(atEnd);
    expect(check.counts.article_revisions - before.article_revisions).toBe(stories);
    // (The full-text index's own tables merge segments as they grow; the other tables only grow.)
    for (const t of Object.keys(before).filter((name) => !name.startsWith("articles_fts"))) {
      expect(check.counts[t], t).toBeGreaterThanOrEqual(before[t]);
      expect(check.counts[t], t).toBeLessThanOrEqual(after[t]);
    }
    // It stands alone: no WAL beside it.
    expect(readdirSync(out)).toEqual(["live.db"]);

    // Restoring it over another database keeps that one as a .before-restore copy.
    const target = join(out, "restored.db");
    const other = await m.backup.backupDatabase(m.sqlite().name, join(out, "other.db"));
    await m.backup.backupDatabase(other.path, target);
    const restored = await m.backup.restoreDatabase(path, target, { now: new Date("2026-11-28T07:05:09Z") });
    expect(restored.previous).toBe(join(out, "restored.before-restore-20261128-140509-wib.db"));
    expect(restored.check.counts).toEqual(check.counts);
    expect(m.backup.checkDatabaseFile(target).counts).toEqual(check.counts);
    expect(m.backup.checkDatabaseFile(restored.previous!).counts).toEqual(after);
  });

  it("refuse to restore over a database that is open, or from a file that is not a sound Warta database", async () => {
    const live = m.sqlite().name;
    const good = await m.backup.backupDatabase(live, join(out, "good.db"));
    const before = m.backup.tableRowCounts(sqlite());
    expect(m.backup.isDatabaseInUse(live)).toBe(true);
    await expect(m.backup.restoreDatabase(good.path, live)).rejects.toThrow(/sedang dipakai/);

    const notDb = join(out, "catatan.db");
    writeFileSync(notDb, "bukan database ".repeat(400));
    await expect(m.backup.restoreDatabase(notDb, join(out, "x.db"))).rejects.toThrow(/Cadangan ditolak: Pemeriksaan integritas gagal: file is not a database/);

    const foreign = join(out, "lain.db");
    const db = new Database(foreign);
    db.exec("CREATE TABLE users (id integer)");
    db.close();
    await expect(m.backup.restoreDatabase(foreign, join(out, "x.db"))).rejects.toThrow(/Bukan database Warta: tabel __drizzle_migrations tidak ada/);
    expect(existsSync(join(out, "x.db"))).toBe(false);
    // Nothing happened to the live database.
    expect(m.backup.tableRowCounts(sqlite())).toEqual(before);
    expect(m.backup.isDatabaseInUse(join(out, "good.db"))).toBe(false);
  });
});
