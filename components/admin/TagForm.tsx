"use client";

import { useActionState } from "react";
import { saveTagAction } from "@/app/(admin)/admin/_actions/taxonomy";
import type { FormState } from "@/lib/form-state";
import { describe, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";
import { SubmitButton } from "./SubmitButton";

type Props = { id: number; initial: { nama: string; slug: string; deskripsi: string } };

/** A tag's Nama, Slug and Deskripsi (shown on the tag page and as its meta description). */
export function TagForm({ id, initial }: Props) {
  const [state, action] = useActionState<FormState, FormData>(saveTagAction, {});
  const v = state.values ?? initial;
  const e = state.errors ?? {};
  return (
    <form action={action} className="grid max-w-2xl gap-4 sm:grid-cols-2" noValidate key={JSON.stringify(state.values ?? null)}>
      <div className="sm:col-span-2">
        <FormMessage message={state.message} />
      </div>
      <input type="hidden" name="id" value={id} />
      <Field label="Nama" name="nama" error={e.nama}>
        <input {...describe("nama", e.nama)} defaultValue={v.nama} required className={inputClass} />
      </Field>
      <Field label="Slug" name="slug" error={e.slug} hint="Alamat lama tetap dialihkan (308) ke slug baru.">
        <input {...describe("slug", e.slug, "x")} defaultValue={v.slug} autoCapitalize="none" spellCheck={false} className={inputClass} />
      </Field>
      <div className="sm:col-span-2">
        <Field label="Deskripsi" name="deskripsi" error={e.deskripsi} hint="Tampil di halaman tag dan sebagai deskripsi untuk mesin pencari.">
          <textarea {...describe("deskripsi", e.deskripsi, "x")} defaultValue={v.deskripsi} rows={3} className={inputClass} />
        </Field>
      </div>
      <div>
        <SubmitButton className="rounded bg-brand px-4 py-2 font-semibold text-white">Simpan</SubmitButton>
      </div>
    </form>
  );
}
