"use client";

import { useState } from "react";
import { formatWibShort } from "@/lib/wib";
import { AUTOSAVE_ENDPOINT } from "./useAutosave";

/** An autosave the editor left behind (a closed tab, a crash), offered when they come back. */
export type OfferedAutosave = {
  values: Record<string, string>;
  baseVersion: number | null;
  /** ISO time. */
  savedAt: string;
  /** The story was saved again after the version this copy was typed on. */
  stale: boolean;
};

type Props = {
  articleId: number | null;
  autosave: OfferedAutosave;
  onRestore: () => void;
  onDiscarded: () => void;
};

/**
 * "Ada simpanan otomatis dari …": Pulihkan puts the copy in the form (its version with it, so a
 * copy typed on an older version meets the conflict check when saved), Buang deletes it.
 */
export function AutosaveOffer({ articleId, autosave, onRestore, onDiscarded }: Props) {
  const [failed, setFailed] = useState(false);
  const discard = async () => {
    try {
      const res = await fetch(`${AUTOSAVE_ENDPOINT}${articleId === null ? "" : `?berita=${articleId}`}`, { method: "DELETE" });
      if (!res.ok) throw new Error(String(res.status));
      onDiscarded();
    } catch {
      setFailed(true);
    }
  };
  return (
    <section aria-labelledby="simpanan-otomatis-judul" className="mb-4 space-y-2 rounded border border-sky-400 bg-sky-50 p-4 text-sm">
      <h2 id="simpanan-otomatis-judul" className="font-semibold">
        Ada simpanan otomatis dari {formatWibShort(new Date(autosave.savedAt))}.
      </h2>
      <p>
        Isian yang belum Anda simpan. Simpan otomatis menunggu sampai Anda memilih.
        {autosave.stale && " Berita ini sudah disimpan lagi sesudahnya: bila Anda memulihkan lalu menyimpan, Anda akan diminta membandingkan kedua versi."}
      </p>
      {failed && (
        <p role="alert" className="font-medium text-red-700">
          Gagal membuang simpanan otomatis; coba lagi.
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onRestore} className="rounded bg-slate-800 px-3 py-1.5 font-semibold text-white">
          Pulihkan
        </button>
        <button type="button" onClick={discard} className="rounded border border-slate-500 bg-white px-3 py-1.5 font-semibold">
          Buang
        </button>
      </div>
    </section>
  );
}
