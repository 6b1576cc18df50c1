"use client";

import { useEffect, useRef, useState } from "react";

export const UPLOAD_ENDPOINT = "/admin/unggah-foto";

/** What the upload route answers for a stored photo (server/article-drafts.ts). */
export type UploadedPhotoAnswer = { id: number; path: string; width: number; height: number; preview: string };

export type Upload =
  | { kind: "idle" }
  | { kind: "sending"; file: File; loaded: number; total: number }
  | { kind: "done"; photo: UploadedPhotoAnswer; name: string }
  | { kind: "failed"; file: File; message: string };

/**
 * One photo upload to the library at a time, with its progress (XMLHttpRequest: fetch reports no
 * upload progress), cancel and retry. Shared by the article form's Foto field and the picker's
 * "Unggah foto baru", so both go through the same route and the same checks.
 */
export function usePhotoUpload(onDone?: (photo: UploadedPhotoAnswer, file: File) => void) {
  const request = useRef<XMLHttpRequest | null>(null);
  const [upload, setUpload] = useState<Upload>({ kind: "idle" });
  // The latest callback without restarting anything when the parent renders again.
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);
  useEffect(() => () => request.current?.abort(), []);

  const start = (file: File) => {
    request.current?.abort();
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    setUpload({ kind: "sending", file, loaded: 0, total: file.size });
    const fail = (message: string) => setUpload({ kind: "failed", file, message });
    xhr.upload.onprogress = (e) => setUpload({ kind: "sending", file, loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => {
      let body: Partial<UploadedPhotoAnswer> & { message?: string } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // An answer that is not ours (a proxy's error page): the status below says enough.
      }
      if (xhr.status === 201 && body.id && body.path) {
        const photo = { id: body.id, path: body.path, width: body.width ?? 0, height: body.height ?? 0, preview: body.preview ?? "" };
        setUpload({ kind: "done", photo, name: file.name });
        done.current?.(photo, file);
      } else fail(body.message ?? "Unggahan gagal.");
    };
    xhr.onerror = () => fail("Unggahan terputus. Periksa sambungan.");
    xhr.onabort = () => fail("Unggahan dibatalkan.");
    xhr.open("POST", UPLOAD_ENDPOINT);
    const data = new FormData();
    data.append("foto", file);
    xhr.send(data);
  };

  const percent = upload.kind === "sending" && upload.total > 0 ? Math.min(100, Math.round((upload.loaded / upload.total) * 100)) : 0;
  return { upload, setUpload, start, cancel: () => request.current?.abort(), percent };
}
