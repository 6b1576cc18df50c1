"use client";

import { useActionState, useCallback, useRef, useState } from "react";
import { saveArticleAction } from "@/app/(admin)/admin/_actions/articles";
import type { BodyPhoto } from "@/lib/body-photos";
import type { ArticleStatus } from "@/lib/domain";
import { STATUS_LABELS, type StatusAction } from "@/lib/auth/roles";
import type { ArticleFormState } from "@/lib/article-conflict";
import { autosaveStatusText } from "@/lib/autosave";
import { mediaUrl, mediaVariantPath } from "@/lib/urls";
import { AutosaveOffer, type OfferedAutosave } from "./AutosaveOffer";
import { ConflictPanel } from "./ConflictPanel";
import { describe, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";
import { NoEnterSubmit } from "./NoEnterSubmit";
import { PhotoUpload } from "./PhotoUpload";
import { RichTextEditor } from "./RichTextEditor";
import { SubmitButton } from "./SubmitButton";
import { useAutosave } from "./useAutosave";
import { useLeaveGuard } from "./useLeaveGuard";

type Option = { id: number; name: string };

/** Publishing stands out; taking a story down or handing it over does not. */
const STATUS_BUTTON_CLASS: Record<ArticleStatus, string> = {
  published: "bg-green-700 text-white",
  scheduled: "bg-green-700 text-white",
  review: "bg-slate-800 text-white",
  draft: "border border-slate-500 bg-white text-slate-900",
};

type Props = {
  articleId: number | null;
  initial: Record<string, string>;
  kanal: (Option & { parentId: number | null })[];
  staff: (Option & { role: string })[];
  tagSuggestions: string[];
  statuses: ArticleStatus[];
  photo: { path: string; alt: string } | null;
  /** The library photos the stored body refers to, for the editor's previews. */
  bodyPhotos?: BodyPhoto[];
  related: { publicId: string; title: string }[];
  /** Buttons beside Simpan that save the form with a new status (see statusActions). */
  statusActions: StatusAction[];
  /** The editor's own autosave, when it holds more than what is stored: offered to restore. */
  autosave?: OfferedAutosave | null;
};

export function ArticleForm({ articleId, initial, kanal, staff, tagSuggestions, statuses, photo, bodyPhotos = [], related, statusActions, autosave }: Props) {
  const [state, action, pending] = useActionState<ArticleFormState, FormData>(saveArticleAction, {});
  const form = useRef<HTMLFormElement>(null);
  useLeaveGuard(form, JSON.stringify(initial), state);
  const [offer, setOffer] = useState(autosave ?? null);
  const [restored, setRestored] = useState<Record<string, string> | null>(null);
  const [uploading, setUploading] = useState(false);
  // Kept across the editor's remounts (a refused save, a restore): photos picked since load keep their previews.
  const [knownPhotos] = useState(() => new Map(bodyPhotos.map((p) => [p.id, p])));
  const takePhotoWords = useCallback((photo: BodyPhoto) => fillPhotoWords(form.current, photo), []);
  // Held while an offered copy waits for Pulihkan or Buang: the next autosave would replace it.
  const autosaveStatus = useAutosave(form, { articleId, active: !pending && !offer });
  const v = state.values ?? restored ?? initial;
  const e = state.errors ?? {};
  // Remounting on every answer (and on a restore) makes the uncontrolled fields show those values.
  const key = JSON.stringify(state.values ?? restored ?? null);

  return (
    <>
      {offer && (
        <AutosaveOffer
          articleId={articleId}
          autosave={offer}
          onRestore={() => {
            // The copy's own version, not the loaded one: saving a copy typed on an older version meets the conflict check.
            setRestored({ ...offer.values, version: offer.baseVersion === null ? (initial.version ?? "") : String(offer.baseVersion) });
            setOffer(null);
          }}
          onDiscarded={() => setOffer(null)}
        />
      )}
      <form key={key} ref={form} action={action} className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_320px]" noValidate>
        <NoEnterSubmit />
        {/* A field, not a bound argument: see recordIdFrom in lib/form-state.ts. */}
        <input type="hidden" name="id" value={articleId ?? ""} />
        <input type="hidden" name="version" value={v.version ?? ""} />
        <div className="min-w-0 space-y-5">
          <FormMessage message={state.message} />
          {state.conflict && articleId !== null && state.values && <ConflictPanel articleId={articleId} conflict={state.conflict} mine={state.values} />}
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
            <RichTextEditor name="isi" initialHtml={v.isi ?? ""} invalid={!!e.isi} describedBy={e.isi ? "isi-error" : undefined} photos={knownPhotos} />
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
          <Field label="Jenis berita" name="jenis_berita" error={e.jenis_berita} hint="Foto: berita foto, dibuka galeri pertama di isi berita.">
            <select {...describe("jenis_berita", e.jenis_berita, "x")} defaultValue={v.jenis_berita || "berita"} className={inputClass}>
              <option value="berita">Berita</option>
              <option value="foto">Foto</option>
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
            <PhotoUpload error={e.foto} uploadedId={v.foto_id ?? ""} onBusyChange={setUploading} onPicked={takePhotoWords} libraryNumber={v.foto_pustaka ?? ""} libraryError={e.foto_pustaka} />
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
          <div className="flex flex-wrap gap-3">
            <SubmitButton waiting={uploading} className="flex-1 rounded bg-brand px-4 py-2.5 font-semibold text-white">
              Simpan
            </SubmitButton>
            {statusActions.map((a) => (
              <SubmitButton key={a.intent} intent={a.intent} waiting={uploading} className={`flex-1 rounded px-4 py-2.5 font-semibold ${STATUS_BUTTON_CLASS[a.intent]}`}>
                {a.label}
              </SubmitButton>
            ))}
          </div>
          {uploading && <p className="text-sm text-slate-700">Menunggu unggahan foto selesai sebelum menyimpan.</p>}
          <p role="status" className="min-h-5 text-sm text-slate-700">
            {autosaveStatusText(autosaveStatus)}
          </p>
        </div>
      </form>
    </>
  );
}

/**
 * A photo picked from the library brings its own caption, credit and alt text: the save writes these
 * fields back onto the photo, so leaving the last photo's words here would overwrite the library's.
 * The input event lets the autosave and the leave guard see the change.
 */
function fillPhotoWords(form: HTMLFormElement | null, photo: BodyPhoto) {
  const words: [string, string][] = [
    ["keterangan_foto", photo.caption],
    ["kredit_foto", photo.credit],
    ["alt_foto", photo.alt],
  ];
  for (const [name, value] of words) {
    const field = form?.elements.namedItem(name);
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) continue;
    field.value = value;
    field.dispatchEvent(new Event("input", { bubbles: true }));
  }
}
