"use server";

import { redirect } from "next/navigation";
import { deletePhoto, updatePhoto } from "@/db/mutations/photos";
import { fieldErrors, type FormState, recordIdFrom } from "@/lib/form-state";
import { mediaStore } from "@/lib/media";
import { PHOTO_FIELDS, photoFormSchema } from "@/lib/photo-form";
import { revalidateChange } from "@/server/revalidate";
import { authorizeAction } from "@/server/session";

// The photo library (/admin/media). Words and focal point belong to every reporter who uses the
// photo; deleting is the desk's (editor and up), and only for a photo no story uses.

/** "Simpan foto": caption, credit, alt text and focal point, then every story that shows it is redrawn. */
export async function savePhotoAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = Object.fromEntries(PHOTO_FIELDS.map((k) => [k, String(form.get(k) ?? "")]));
  const auth = await authorizeAction("reporter");
  if (!auth.ok) return { message: auth.message, values };
  const id = recordIdFrom(form);
  if (!id) return { message: "Foto tidak ditemukan; mungkin sudah dihapus.", values };
  const parsed = photoFormSchema.safeParse(values);
  if (!parsed.success) return { message: "Periksa kembali isian yang ditandai.", errors: fieldErrors(parsed.error.issues), values };
  const changes = await updatePhoto(id, parsed.data);
  if (!changes) return { message: "Foto tidak ditemukan; mungkin sudah dihapus.", values };
  for (const change of changes) revalidateChange(change);
  redirect(`/admin/media/${id}?tersimpan=1`);
}

/** "Hapus foto": refused while a story uses it, with the number of stories. */
export async function deletePhotoAction(_prev: FormState, form: FormData): Promise<FormState> {
  const auth = await authorizeAction("editor");
  if (!auth.ok) return { message: auth.message };
  const id = recordIdFrom(form);
  if (!id) return { message: "Foto tidak ditemukan; mungkin sudah dihapus." };
  const result = await deletePhoto(mediaStore(), id);
  if (!result.ok) {
    if (result.reason === "used") return { message: `Foto ini dipakai di ${result.stories} berita, jadi tidak dapat dihapus. Ganti fotonya di berita itu lebih dulu.` };
    if (result.reason === "profile") return { message: "Foto ini dipakai sebagai foto profil staf, jadi tidak dapat dihapus." };
    return { message: "Foto tidak ditemukan; mungkin sudah dihapus." };
  }
  redirect(`/admin/media?dihapus=${id}`);
}
