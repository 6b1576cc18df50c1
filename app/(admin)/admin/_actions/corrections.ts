"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { addCorrection, removeCorrection } from "@/db/mutations/corrections";
import { correctionFormSchema } from "@/lib/corrections";
import { fieldErrors, type FormState, recordIdFrom } from "@/lib/form-state";
import { CORRECTIONS_ANCHOR } from "@/lib/urls";
import { revalidateCorrection } from "@/server/revalidate";
import { authorizeAction } from "@/server/session";

const REFUSED: Record<"missing" | "not-public" | "removed", string> = {
  missing: "Berita tidak ditemukan; mungkin sudah dihapus.",
  "not-public": "Catatan hanya dapat ditambahkan pada berita yang sedang terbit.",
  removed: "Catatan ini sudah dihapus.",
};

/** "Tambahkan" under "Ralat & koreksi": a redaktur or admin adds a note to a published story. */
export async function addCorrectionAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = { jenis: String(form.get("jenis") ?? ""), catatan: String(form.get("catatan") ?? "") };
  const parsed = correctionFormSchema.safeParse(values);
  const auth = await authorizeAction("editor");
  if (!auth.ok) return { message: auth.message, values };
  const articleId = recordIdFrom(form);
  if (!articleId) return { message: REFUSED.missing, values };
  if (!parsed.success) return { message: "Periksa kembali isian yang ditandai.", errors: fieldErrors(parsed.error.issues), values };
  const result = await addCorrection({ articleId, input: parsed.data, actorId: auth.user.id });
  if (!result.ok) return { message: REFUSED[result.reason], values };
  revalidateCorrection(result.change);
  redirect(`/admin/berita/${articleId}?catatan=ditambahkan#${CORRECTIONS_ANCHOR}`);
}

const removeSchema = z.object({ catatan: z.coerce.number().int().positive() });

/** Admin only: the note leaves the story and /koreksi, and stays in the newsroom with who removed it and when. */
export async function removeCorrectionAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = removeSchema.safeParse({ catatan: form.get("catatan") });
  if (!parsed.success) return { message: "Catatan tidak ditemukan." };
  const auth = await authorizeAction("admin");
  if (!auth.ok) return { message: auth.message };
  const result = await removeCorrection({ correctionId: parsed.data.catatan, actorId: auth.user.id });
  if (!result.ok) return { message: result.reason === "missing" ? "Catatan tidak ditemukan." : REFUSED[result.reason] };
  revalidateCorrection(result.change);
  redirect(`/admin/berita/${result.articleId}?catatan=dihapus#${CORRECTIONS_ANCHOR}`);
}
