"use client";

import { useActionState } from "react";
import { saveProfileAction } from "@/app/(admin)/admin/_actions/profile";
import type { FormState } from "@/lib/form-state";
import { mediaUrl } from "@/lib/urls";
import { describe, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";
import { SubmitButton } from "./SubmitButton";

type Props = {
  id: number;
  initial: { bio: string; tautan: string };
  photo: { path: string; alt: string } | null;
};

/** Bio, Foto and Tautan of an author page (/penulis/<slug>). */
export function ProfileForm({ id, initial, photo }: Props) {
  const [state, action] = useActionState<FormState, FormData>(saveProfileAction, {});
  const v = state.values ?? { ...initial, alt_foto: photo?.alt ?? "", hapus_foto: "" };
  const e = state.errors ?? {};
  return (
    <form action={action} className="grid max-w-2xl gap-4" noValidate key={JSON.stringify(state.values ?? null)}>
      <FormMessage message={state.message} />
      <input type="hidden" name="id" value={id} />
      <Field label="Bio" name="bio" error={e.bio} hint="Satu atau dua kalimat: apa yang Anda liput, sejak kapan.">
        <textarea {...describe("bio", e.bio, "x")} defaultValue={v.bio} rows={4} className={inputClass} />
      </Field>
      <Field label="Tautan" name="tautan" error={e.tautan} hint="Satu alamat per baris, diawali https:// (paling banyak 5).">
        <textarea {...describe("tautan", e.tautan, "x")} defaultValue={v.tautan} rows={3} spellCheck={false} className={inputClass} />
      </Field>
      {photo && (
        // eslint-disable-next-line @next/next/no-img-element -- a stored photo, already resized
        <img src={mediaUrl(photo.path)} alt={photo.alt || "Foto profil saat ini"} className="h-24 w-24 rounded-full object-cover" />
      )}
      <Field label="Foto" name="foto" error={e.foto} hint="JPEG, PNG atau WebP, lebar minimal 400 piksel.">
        <input {...describe("foto", e.foto, "x")} type="file" accept="image/jpeg,image/png,image/webp" className={inputClass} />
      </Field>
      <Field label="Teks alternatif foto" name="alt_foto" error={e.alt_foto}>
        <input {...describe("alt_foto", e.alt_foto)} defaultValue={v.alt_foto} className={inputClass} />
      </Field>
      {photo && (
        <label className="inline-flex items-center gap-2 text-sm font-semibold text-slate-800">
          <input type="checkbox" name="hapus_foto" value="1" defaultChecked={v.hapus_foto === "1"} className="h-4 w-4" />
          Hapus foto
        </label>
      )}
      <div>
        <SubmitButton className="rounded bg-brand px-4 py-2 font-semibold text-white">Simpan profil</SubmitButton>
      </div>
    </form>
  );
}
