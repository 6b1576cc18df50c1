"use client";

import type { Upload } from "./usePhotoUpload";

type Props = {
  upload: Upload;
  percent: number;
  /** The progress bar's id, unique on the page (the form and the picker may both show one). */
  progressId: string;
  onCancel: () => void;
  onRetry: (file: File) => void;
};

/** An upload's progress bar with "Batalkan", and "Coba lagi" after a failure or a cancel. */
export function UploadProgress({ upload, percent, progressId, onCancel, onRetry }: Props) {
  if (upload.kind === "sending")
    return (
      <div className="space-y-1">
        <progress id={progressId} max={100} value={percent} aria-label={`Mengunggah ${upload.file.name}`} className="w-full" />
        <p className="flex items-center justify-between gap-2">
          <span>Mengunggah… {percent}%</span>
          <button type="button" onClick={onCancel} className="rounded border border-slate-500 px-2 py-1 font-semibold">
            Batalkan
          </button>
        </p>
      </div>
    );
  if (upload.kind === "failed")
    return (
      <button type="button" onClick={() => onRetry(upload.file)} className="rounded border border-slate-500 px-2 py-1 font-semibold">
        Coba lagi
      </button>
    );
  return null;
}
