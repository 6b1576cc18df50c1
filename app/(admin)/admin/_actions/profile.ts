"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { mediaStore } from "@/lib/media";
import { photoFiles, storePhoto } from "@/db/mutations/articles";
import { updateProfile } from "@/db/mutations/staff";
import { hasRole } from "@/lib/auth/roles";
import { fieldErrors, type FormState, recordIdFrom } from "@/lib/form-state";
import { processUpload } from "@/lib/images";
import { authorInvalidation, parseProfileLinks } from "@/lib/taxonomy";
import { revalidateDrop } from "@/server/revalidate";
import { authorizeAction } from "@/server/session";

const profileSchema = z.object({
  bio: z.string().trim().max(600, "Bio paling panjang 600 karakter."),
  alt_foto: z.string().trim().max(200, "Teks alternatif paling panjang 200 karakter."),
});

/** An author profile: everyone edits their own, an admin anyone's. The server decides, not the page. */
export async function saveProfileAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = Object.fromEntries(["bio", "tautan", "alt_foto", "hapus_foto"].map((k) => [k, String(form.get(k) ?? "")]));
  const id = recordIdFrom(form);
  const auth = await authorizeAction("reporter");
  if (!auth.ok) return { message: auth.message, values };
  if (!id) return { message: "Profil tidak ditemukan.", values };
  if (id !== auth.user.id && !hasRole(auth.user.role, "admin")) return { message: "Anda hanya dapat mengubah profil Anda sendiri.", values };

  const parsed = profileSchema.safeParse(values);
  const errors: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error.issues);
  const links = parseProfileLinks(values.tautan);
  if (!links.ok) errors.tautan = links.message;
  const file = form.get("foto");
  const upload = file instanceof File && file.size > 0 ? await processUpload(new Uint8Array(await file.arrayBuffer())) : null;
  if (upload && !upload.ok) errors.foto = upload.message;
  if (!parsed.success || !links.ok || Object.keys(errors).length) return { message: "Periksa kembali isian yang ditandai.", errors, values };

  const stored = upload?.ok ? await storePhoto(mediaStore(), upload.image) : null;
  const saved = await updateProfile(id, {
    bio: parsed.data.bio,
    links: links.links,
    photo: stored ? { ...stored, alt: parsed.data.alt_foto } : null,
    removePhoto: values.hapus_foto === "1",
  }).catch(async (err: unknown) => {
    if (stored && upload?.ok) await mediaStore().remove(photoFiles(stored.path, upload.image));
    throw err;
  });
  if (!saved) return { message: "Profil tidak ditemukan.", values };
  revalidateDrop(authorInvalidation(saved));
  revalidatePath(`/admin/profil/${id}`);
  redirect(`/admin/profil/${id}?disimpan=1`);
}
