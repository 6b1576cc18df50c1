"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteAdCreative, saveAdWithPictures, setAdPaused } from "@/db/mutations/ad-desk";
import { saveSiteSettings } from "@/db/mutations/settings";
import { getAdCreativeForEdit } from "@/db/queries/ad-desk";
import { getKanalOptions } from "@/db/queries/admin";
import { adSettingsFormSchema, readAdForm, readAdSettingsForm, validateAdForm } from "@/lib/ad-form";
import { AD_SLOT_SIZES, hasPhoneSize } from "@/lib/ads/slots";
import { authorizeAction } from "@/server/session";
import { mediaStore } from "@/lib/media";
import { fieldErrors, type FormState, recordIdFrom } from "@/lib/form-state";
import { processAdImage } from "@/lib/images";
import { revalidateReaderSite } from "@/server/revalidate";
import { adSlots, type AdSlotName } from "@/lib/domain";

async function uploadedBytes(form: FormData, name: string): Promise<Uint8Array | null> {
  const file = form.get(name);
  return file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
}

const isSlot = (v: string): v is AdSlotName => (adSlots as readonly string[]).includes(v);

/** Create (no id) or update a creative from the full form, pictures included. */
export async function saveAdAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = readAdForm(form);
  const creativeId = recordIdFrom(form);
  // Who is asking is checked before any picture is decoded: a stranger's upload costs nothing.
  const auth = await authorizeAction("admin");
  if (!auth.ok) return { message: auth.message, values };
  if (creativeId === undefined) return { message: "Iklan tidak ditemukan; mungkin sudah dihapus.", values };
  const current = creativeId ? await getAdCreativeForEdit(creativeId) : null;
  if (creativeId && !current) return { message: "Iklan tidak ditemukan; mungkin sudah dihapus.", values };
  const isImage = values.jenis === "image";
  const slot = isSlot(values.slot) ? values.slot : null;
  const picture = isImage ? await uploadedBytes(form, "gambar") : null;
  const phonePicture = isImage && slot && hasPhoneSize(slot) ? await uploadedBytes(form, "gambar_ponsel") : null;
  // A picture already stored was made for its old slot; a different slot needs a new one.
  const keepsPicture = !!current?.imageId && current.slot === slot;
  const checked = validateAdForm(values, { hasImage: !!picture || keepsPicture });
  const errors: Record<string, string> = checked.ok ? {} : { ...checked.errors };
  // Pictures are checked in memory first (type by its bytes, size, exact box): a bad file is refused before anything is written.
  if (picture && slot) {
    const r = await processAdImage(picture, AD_SLOT_SIZES[slot].desktop);
    if (!r.ok) errors.gambar = r.message;
  }
  if (phonePicture && slot) {
    const r = await processAdImage(phonePicture, AD_SLOT_SIZES[slot].phone!);
    if (!r.ok) errors.gambar_ponsel = r.message;
  }
  if (!checked.ok || Object.keys(errors).length) return { message: "Periksa kembali isian yang ditandai.", errors, values };
  const input = checked.input;
  const known = new Set((await getKanalOptions()).map((k) => k.id));
  input.kanalIds = input.kanalIds.filter((id) => known.has(id));

  const slotChanged = !!current && current.slot !== input.slot;
  const saved = await saveAdWithPictures({
    media: mediaStore(),
    id: creativeId,
    input,
    picture,
    phonePicture,
    dropMobileImage: !hasPhoneSize(input.slot) || (slotChanged && !phonePicture),
  });
  if (!saved.ok && saved.reason === "picture") {
    return { message: "Periksa kembali isian yang ditandai.", errors: { [saved.variant === "phone" ? "gambar_ponsel" : "gambar"]: saved.message }, values };
  }
  if (!saved.ok) return { message: "Iklan tidak ditemukan; mungkin sudah dihapus.", values };
  const id = saved.id;
  revalidateReaderSite();
  revalidatePath("/admin/iklan");
  redirect(`/admin/iklan/${id}?tersimpan=1`);
}

const pauseSchema = z.object({
  id: z.coerce.number().int().positive(),
  dijeda: z.enum(["1", "0"]),
  kembali: z.enum(["daftar", "sunting"]).default("daftar"),
});

/** Pause or resume from the list or the edit page; a paused creative leaves every page at once. */
export async function setAdPausedAction(form: FormData): Promise<void> {
  const parsed = pauseSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) redirect("/admin/iklan?galat=1");
  const { id, dijeda, kembali } = parsed.data;
  const back = kembali === "sunting" ? `/admin/iklan/${id}` : "/admin/iklan";
  const auth = await authorizeAction("admin");
  if (!auth.ok) redirect(`${back}?galat=wewenang`);
  if (!(await setAdPaused(id, dijeda === "1"))) redirect("/admin/iklan?galat=1");
  revalidateReaderSite();
  revalidatePath("/admin/iklan");
  redirect(`${back}?${dijeda === "1" ? "dijeda" : "dilanjutkan"}=${id}`);
}

const deleteSchema = z.object({
  id: z.coerce.number().int().positive(),
  konfirmasi: z.literal("HAPUS", { message: "Ketik HAPUS untuk mengonfirmasi." }),
});

/** Deleting takes the creative's counts with it, so it asks for HAPUS; pausing is the reversible way. */
export async function deleteAdAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = deleteSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: fieldErrors(parsed.error.issues) };
  const auth = await authorizeAction("admin");
  if (!auth.ok) return { message: auth.message };
  await deleteAdCreative(parsed.data.id);
  revalidateReaderSite();
  revalidatePath("/admin/iklan");
  redirect("/admin/iklan?dihapus=1");
}

/** The kill switch, the label, the in-article paragraph and ads.txt. */
export async function saveAdSettingsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = readAdSettingsForm(form);
  const parsed = adSettingsFormSchema.safeParse(values);
  if (!parsed.success) return { message: "Periksa kembali isian yang ditandai.", errors: fieldErrors(parsed.error.issues), values };
  const auth = await authorizeAction("admin");
  if (!auth.ok) return { message: auth.message, values };
  await saveSiteSettings(parsed.data);
  revalidateReaderSite();
  revalidatePath("/ads.txt");
  redirect("/admin/iklan/pengaturan?tersimpan=1");
}
