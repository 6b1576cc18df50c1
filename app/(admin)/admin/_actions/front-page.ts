"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { restoreFrontPageVersion, saveFrontPage } from "@/db/mutations/front-page";
import { type FrontStoryHit, getFrontPage, getStoryRefs, searchFrontStories } from "@/db/queries/front-page";
import {
  buildLayout,
  FRONT_SLOTS,
  type FrontPageFormState,
  type FrontSlot,
  moveRow,
  parseStoryRef,
  type PreviewItem,
  type ResolvedFrontPage,
  readFrontPageForm,
} from "@/lib/front-page";
import { articlePath } from "@/lib/urls";
import { revalidateFrontPage } from "@/server/revalidate";
import { authorizeAction } from "@/server/session";

const MOVE = new RegExp(`^(naik|turun):(${FRONT_SLOTS.join("|")}):(\\d+)$`);

/** The titles of the stories the typed fields name, so the form can show what each one is. */
async function titlesOf(values: Record<string, string>) {
  const ids = new Map(Object.entries(values).flatMap(([field, v]) => (v && !field.endsWith("-berakhir") ? [[field, parseStoryRef(v)] as const] : [])));
  const publicIds = [...new Set([...ids.values()].filter((id): id is string => id !== null))];
  const stories = await getStoryRefs({ publicIds });
  const byPublicId = new Map(stories.map((s) => [s.publicId, s.title]));
  const titles: Record<string, string> = {};
  for (const [field, id] of ids) if (id && byPublicId.has(id)) titles[field] = byPublicId.get(id)!;
  return { stories, titles };
}

type Card = { publicId: string; slug: string; title: string };

/** The Pratinjau list: every position readers would see, in order, and whether an editor picked it. */
function previewOf(page: ResolvedFrontPage<Card>): PreviewItem[] {
  const placed = [
    ...(page.headline ? [["headline", page.headline] as const] : []),
    ...page.sorotan.map((p) => ["sorotan", p] as const),
    ...page.pilihan.map((p) => ["pilihan", p] as const),
  ];
  return placed.map(([slot, p]) => ({ slot, title: p.article.title, href: articlePath(p.article), picked: p.pick !== null, expiresAt: p.pick?.expiresAt ?? null }));
}

/**
 * The Atur Beranda form: "Simpan" saves a new version, "Pratinjau" shows the front page as it
 * would be, and without JavaScript the Naik/Turun buttons post here too and get the form back
 * reordered (with JavaScript they reorder in the browser). Nothing typed is lost on any answer.
 */
export async function frontPageAction(_prev: FrontPageFormState, form: FormData): Promise<FrontPageFormState> {
  let values = readFrontPageForm(form);
  const intent = String(form.get("intent") ?? "simpan");
  const stamp = Date.now();
  const auth = await authorizeAction("editor");
  if (!auth.ok) return { message: auth.message, values, stamp };
  const move = MOVE.exec(intent);
  if (move) {
    values = moveRow(values, move[2] as FrontSlot, Number(move[3]), move[1] === "naik" ? -1 : 1);
    return { values, titles: (await titlesOf(values)).titles, stamp, moved: `${move[1]}:${move[2]}:${Number(move[3]) + (move[1] === "naik" ? -1 : 1)}` };
  }
  const now = new Date();
  const { stories, titles } = await titlesOf(values);
  const { layout, errors } = buildLayout(values, stories, now);
  if (Object.keys(errors).length > 0) return { message: "Periksa kembali isian yang ditandai.", errors, values, titles, stamp };
  if (intent === "pratinjau") {
    return { values, titles, stamp, preview: previewOf(await getFrontPage({ latestCount: 0, layout, now })) };
  }
  const change = await saveFrontPage({ layout, actorId: auth.user.id, now });
  revalidateFrontPage(change);
  redirect(`/admin/beranda?tersimpan=${change.versionId}`);
}

const searchSchema = z.string().trim().min(2).max(100);

/** Search-as-you-type in a slot: visible stories whose title holds the words. Editors only. */
export async function searchFrontStoriesAction(q: string): Promise<FrontStoryHit[]> {
  const parsed = searchSchema.safeParse(q);
  if (!parsed.success) return [];
  const auth = await authorizeAction("editor");
  if (!auth.ok) return [];
  return searchFrontStories(parsed.data, { limit: 8 });
}

const restoreSchema = z.object({ versi: z.coerce.number().int().positive() });

/** "Pulihkan": the old version's layout saved again as the newest, so the restore can be undone too. */
export async function restoreFrontPageAction(form: FormData): Promise<void> {
  const parsed = restoreSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) redirect("/admin/beranda?galat=1");
  const auth = await authorizeAction("editor");
  if (!auth.ok) redirect("/admin/beranda?galat=1");
  const change = await restoreFrontPageVersion({ versionId: parsed.data.versi, actorId: auth.user.id });
  if (!change) redirect("/admin/beranda?galat=1");
  revalidateFrontPage(change);
  redirect(`/admin/beranda?dipulihkan=${parsed.data.versi}`);
}
