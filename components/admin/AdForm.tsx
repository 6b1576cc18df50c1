"use client";

import { type RefObject, useActionState, useRef, useState } from "react";
import { saveAdAction } from "@/app/(admin)/admin/_actions/ads";
import { type AdSlotName, adSlots } from "@/lib/domain";
import { AD_SLOT_LABELS } from "@/lib/ad-desk";
import { AD_WEIGHT_MAX } from "@/lib/ad-form";
import { adSizeText, AD_SLOT_SIZES, hasPhoneSize } from "@/lib/ads/slots";
import type { FormState } from "@/lib/form-state";
import { describe, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";
import { NoEnterSubmit } from "./NoEnterSubmit";
import { useLeaveGuard } from "./useLeaveGuard";

type Props = {
  creativeId: number | null;
  initial: Record<string, string>;
  kanal: { id: number; name: string; parentId: number | null }[];
  /** Names of the pictures already stored, so the desk knows a new upload is optional. */
  stored: { image: boolean; mobileImage: boolean };
};

const isSlot = (v: string | undefined): v is AdSlotName => (adSlots as readonly (string | undefined)[]).includes(v);

export function AdForm({ creativeId, initial, kanal, stored }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveAdAction, {});
  const v = state.values ?? initial;
  const e = state.errors ?? {};
  // Remounting on every answer makes the uncontrolled fields show what the server sent back.
  const key = JSON.stringify(state.values ?? null);
  // Here, above the remounting fields: a refused save is still unsaved.
  const form = useRef<HTMLFormElement>(null);
  useLeaveGuard(form, JSON.stringify(initial), state);
  return <AdFormFields key={key} formRef={form} action={action} pending={pending} v={v} e={e} message={state.message} kanal={kanal} stored={stored} creativeId={creativeId} />;
}

type FieldsProps = {
  formRef: RefObject<HTMLFormElement | null>;
  action: (form: FormData) => void;
  pending: boolean;
  v: Record<string, string>;
  e: Partial<Record<string, string>>;
  message?: string;
  kanal: Props["kanal"];
  stored: Props["stored"];
  creativeId: number | null;
};

function AdFormFields({ formRef, action, pending, v, e, message, kanal, stored, creativeId }: FieldsProps) {
  const isNew = creativeId === null;
  // Kind and slot decide which fields apply; the others stay in the form, hidden, so nothing typed is lost by a switch.
  // Their inputs are uncontrolled like the rest: after a refusal with the same values (no remount), React resets
  // the form to its defaults, and a controlled <select> was left showing its first option while its state did not.
  const [kind, setKind] = useState(v.jenis === "html" ? "html" : "image");
  const [slot, setSlot] = useState<AdSlotName>(isSlot(v.slot) ? v.slot : "leaderboard");
  const ticked = new Set((v.kanal ?? "").split(",").filter(Boolean));
  const size = AD_SLOT_SIZES[slot];
  const phone = hasPhoneSize(slot) ? size.phone : undefined;

  return (
    <form ref={formRef} action={action} className="grid max-w-3xl gap-5" noValidate>
      <NoEnterSubmit />
      {/* A field, not a bound argument: see recordIdFrom in lib/form-state.ts. */}
      <input type="hidden" name="id" value={creativeId ?? ""} />
      <FormMessage message={message} />
      <Field label="Nama iklan" name="nama" error={e.nama} hint="Untuk desk iklan saja; pembaca tidak melihatnya.">
        <input {...describe("nama", e.nama, "x")} defaultValue={v.nama} className={inputClass} />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label="Slot" name="slot" error={e.slot}>
          <select {...describe("slot", e.slot)} defaultValue={slot} onChange={(ev) => setSlot(ev.target.value as AdSlotName)} className={inputClass}>
            {adSlots.map((s) => (
              <option key={s} value={s}>
                {AD_SLOT_LABELS[s]} — {adSizeText(s)}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="space-y-1">
          <legend className="text-sm font-semibold text-slate-800">Jenis</legend>
          <div className="flex gap-4 pt-2">
            {[
              ["image", "Gambar"],
              ["html", "Kode HTML"],
            ].map(([value, label]) => (
              <label key={value} className="flex items-center gap-2">
                <input type="radio" name="jenis" value={value} defaultChecked={kind === value} onChange={() => setKind(value)} className="h-4 w-4" />
                {label}
              </label>
            ))}
          </div>
          {e.jenis && (
            <p className="text-sm font-medium text-red-700" role="alert">
              {e.jenis}
            </p>
          )}
        </fieldset>
      </div>

      <fieldset className="space-y-4 rounded border border-slate-300 p-4" hidden={kind !== "image"}>
        <legend className="px-1 text-sm font-semibold">Iklan gambar</legend>
        <Field
          label={`Gambar ${size.desktop.width}×${size.desktop.height}`}
          name="gambar"
          error={e.gambar}
          hint={`JPEG, PNG, atau WebP, tepat ${size.desktop.width}×${size.desktop.height} piksel (atau dua kalinya).${stored.image && !isNew ? " Kosongkan untuk memakai gambar tersimpan." : ""}`}
        >
          <input {...describe("gambar", e.gambar, "x")} type="file" accept="image/jpeg,image/png,image/webp" className="block w-full text-sm" />
        </Field>
        {phone && (
          <Field
            label={`Gambar ponsel ${phone.width}×${phone.height} (opsional)`}
            name="gambar_ponsel"
            error={e.gambar_ponsel}
            hint={`Tampil di layar di bawah 768 px; tanpa ini ponsel memakai gambar utama.${stored.mobileImage ? " Kosongkan untuk memakai gambar tersimpan." : ""}`}
          >
            <input {...describe("gambar_ponsel", e.gambar_ponsel, "x")} type="file" accept="image/jpeg,image/png,image/webp" className="block w-full text-sm" />
          </Field>
        )}
        {(e.gambar || e.gambar_ponsel) && <p className="text-xs text-slate-600">Pilih ulang gambar sebelum menyimpan lagi.</p>}
        <Field label="Teks alternatif" name="teks_alt" error={e.teks_alt} hint="Gambarkan isi iklan untuk pembaca tunanetra, misalnya “Diskon 20% kopi susu”.">
          <input {...describe("teks_alt", e.teks_alt, "x")} defaultValue={v.teks_alt} className={inputClass} />
        </Field>
      </fieldset>

      <fieldset className="space-y-4 rounded border border-slate-300 p-4" hidden={kind !== "html"}>
        <legend className="px-1 text-sm font-semibold">Iklan kode HTML</legend>
        <Field
          label="Kode HTML"
          name="html"
          error={e.html}
          hint="Tempel tag dari pengiklan apa adanya. Kode ini hanya berjalan di dalam iframe ber-sandbox: tidak bisa membaca halaman, cookie, atau sesi redaksi."
        >
          <textarea {...describe("html", e.html, "x")} defaultValue={v.html} rows={6} className={`${inputClass} font-mono text-sm`} />
        </Field>
      </fieldset>

      <Field label="URL tujuan" name="url_tujuan" error={e.url_tujuan} hint={kind === "html" ? "Opsional untuk kode HTML. Hanya http:// atau https://." : "Alamat yang dibuka saat iklan diklik; hanya http:// atau https://."}>
        <input {...describe("url_tujuan", e.url_tujuan, "x")} type="url" inputMode="url" defaultValue={v.url_tujuan} placeholder="https://" className={inputClass} />
      </Field>

      <div className="grid gap-5 sm:grid-cols-3">
        <Field label="Mulai tayang (WIB)" name="mulai" error={e.mulai}>
          <input {...describe("mulai", e.mulai)} type="datetime-local" defaultValue={v.mulai} className={inputClass} />
        </Field>
        <Field label="Selesai tayang (WIB)" name="selesai" error={e.selesai}>
          <input {...describe("selesai", e.selesai)} type="datetime-local" defaultValue={v.selesai} className={inputClass} />
        </Field>
        <Field label="Bobot rotasi" name="bobot" error={e.bobot} hint={`1–${AD_WEIGHT_MAX}; bobot 2 tampil dua kali lebih sering daripada bobot 1 di slot yang sama.`}>
          <input {...describe("bobot", e.bobot, "x")} type="number" min={1} max={AD_WEIGHT_MAX} step={1} defaultValue={v.bobot} className={inputClass} />
        </Field>
      </div>

      <fieldset className="rounded border border-slate-300 p-4" aria-describedby="kanal-hint">
        <legend className="px-1 text-sm font-semibold">Target kanal</legend>
        <p id="kanal-hint" className="mb-2 text-xs text-slate-600">
          Tanpa centang: tampil di semua halaman. Kanal induk mencakup sub-kanalnya.
        </p>
        <div className="grid gap-2 sm:grid-cols-3">
          {kanal.map((k) => (
            <label key={k.id} className={`flex items-center gap-2 text-sm ${k.parentId ? "sm:pl-4" : ""}`}>
              <input type="checkbox" name="kanal" value={k.id} defaultChecked={ticked.has(String(k.id))} className="h-4 w-4" />
              {k.name}
            </label>
          ))}
        </div>
      </fieldset>

      <label className="flex items-center gap-2 text-sm font-semibold">
        <input type="checkbox" name="dijeda" value="1" defaultChecked={v.dijeda === "1"} className="h-4 w-4" />
        Jeda (simpan tanpa menayangkan)
      </label>

      <div>
        <button type="submit" disabled={pending} className="rounded bg-brand px-5 py-2.5 font-semibold text-white disabled:opacity-60">
          {pending ? "Menyimpan…" : "Simpan iklan"}
        </button>
      </div>
    </form>
  );
}
