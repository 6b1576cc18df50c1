"use client";

import { useEffect, useRef, useState } from "react";
import { describe, Field } from "./Field";

export const UPLOAD_ENDPOINT = "/admin/unggah-foto";

type Upload =
  | { kind: "idle" }
  | { kind: "sending"; file: File; loaded: number; total: number }
  | { kind: "done"; id: string; preview: string | null; name: string }
  | { kind: "failed"; file: File; message: string };

type Props = {
  /** The field's error from the last save (a refused file, a missing alt text). */
  error?: string;
  /** A photo uploaded before a refused save or an autosave: it is still the one the save will use. */
  uploadedId: string;
  /** Told when an upload starts and ends: the form's save buttons wait for it. */
  onBusyChange: (busy: boolean) => void;
};

/**
 * The Foto field. With JavaScript a chosen photo goes up at once, on its own (XMLHttpRequest: fetch
 * reports no upload progress), with a progress bar and its percentage, "Batalkan" while it runs and
 * "Coba lagi" after a failure or a cancel; the form's save then names it by id (`foto_id`), so a
 * save on a slow link carries only words. Nothing typed depends on it. Without JavaScript it is the
 * plain file field the form posts, as before.
 */
export function PhotoUpload({ error, uploadedId, onBusyChange }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const request = useRef<XMLHttpRequest | null>(null);
  const [upload, setUpload] = useState<Upload>(uploadedId ? { kind: "done", id: uploadedId, preview: null, name: "" } : { kind: "idle" });
  const busy = upload.kind === "sending";
  useEffect(() => onBusyChange(busy), [busy, onBusyChange]);
  useEffect(() => () => request.current?.abort(), []);

  const start = (file: File) => {
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    setUpload({ kind: "sending", file, loaded: 0, total: file.size });
    const fail = (message: string) => setUpload({ kind: "failed", file, message });
    xhr.upload.onprogress = (e) => setUpload({ kind: "sending", file, loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => {
      let body: { id?: number; preview?: string; message?: string } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // An answer that is not ours (a proxy's error page): the status below says enough.
      }
      if (xhr.status === 201 && body.id) setUpload({ kind: "done", id: String(body.id), preview: body.preview ?? null, name: file.name });
      else fail(body.message ?? "Unggahan gagal.");
    };
    xhr.onerror = () => fail("Unggahan terputus. Periksa sambungan.");
    xhr.onabort = () => fail("Unggahan dibatalkan.");
    xhr.open("POST", UPLOAD_ENDPOINT);
    const data = new FormData();
    data.append("foto", file);
    xhr.send(data);
  };

  const onChange = () => {
    const file = input.current?.files?.[0];
    if (!file || !input.current) return;
    // The file now travels on its own; left in the field it would go up a second time with the save.
    input.current.value = "";
    request.current?.abort();
    start(file);
  };

  const percent = upload.kind === "sending" && upload.total > 0 ? Math.min(100, Math.round((upload.loaded / upload.total) * 100)) : 0;
  // A new upload answers the last save's complaint about the file.
  const message = upload.kind === "failed" ? upload.message : upload.kind === "done" && upload.name ? undefined : error;

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
      <input type="hidden" name="foto_id" value={upload.kind === "done" ? upload.id : ""} />
      <div className="space-y-2 text-sm">
        {upload.kind === "sending" && (
          <div className="space-y-1">
            <progress id="foto-progres" max={100} value={percent} aria-label={`Mengunggah ${upload.file.name}`} className="w-full" />
            <p className="flex items-center justify-between gap-2">
              <span>Mengunggah… {percent}%</span>
              <button type="button" onClick={() => request.current?.abort()} className="rounded border border-slate-500 px-2 py-1 font-semibold">
                Batalkan
              </button>
            </p>
          </div>
        )}
        {upload.kind === "failed" && (
          <button type="button" onClick={() => start(upload.file)} className="rounded border border-slate-500 px-2 py-1 font-semibold">
            Coba lagi
          </button>
        )}
        {upload.kind === "done" && (
          <>
            {upload.preview && (
              // eslint-disable-next-line @next/next/no-img-element -- admin thumbnail of the photo just uploaded
              <img src={upload.preview} alt="" className="w-full rounded" width={640} height={360} />
            )}
            <p role="status" className="text-green-800">Foto terunggah{upload.name && `: ${upload.name}`}. Dipasang saat berita disimpan.</p>
          </>
        )}
      </div>
    </Field>
  );
}
