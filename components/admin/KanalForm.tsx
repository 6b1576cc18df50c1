"use client";

import { useActionState } from "react";
import { saveKanalAction } from "@/app/(admin)/admin/_actions/taxonomy";
import type { FormState } from "@/lib/form-state";
import { describe, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";
import { SubmitButton } from "./SubmitButton";

export type KanalFormValues = { nama: string; slug: string; deskripsi: string; induk: string; sembunyikan: string };

type Props = {
  /** The kanal edited; none for "Tambah kanal". */
  id?: number;
  initial: KanalFormValues;
  /** Top-level kanal this one may sit under (sub-kanal are one level deep). */
  parents: { id: number; name: string }[];
  button: string;
};

/** Nama, Slug, Induk, Deskripsi and "Sembunyikan dari navigasi"; what was typed comes back with any error. */
export function KanalForm({ id, initial, parents, button }: Props) {
  const [state, action] = useActionState<FormState, FormData>(saveKanalAction, {});
  const v = state.values ?? initial;
  const e = state.errors ?? {};
  // A key from the returned values remounts the fields, so an uncontrolled field shows what came back.
  return (
    <form action={action} className="grid max-w-2xl gap-4 sm:grid-cols-2" noValidate key={JSON.stringify(state.values ?? null)}>
      <div className="sm:col-span-2">
        <FormMessage message={state.message} />
      </div>
      <input type="hidden" name="id" value={id ?? ""} />
      <Field label="Nama" name="nama" error={e.nama}>
        <input {...describe("nama", e.nama)} defaultValue={v.nama} required className={inputClass} />
      </Field>
      <Field label="Slug" name="slug" error={e.slug} hint="Huruf kecil, angka dan tanda hubung. Kosongkan untuk dibuat dari nama.">
        <input {...describe("slug", e.slug, "x")} defaultValue={v.slug} autoCapitalize="none" spellCheck={false} className={inputClass} />
      </Field>
      <Field label="Induk" name="induk" error={e.induk} hint="Sub-kanal tampil di bawah induknya, satu tingkat saja.">
        <select {...describe("induk", e.induk, "x")} defaultValue={v.induk} className={inputClass}>
          <option value="">— Kanal utama —</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Deskripsi" name="deskripsi" error={e.deskripsi}>
        <input {...describe("deskripsi", e.deskripsi)} defaultValue={v.deskripsi} className={inputClass} />
      </Field>
      <div className="sm:col-span-2">
        <label className="inline-flex items-center gap-2 text-sm font-semibold text-slate-800">
          <input type="checkbox" name="sembunyikan" value="1" defaultChecked={v.sembunyikan === "1"} className="h-4 w-4" />
          Sembunyikan dari navigasi
        </label>
      </div>
      <div>
        <SubmitButton className="rounded bg-brand px-4 py-2 font-semibold text-white">{button}</SubmitButton>
      </div>
    </form>
  );
}
