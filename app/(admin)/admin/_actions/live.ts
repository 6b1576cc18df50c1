"use server";

import { redirect } from "next/navigation";
import {
  addLiveUpdate,
  deleteLiveUpdate,
  editLiveUpdate,
  endLiveReport,
  type LiveRefusal,
  pinLiveUpdate,
  startLiveReport,
} from "@/db/mutations/live";
import { getLiveAccess } from "@/db/queries/live";
import { canEditArticle } from "@/lib/auth/roles";
import { fieldErrors, type FormState, recordIdFrom } from "@/lib/form-state";
import { LIVE_ANCHOR, LIVE_FORM_FIELDS, liveUpdateFormSchema } from "@/lib/live";
import { revalidateChange, revalidateLiveUpdate } from "@/server/revalidate";
import { authorizeAction } from "@/server/session";

// "Laporan langsung" on the story's edit page: whoever may edit the story runs its live report.
// Every action has the one shape: parse, authorize, write, revalidate, redirect.

const REFUSED: Record<LiveRefusal | "forbidden", string> = {
  missing: "Berita tidak ditemukan; mungkin sudah dihapus.",
  "not-live": "Mulai laporan langsung dahulu.",
  ended: "Laporan langsung sudah diakhiri.",
  "already-live": "Laporan langsung sudah berjalan.",
  "photo-missing": "Foto dengan nomor itu tidak ada di pustaka.",
  "update-missing": "Pembaruan tidak ditemukan; mungkin sudah dihapus.",
  forbidden: "Anda tidak berwenang menyunting berita ini.",
};

/** The signed-in user may edit the story the target belongs to: its id, or a refusal. */
async function authorize(target: { articleId: number } | { updateId: number }): Promise<{ ok: true; articleId: number; userId: number } | { ok: false; message: string }> {
  const auth = await authorizeAction("reporter");
  if (!auth.ok) return auth;
  const access = await getLiveAccess(target);
  if (!access) return { ok: false, message: REFUSED["articleId" in target ? "missing" : "update-missing"] };
  if (!canEditArticle(auth.user, access)) return { ok: false, message: REFUSED.forbidden };
  return { ok: true, articleId: access.articleId, userId: auth.user.id };
}

function done(articleId: number, what: string): never {
  redirect(`/admin/berita/${articleId}?langsung=${what}#${LIVE_ANCHOR}`);
}

function formValues(form: FormData): Record<string, string> {
  return Object.fromEntries(LIVE_FORM_FIELDS.map((k) => [k, String(form.get(k) ?? "")]));
}

/** "Mulai laporan langsung" and "Akhiri laporan langsung": the form's `aksi` says which. */
export async function setLiveAction(_prev: FormState, form: FormData): Promise<FormState> {
  const articleId = recordIdFrom(form);
  if (!articleId) return { message: REFUSED.missing };
  const allowed = await authorize({ articleId });
  if (!allowed.ok) return { message: allowed.message };
  const start = form.get("aksi") === "mulai";
  const result = start ? await startLiveReport({ articleId }) : await endLiveReport({ articleId });
  if (!result.ok) return { message: REFUSED[result.reason] };
  revalidateChange(result.change);
  done(articleId, start ? "dimulai" : "diakhiri");
}

/** "Kirim pembaruan": a new update, on the story's page at once. */
export async function addLiveUpdateAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const articleId = recordIdFrom(form);
  if (!articleId) return { message: REFUSED.missing, values };
  const allowed = await authorize({ articleId });
  if (!allowed.ok) return { message: allowed.message, values };
  const parsed = liveUpdateFormSchema.safeParse(values);
  if (!parsed.success) return { message: "Periksa kembali isian yang ditandai.", errors: fieldErrors(parsed.error.issues), values };
  const result = await addLiveUpdate({ articleId, input: parsed.data, actorId: allowed.userId });
  if (!result.ok) return refusedFields(result.reason, values);
  revalidateLiveUpdate(result.change);
  done(articleId, "terkirim");
}

/** A refusal of the write beside the field it concerns, with what was typed. */
function refusedFields(reason: LiveRefusal, values: Record<string, string>): FormState {
  if (reason === "photo-missing") return { message: "Periksa kembali isian yang ditandai.", errors: { "foto-pembaruan": REFUSED[reason] }, values };
  return { message: REFUSED[reason], values };
}

/** "Simpan perubahan" on the update's own page. */
export async function editLiveUpdateAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const updateId = recordIdFrom(form, "pembaruan-id");
  if (!updateId) return { message: REFUSED["update-missing"], values };
  const allowed = await authorize({ updateId });
  if (!allowed.ok) return { message: allowed.message, values };
  const parsed = liveUpdateFormSchema.safeParse(values);
  if (!parsed.success) return { message: "Periksa kembali isian yang ditandai.", errors: fieldErrors(parsed.error.issues), values };
  const result = await editLiveUpdate({ updateId, input: parsed.data });
  if (!result.ok) return refusedFields(result.reason, values);
  revalidateLiveUpdate(result.change);
  done(allowed.articleId, "disimpan");
}

/** "Sematkan", "Lepas sematan" and "Hapus pembaruan": the form's `aksi` says which. */
export async function liveUpdateAction(_prev: FormState, form: FormData): Promise<FormState> {
  const updateId = recordIdFrom(form, "pembaruan-id");
  if (!updateId) return { message: REFUSED["update-missing"] };
  const allowed = await authorize({ updateId });
  if (!allowed.ok) return { message: allowed.message };
  const aksi = form.get("aksi");
  if (aksi !== "sematkan" && aksi !== "lepas" && aksi !== "hapus") return { message: "Tindakan tidak dikenal." };
  const result = aksi === "hapus" ? await deleteLiveUpdate({ updateId }) : await pinLiveUpdate({ updateId, pinned: aksi === "sematkan" });
  if (!result.ok) return { message: REFUSED[result.reason] };
  revalidateLiveUpdate(result.change);
  done(allowed.articleId, aksi === "hapus" ? "dihapus" : aksi === "sematkan" ? "disematkan" : "dilepas");
}
