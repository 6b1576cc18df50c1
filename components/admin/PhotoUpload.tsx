"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { BodyPhoto } from "@/lib/body-photos";
import { mediaUrl, mediaVariantPath } from "@/lib/urls";
import { describe, Field, inputClass } from "./Field";
import { MediaPicker } from "./MediaPicker";
import { UploadProgress } from "./UploadProgress";
import { usePhotoUpload } from "./usePhotoUpload";

/** The photo the save will name by id: one just uploaded, or one picked from the library. */
type Chosen = { id: string; preview: string | null; name: string };

type Props = {
  /** The field's error from the last save (a refused file, a missing alt text). */
  error?: string;
  /** A photo uploaded before a refused save or an autosave: it is still the one the save will use. */
  uploadedId: string;
  /** Told when an upload starts and ends: the form's save buttons wait for it. */
  onBusyChange: (busy: boolean) => void;
  /** A photo picked from the library: the form takes over its caption, credit and alt text. */
  onPicked?: (photo: BodyPhoto) => void;
  /** "Nomor foto pustaka" as last posted, and its error: the picker's stand-in without JavaScript. */
  libraryNumber: string;
  libraryError?: string;
};

/**
 * The Foto field. With JavaScript a chosen photo goes up at once, on its own (XMLHttpRequest: fetch
 * reports no upload progress), with a progress bar and its percentage, "Batalkan" while it runs and
 * "Coba lagi" after a failure or a cancel; the form's save then names it by id (`foto_id`), so a
 * save on a slow link carries only words. Nothing typed depends on it. Without JavaScript it is the
 * plain file field the form posts, as before.
 */
export function PhotoUpload({ error, uploadedId, onBusyChange, onPicked, libraryNumber, libraryError }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen | null>(uploadedId ? { id: uploadedId, preview: null, name: "" } : null);
  const [picking, setPicking] = useState(false);
  const { upload, start: send, cancel, percent } = usePhotoUpload((photo, file) => setChosen({ id: String(photo.id), preview: photo.preview, name: file.name }));
  const busy = upload.kind === "sending";
  useEffect(() => onBusyChange(busy), [busy, onBusyChange]);
  // A new upload replaces the photo chosen before; until it is stored the save names none.
  const start = (file: File) => {
    setChosen(null);
    send(file);
  };
  const pick = useCallback(
    ([photo]: BodyPhoto[]) => {
      if (!photo) return;
      cancel();
      setChosen({ id: String(photo.id), preview: mediaUrl(mediaVariantPath(photo.path, 640)), name: photo.caption || `foto pustaka #${photo.id}` });
      onPicked?.(photo);
    },
    [cancel, onPicked],
  );

  const onChange = () => {
    const file = input.current?.files?.[0];
    if (!file || !input.current) return;
    // The file now travels on its own; left in the field it would go up a second time with the save.
    input.current.value = "";
    start(file);
  };

  // A new upload answers the last save's complaint about the file.
  const message = upload.kind === "failed" && !chosen ? upload.message : chosen?.name ? undefined : error;

  return (
    <Field label="Foto" name="foto" error={message} hint="JPEG, PNG, atau WebP, maksimal 10 MB.">
      <input
        ref={input}
        {...describe("foto", message, "x")}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        onChange={onChange}
        className="block w-full text-sm"
      />
      <button type="button" onClick={() => setPicking(true)} className="rounded border border-slate-500 px-3 py-1.5 text-sm font-semibold">
        Pilih dari pustaka
      </button>
      <MediaPicker open={picking} onPick={pick} onClose={() => setPicking(false)} />
      {/* Without JavaScript the dialog cannot open: the photo's number from /admin/media does the same.
          Always shown (a <noscript> field was lost on the re-render after a refused save); a photo
          picked or uploaded above wins over it. */}
      <Field label="Nomor foto pustaka" name="foto_pustaka" error={libraryError} hint="Atau tulis nomor (#) foto dari Pustaka foto.">
        <input {...describe("foto_pustaka", libraryError, "x")} inputMode="numeric" defaultValue={libraryNumber} className={`${inputClass} max-w-[10rem]`} />
      </Field>
      <input type="hidden" name="foto_id" value={chosen?.id ?? ""} />
      <div className="space-y-2 text-sm">
        <UploadProgress upload={upload} percent={percent} progressId="foto-progres" onCancel={cancel} onRetry={start} />
        {chosen?.name && (
          <>
            {chosen.preview && (
              // eslint-disable-next-line @next/next/no-img-element -- admin thumbnail of the photo just chosen
              <img src={chosen.preview} alt="" className="w-full rounded" width={640} height={360} />
            )}
            <p role="status" className="text-green-800">
              {upload.kind === "done" && String(upload.photo.id) === chosen.id ? "Foto terunggah" : "Foto dipilih"}: {chosen.name}. Dipasang saat berita disimpan.
            </p>
          </>
        )}
      </div>
    </Field>
  );
}
