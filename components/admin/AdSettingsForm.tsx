"use client";

import { useActionState } from "react";
import { saveAdSettingsAction } from "@/app/(admin)/admin/_actions/ads";
import type { FormState } from "@/lib/form-state";
import { describe, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";

type Props = { initial: Record<string, string> };

export function AdSettingsForm({ initial }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveAdSettingsAction, {});
  const v = state.values ?? initial;
  const e = state.errors ?? {};
  const key = JSON.stringify(state.values ?? null);
  return (
    <form key={key} action={action} className="grid max-w-2xl gap-5" noValidate>
      <FormMessage message={state.message} />
      <div className="space-y-1 rounded border border-slate-300 bg-white p-4">
        <label className="flex items-center gap-2 font-semibold">
          <input type="checkbox" name="iklan_aktif" value="1" defaultChecked={v.iklan_aktif === "1"} aria-describedby="iklan_aktif-hint" className="h-4 w-4" />
          Tampilkan iklan di situs
        </label>
        <p id="iklan_aktif-hint" className="text-xs text-slate-600">
          Tombol darurat: tanpa centang, semua slot iklan hilang dari setiap halaman, tanpa menghapus atau menjeda iklan satu per satu.
        </p>
      </div>
      <Field label="Label di atas iklan" name="label_iklan" error={e.label_iklan} hint="Misalnya Advertisement, Iklan, atau Sponsor.">
        <input {...describe("label_iklan", e.label_iklan, "x")} defaultValue={v.label_iklan} list="label-usulan" className={inputClass} />
      </Field>
      <datalist id="label-usulan">
        <option value="Advertisement" />
        <option value="Iklan" />
      </datalist>
      <Field label="Iklan dalam artikel setelah paragraf ke-" name="paragraf_iklan" error={e.paragraf_iklan} hint="1–20. Berita yang lebih pendek tidak menampilkan iklan dalam artikel.">
        <input {...describe("paragraf_iklan", e.paragraf_iklan, "x")} type="number" min={1} max={20} step={1} defaultValue={v.paragraf_iklan} className={inputClass} />
      </Field>
      <Field label="Isi ads.txt" name="ads_txt" error={e.ads_txt} hint="Disajikan apa adanya di /ads.txt, satu penjual per baris, misalnya: google.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0">
        <textarea {...describe("ads_txt", e.ads_txt, "x")} defaultValue={v.ads_txt} rows={8} spellCheck={false} className={`${inputClass} font-mono text-sm`} />
      </Field>
      <div>
        <button type="submit" disabled={pending} className="rounded bg-brand px-5 py-2.5 font-semibold text-white disabled:opacity-60">
          {pending ? "Menyimpan…" : "Simpan pengaturan"}
        </button>
      </div>
    </form>
  );
}
