"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { discardAutosave } from "@/db/mutations/article-autosaves";
import { restoreRevision } from "@/db/mutations/article-revisions";
import { deleteArticle, saveArticleWithPhoto } from "@/db/mutations/articles";
import { getArticleForEdit, getKanalOptions } from "@/db/queries/admin";
import { getPhoto } from "@/db/queries/photos";
import type { ArticleFormState } from "@/lib/article-conflict";
import { articleFormSchema, readArticleForm, withStatusIntent } from "@/lib/article-form";
import { articleToFormValues } from "@/lib/article-form-values";
import { allowedStatuses, canDeleteArticle, canEditArticle } from "@/lib/auth/roles";
import { authorizeAction } from "@/server/session";
import { mediaStore } from "@/lib/media";
import { fieldErrors, type FormState, recordIdFrom } from "@/lib/form-state";
import { processUpload } from "@/lib/images";
import { revalidateChange } from "@/server/revalidate";
import { formatWibDateLine } from "@/lib/wib";

/**
 * Create (no id) or update an article from the full form, photo included: a file posted with the
 * form (without JavaScript), or one the form uploaded ahead (`foto_id`). "Pakai versi saya" after a
 * conflict posts `timpa`, the version that won, so this save goes over it (it stays in the revisions).
 */
export async function saveArticleAction(_prev: ArticleFormState, form: FormData): Promise<ArticleFormState> {
  const values = withOverwrite(readArticleForm(form), form.get("timpa"));
  const articleId = recordIdFrom(form);
  // A status button (intent) is checked and saved with the typed fields; a refusal gives the form back with Status as it was.
  let parsed = articleFormSchema.safeParse(withStatusIntent(values, form.get("intent")));
  // Who is asking is checked before the photo is decoded: a stranger's upload costs nothing.
  const auth = await authorizeAction("reporter");
  if (!auth.ok) return { message: auth.message, values };
  if (articleId === undefined) return { message: "Berita tidak ditemukan; mungkin sudah dihapus.", values };
  const file = form.get("foto");
  const upload = file instanceof File && file.size > 0 ? file : null;
  const errors: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error.issues);
  // The photo is checked in memory first: a bad file is refused before anything is written.
  const photo = upload ? await processUpload(new Uint8Array(await upload.arrayBuffer())) : null;
  if (photo && !photo.ok) errors.foto = photo.message;
  const uploadedId = upload ? null : recordIdFrom(form, "foto_id");
  if (uploadedId === undefined || (uploadedId !== null && !(await getPhoto(uploadedId)))) errors.foto = "Foto yang diunggah tidak ditemukan; unggah lagi.";
  // Without JavaScript the picker is a number field. The form's photo words describe the photo it had,
  // and the save writes them onto the photo it names: the library photo's own words come along instead,
  // as the picker fills them in with JavaScript. They can be changed with the next save.
  const picked = upload || uploadedId ? null : recordIdFrom(form, "foto_pustaka");
  const library = picked ? await getPhoto(picked) : null;
  if (picked === undefined) errors.foto_pustaka = "Nomor foto harus angka, misalnya 12.";
  else if (picked && !library) errors.foto_pustaka = `Foto nomor ${picked} tidak ada di pustaka.`;
  if (library) {
    Object.assign(values, { keterangan_foto: library.caption, kredit_foto: library.credit, alt_foto: library.alt });
    parsed = articleFormSchema.safeParse(withStatusIntent(values, form.get("intent")));
  }
  if ((upload || uploadedId || library) && !values.alt_foto.trim()) errors.alt_foto = "Isi teks alternatif untuk foto.";
  if (!parsed.success || Object.keys(errors).length) {
    return { message: "Periksa kembali isian yang ditandai.", errors, values };
  }
  const input = parsed.data;
  const user = auth.user;
  if (!allowedStatuses(user.role).includes(input.status)) {
    return { errors: { status: "Hanya redaktur yang dapat menjadwalkan atau menerbitkan." }, values };
  }
  const current = articleId ? await getArticleForEdit(articleId) : null;
  if (articleId && !current) return { message: "Berita tidak ditemukan; mungkin sudah dihapus.", values };
  if (current && !canEditArticle(user, current)) return { message: "Anda tidak berwenang mengubah berita ini.", values };
  if (!articleId && input.reporterId === null && user.role === "reporter") input.reporterId = user.id;
  if (!(await getKanalOptions()).some((k) => k.id === input.kanalId)) return { errors: { kanal: "Kanal tidak ditemukan." }, values };

  const result = await saveArticleWithPhoto({
    id: articleId,
    input,
    actorId: user.id,
    upload: photo?.ok ? { media: mediaStore(), image: photo.image } : null,
      ...(uploadedId ? { photoId: uploadedId } : library ? { photoId: library.id } : {}),
  });
  if (!result.ok) {
    if (result.reason === "conflict") {
      const theirs = articleId ? await getArticleForEdit(articleId) : null;
      return {
        message: `Berita ini sudah disimpan ${result.savedBy ?? "orang lain"} pada ${formatWibDateLine(result.savedAt)} setelah Anda membukanya. Simpanan Anda ditolak agar pekerjaannya tidak tertimpa; teks Anda tetap di formulir. Bandingkan dengan versi mereka di bawah.`,
        values,
        ...(theirs && {
          conflict: { version: theirs.version, savedBy: result.savedBy, savedAt: result.savedAt.toISOString(), values: articleToFormValues(theirs) },
        }),
      };
    }
    if (result.reason === "slug") return { errors: { slug: result.message }, values };
    return { message: "Berita tidak ditemukan; mungkin sudah dihapus.", values };
  }
  revalidateChange(result.change);
  // Saved: the editor's autosave of it (or of their new story) is now behind what is stored.
  await discardAutosave(user.id, articleId);
  redirect(`/admin/berita/${result.id}?tersimpan=1`);
}

/**
 * The form's values with the version "Pakai versi saya" names, so the save is checked against the
 * version that won instead of the one the form was loaded at.
 * @example withOverwrite({ version: "3" }, "4") // { version: "4" }
 */
function withOverwrite(values: Record<string, string>, overwrite: FormDataEntryValue | null): Record<string, string> {
  return typeof overwrite === "string" && /^[1-9][0-9]{0,8}$/.test(overwrite) ? { ...values, version: overwrite } : values;
}

const deleteSchema = z.object({
  id: z.coerce.number().int().positive(),
  konfirmasi: z.literal("HAPUS", { message: "Ketik HAPUS untuk mengonfirmasi." }),
});

/** Admin only, and only after typing HAPUS: deleting cannot be undone, unlike unpublishing. */
export async function deleteArticleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = deleteSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: fieldErrors(parsed.error.issues) };
  const auth = await authorizeAction("admin");
  if (!auth.ok || !canDeleteArticle(auth.user.role)) return { message: auth.ok ? "Hanya admin yang dapat menghapus." : auth.message };
  const change = await deleteArticle(parsed.data.id);
  if (change) revalidateChange(change);
  redirect("/admin?dihapus=1");
}

const restoreSchema = z.object({ revisi: z.coerce.number().int().positive() });

/** Restoring saves the old content (photo included) as a new version, so the restore itself can be undone. */
export async function restoreRevisionAction(form: FormData): Promise<void> {
  const parsed = restoreSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) redirect("/admin");
  const auth = await authorizeAction("editor");
  if (!auth.ok) redirect("/admin?galat=wewenang");
  const restored = await restoreRevision({ revisionId: parsed.data.revisi, actorId: auth.user.id });
  if (!restored) redirect("/admin?galat=wewenang");
  if (restored.result.ok) revalidateChange(restored.result.change);
  redirect(`/admin/berita/${restored.articleId}?dipulihkan=${restored.version}`);
}
