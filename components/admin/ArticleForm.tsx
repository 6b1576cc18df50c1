"use client";

import { useActionState } from "react";
import { saveArticleAction } from "@/app/(admin)/admin/_actions/articles";
import type { ArticleStatus } from "@/lib/domain";
import { STATUS_LABELS } from "@/lib/auth/roles";
import type { FormState } from "@/lib/form-state";
import { mediaUrl, mediaVariantPath } from "@/lib/urls";
import { describe, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";
import { RichTextEditor } from "./RichTextEditor";

type Option = { id: number; name: string };

type Props = {
  articleId: number | null;
  initial: Record<string, string>;
  kanal: (Option & { parentId: number | null })[];
  staff: (Option & { role: string })[];
  tagSuggestions: string[];
  statuses: ArticleStatus[];
  photo: { path: string; alt: string } | null;
  related: { publicId: string; title: string }[];
  /** Shown before any save: a status button's refusal, sent back to the field it is about. */
  initialState?: FormState;
};

export function ArticleForm({ articleId, initial, kanal, staff, tagSuggestions, statuses, photo, related, initialState = {} }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveArticleAction, initialState);
  const v = state.values ?? initial;
  const e = state.errors ?? {};
  // Remounting on every answer makes the uncontrolled fields show what the server sent back.
  const key = JSON.stringify(state.values ?? null);

  return (
    <form key={key} action={action} className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_320px]" noValidate>
      {/* A field, not a bound argument: see recordIdFrom in lib/form-state.ts. */}
      <input type="hidden" name="id" value={articleId ?? ""} />
      <input type="hidden" name="version" value={v.version ?? ""} />
      <div className="min-w-0 space-y-5">
        <FormMessage message={state.message} />
        <Field label="Judul" name="judul" error={e.judul}>
          <input {...describe("judul", e.judul)} defaultValue={v.judul} className={`${inputClass} text-lg font-semibold`} />
        </Field>
        <Field label="Slug" name="slug" error={e.slug} hint="Kosongkan agar dibuat dari judul.">
          <input {...describe("slug", e.slug, "x")} defaultValue={v.slug} className={inputClass} />
        </Field>
        <Field label="Ringkasan" name="ringkasan" error={e.ringkasan}>
          <textarea {...describe("ringkasan", e.ringkasan)} defaultValue={v.ringkasan} rows={3} className={inputClass} />
        </Field>
        <Field label="Dateline" name="dateline" error={e.dateline} hint="Kota tempat berita ditulis, misalnya JAKARTA.">
          <input {...describe("dateline", e.dateline, "x")} defaultValue={v.dateline} className={`${inputClass} uppercase`} />
        </Field>
        <div className="space-y-1">
          <p id="isi-label" className="text-sm font-semibold text-slate-800">
            Isi berita
          </p>
          <RichTextEditor name="isi" initialHtml={v.isi ?? ""} invalid={!!e.isi} describedBy={e.isi ? "isi-error" : undefined} />
          {e.isi && (
            <p id="isi-error" role="alert" className="text-sm font-medium text-red-700">
              {e.isi}
            </p>
          )}
        </div>
      </div>

      <div className="space-y-5">
        <Field label="Status" name="status" error={e.status}>
          <select {...describe("status", e.status)} defaultValue={v.status || "draft"} className={inputClass}>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Waktu terbit (WIB)" name="waktu_terbit" error={e.waktu_terbit} hint="Untuk Terjadwal; kosong berarti saat diterbitkan.">
          <input {...describe("waktu_terbit", e.waktu_terbit, "x")} type="datetime-local" defaultValue={v.waktu_terbit} className={inputClass} />
        </Field>
        <Field label="Kanal" name="kanal" error={e.kanal}>
          <select {...describe("kanal", e.kanal)} defaultValue={v.kanal} className={inputClass}>
            <option value="">Pilih kanal</option>
            {kanal.map((k) => (
              <option key={k.id} value={k.id}>
                {k.parentId ? `— ${k.name}` : k.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Tag" name="tag" error={e.tag} hint="Pisahkan dengan koma.">
          <input {...describe("tag", e.tag, "x")} defaultValue={v.tag} list="tag-usulan" className={inputClass} />
        </Field>
        <datalist id="tag-usulan">
          {tagSuggestions.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <Field label="Reporter" name="reporter" error={e.reporter}>
          <select {...describe("reporter", e.reporter)} defaultValue={v.reporter} className={inputClass}>
            <option value="">—</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Redaktur" name="redaktur" error={e.redaktur}>
          <select {...describe("redaktur", e.redaktur)} defaultValue={v.redaktur} className={inputClass}>
            <option value="">—</option>
            {staff
              .filter((s) => s.role !== "reporter")
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
          </select>
        </Field>
        <fieldset className="space-y-3 rounded border border-slate-300 p-3">
          <legend className="px-1 text-sm font-semibold">Foto utama</legend>
          {photo && (
            // eslint-disable-next-line @next/next/no-img-element -- admin thumbnail of a stored variant
            <img src={mediaUrl(mediaVariantPath(photo.path, 640))} alt={photo.alt} className="w-full rounded" width={640} height={360} />
          )}
          <Field label="Foto" name="foto" error={e.foto} hint="JPEG, PNG, atau WebP, maksimal 10 MB.">
            <input {...describe("foto", e.foto, "x")} type="file" accept="image/jpeg,image/png,image/webp" className="block w-full text-sm" />
          </Field>
          {e.foto && <p className="text-xs text-slate-600">Pilih ulang foto sebelum menyimpan lagi.</p>}
          <Field label="Keterangan foto" name="keterangan_foto" error={e.keterangan_foto}>
            <textarea {...describe("keterangan_foto", e.keterangan_foto)} defaultValue={v.keterangan_foto} rows={2} className={inputClass} />
          </Field>
          <Field label="Kredit foto" name="kredit_foto" error={e.kredit_foto} hint="Tampil sebagai “Foto: …”.">
            <input {...describe("kredit_foto", e.kredit_foto, "x")} defaultValue={v.kredit_foto} className={inputClass} />
          </Field>
          <Field label="Teks alternatif" name="alt_foto" error={e.alt_foto} hint="Gambarkan isi foto untuk pembaca tunanetra.">
            <input {...describe("alt_foto", e.alt_foto, "x")} defaultValue={v.alt_foto} className={inputClass} />
          </Field>
        </fieldset>
        <Field label="Berita terkait" name="terkait" error={e.terkait} hint="Tempel tautan atau ID berita, satu per baris (maks. 3). Tampil pertama di Baca Juga.">
          <textarea {...describe("terkait", e.terkait, "x")} defaultValue={v.terkait} rows={3} className={`${inputClass} font-mono text-sm`} />
        </Field>
        {related.length > 0 && (
          <ul className="list-disc pl-5 text-sm text-slate-700">
            {related.map((r) => (
              <li key={r.publicId}>{r.title}</li>
            ))}
          </ul>
        )}
        <div className="space-y-1">
          <label className="flex items-center gap-2 text-sm font-semibold text-slate-800">
            <input type="checkbox" name="tanpa_iklan" value="1" defaultChecked={v.tanpa_iklan === "1"} aria-describedby="tanpa_iklan-hint" className="h-4 w-4" />
            Tanpa iklan
          </label>
          <p id="tanpa_iklan-hint" className="text-xs text-slate-600">
            Untuk berita duka, bencana, atau topik sensitif: halaman berita ini tidak menampilkan iklan sama sekali.
          </p>
        </div>
        <button type="submit" disabled={pending} className="w-full rounded bg-brand px-4 py-2.5 font-semibold text-white disabled:opacity-60">
          {pending ? "Menyimpan…" : "Simpan"}
        </button>
      </div>
    </form>
  );
}
