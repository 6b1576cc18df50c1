import { and, asc, count, eq, inArray, isNull, max, ne } from "drizzle-orm";
import type { KanalChange, KanalFacts } from "@/lib/taxonomy";
import { moveStep } from "@/lib/taxonomy";
import { type Db, transaction } from "../engine";
import { isVisibleAt } from "../queries/shared";
import { articles, kanal, kanalSlugHistory } from "../tables";

export type KanalInput = { name: string; slug: string; description: string; parentId: number | null; hidden: boolean };

/** A refusal names the form field it belongs beside. */
export type KanalRefusal = { ok: false; field: "slug" | "induk" | "pindahkan" | "form"; message: string };
export type KanalResult = { ok: true; id: number; change: KanalChange } | KanalRefusal;

/** What readers see of a kanal now: read inside the write, so that invalidating reads nothing afterwards. */
export async function kanalFacts(tx: Db, id: number, now: Date): Promise<KanalFacts | null> {
  const [k] = await tx.select().from(kanal).where(eq(kanal.id, id));
  if (!k) return null;
  const [parent] = k.parentId ? await tx.select({ slug: kanal.slug, hidden: kanal.hidden }).from(kanal).where(eq(kanal.id, k.parentId)) : [];
  const childIds = (await tx.select({ id: kanal.id }).from(kanal).where(eq(kanal.parentId, id))).map((c) => c.id);
  const [n] = await tx
    .select({ n: count() })
    .from(articles)
    .where(and(isVisibleAt(now), inArray(articles.kanalId, [id, ...childIds])));
  return {
    slug: k.slug,
    name: k.name,
    description: k.description,
    parentSlug: parent?.slug ?? null,
    hidden: k.hidden || parent?.hidden === true,
    position: k.position,
    stories: n?.n ?? 0,
    oldSlugs: (await tx.select({ slug: kanalSlugHistory.slug }).from(kanalSlugHistory).where(eq(kanalSlugHistory.kanalId, id))).map((o) => o.slug),
  };
}

/** The refusals shared by create and update: a slug in use, a parent that would nest two levels deep. */
async function checkKanal(tx: Db, id: number | null, input: KanalInput): Promise<KanalRefusal | null> {
  const [clash] = await tx
    .select({ name: kanal.name })
    .from(kanal)
    .where(and(eq(kanal.slug, input.slug), id ? ne(kanal.id, id) : undefined));
  if (clash) return { ok: false, field: "slug", message: `Slug "${input.slug}" sudah dipakai kanal ${clash.name}.` };
  if (input.parentId === null) return null;
  if (input.parentId === id) return { ok: false, field: "induk", message: "Kanal tidak bisa menjadi induk dirinya sendiri." };
  const [parent] = await tx.select({ parentId: kanal.parentId }).from(kanal).where(eq(kanal.id, input.parentId));
  if (!parent) return { ok: false, field: "induk", message: "Kanal induk tidak ditemukan." };
  if (parent.parentId !== null) return { ok: false, field: "induk", message: "Kanal induk harus kanal utama: sub-kanal hanya satu tingkat." };
  if (id) {
    const [child] = await tx.select({ id: kanal.id }).from(kanal).where(eq(kanal.parentId, id)).limit(1);
    if (child) return { ok: false, field: "induk", message: "Kanal ini punya sub-kanal, jadi tidak bisa menjadi sub-kanal." };
  }
  return null;
}

/** The next position among a parent's kanal: a new or moved kanal goes last. */
async function nextPosition(tx: Db, parentId: number | null): Promise<number> {
  const [row] = await tx
    .select({ p: max(kanal.position) })
    .from(kanal)
    .where(parentId === null ? isNull(kanal.parentId) : eq(kanal.parentId, parentId));
  return row?.p === null || row?.p === undefined ? 0 : Number(row.p) + 1;
}

/** A slug now in use is no one's old address any more; the old one answers 308 to this kanal. */
async function recordSlug(tx: Db, id: number, newSlug: string, oldSlug: string | null): Promise<void> {
  await tx.delete(kanalSlugHistory).where(eq(kanalSlugHistory.slug, newSlug));
  if (oldSlug && oldSlug !== newSlug) {
    await tx
      .insert(kanalSlugHistory)
      .values({ slug: oldSlug, kanalId: id })
      .onConflictDoUpdate({ target: kanalSlugHistory.slug, set: { kanalId: id } });
  }
}

export async function createKanal(input: KanalInput, now = new Date()): Promise<KanalResult> {
  return transaction(async (tx): Promise<KanalResult> => {
    const refused = await checkKanal(tx, null, input);
    if (refused) return refused;
    const position = await nextPosition(tx, input.parentId);
    const [row] = await tx.insert(kanal).values({ ...input, position }).returning({ id: kanal.id });
    await recordSlug(tx, row.id, input.slug, null);
    return { ok: true, id: row.id, change: { before: null, after: await kanalFacts(tx, row.id, now) } };
  });
}

export async function updateKanal(id: number, input: KanalInput, now = new Date()): Promise<KanalResult> {
  return transaction(async (tx): Promise<KanalResult> => {
    const [current] = await tx.select().from(kanal).where(eq(kanal.id, id));
    if (!current) return { ok: false, field: "form", message: "Kanal tidak ditemukan; mungkin sudah dihapus." };
    const refused = await checkKanal(tx, id, input);
    if (refused) return refused;
    const before = await kanalFacts(tx, id, now);
    const position = current.parentId === input.parentId ? current.position : await nextPosition(tx, input.parentId);
    await tx.update(kanal).set({ ...input, position }).where(eq(kanal.id, id));
    await recordSlug(tx, id, input.slug, current.slug);
    return { ok: true, id, change: { before, after: await kanalFacts(tx, id, now) } };
  });
}

/** Moves a kanal one step up or down among its siblings; the siblings' positions become 0, 1, 2 … */
export async function moveKanal(id: number, direction: "up" | "down", now = new Date()): Promise<KanalChange[]> {
  return transaction(async (tx) => {
    const [current] = await tx.select({ parentId: kanal.parentId }).from(kanal).where(eq(kanal.id, id));
    if (!current) return [];
    const siblings = await tx
      .select({ id: kanal.id, position: kanal.position })
      .from(kanal)
      .where(current.parentId === null ? isNull(kanal.parentId) : eq(kanal.parentId, current.parentId))
      .orderBy(asc(kanal.position), asc(kanal.id));
    const order = moveStep(siblings.map((s) => s.id), id, direction);
    const changes: KanalChange[] = [];
    for (const [position, sid] of order.entries()) {
      const moved = siblings[position].id !== sid;
      if (siblings.find((s) => s.id === sid)!.position === position && !moved) continue;
      const before = moved ? await kanalFacts(tx, sid, now) : null;
      await tx.update(kanal).set({ position }).where(eq(kanal.id, sid));
      // Only the two that swapped places moved for readers; the rest were only renumbered.
      if (moved) changes.push({ before, after: await kanalFacts(tx, sid, now) });
    }
    return changes;
  });
}

/**
 * Deletes a kanal. One that holds stories (any status: a draft needs a kanal too) is refused unless
 * `moveTo` names another kanal, which then receives them; one with sub-kanal is always refused.
 */
export async function deleteKanal(id: number, moveTo: number | null, now = new Date()): Promise<{ ok: true; change: KanalChange } | KanalRefusal> {
  return transaction(async (tx) => {
    const before = await kanalFacts(tx, id, now);
    if (!before) return { ok: false, field: "form", message: "Kanal tidak ditemukan; mungkin sudah dihapus." } as const;
    const [child] = await tx.select({ name: kanal.name }).from(kanal).where(eq(kanal.parentId, id)).limit(1);
    if (child) return { ok: false, field: "form", message: `Kanal ini masih punya sub-kanal (${child.name}). Pindahkan atau hapus sub-kanalnya dulu.` } as const;
    const [held] = await tx.select({ n: count() }).from(articles).where(eq(articles.kanalId, id));
    const stories = held?.n ?? 0;
    let movedTo: KanalFacts | undefined;
    if (stories > 0) {
      if (moveTo === null) {
        return { ok: false, field: "pindahkan", message: `Kanal ini masih berisi ${stories} berita. Pilih kanal tujuan di "Pindahkan ke", lalu hapus.` } as const;
      }
      if (moveTo === id) return { ok: false, field: "pindahkan", message: "Pilih kanal lain sebagai tujuan." } as const;
      const [target] = await tx.select({ id: kanal.id }).from(kanal).where(eq(kanal.id, moveTo));
      if (!target) return { ok: false, field: "pindahkan", message: "Kanal tujuan tidak ditemukan." } as const;
      await tx.update(articles).set({ kanalId: moveTo, updatedAt: now }).where(eq(articles.kanalId, id));
      movedTo = (await kanalFacts(tx, moveTo, now)) ?? undefined;
    }
    await tx.delete(kanal).where(eq(kanal.id, id));
    return { ok: true, change: { before, after: null, movedTo } } as const;
  });
}
