"use client";

import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from "react";
import type { BodyPhoto } from "@/lib/body-photos";
import type { PickerPage } from "@/server/media-library";
import { UploadProgress } from "./UploadProgress";
import { usePhotoUpload } from "./usePhotoUpload";

export const PICKER_ENDPOINT = "/admin/media/pilih";

type Props = {
  open: boolean;
  /** Several photos at once (a gallery); otherwise a click picks one and closes. */
  multiple?: boolean;
  onPick: (photos: BodyPhoto[]) => void;
  onClose: () => void;
};

type Listing = { kind: "loading" } | { kind: "failed"; message: string } | { kind: "ready"; data: PickerPage };

const toBodyPhoto = ({ id, path, width, height, alt, caption, credit }: BodyPhoto): BodyPhoto => ({ id, path, width, height, alt, caption, credit });

/**
 * "Pilih dari pustaka": the photo library in a modal dialog. A native <dialog> opened with
 * showModal() makes the rest of the page inert and closes on Esc; Tab is also kept inside it here,
 * since some browsers let it leave for their own toolbar. It searches the library through the staff
 * route /admin/media/pilih and can upload a new photo through the article form's upload route, so a
 * new photo lands in the library like any other. Focus goes back where it was when it closes.
 */
export function MediaPicker({ open, multiple = false, onPick, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  // A form may hold more than one picker (the main photo, the body's photos): ids stay unique.
  const uid = useId();
  const ids = { title: `${uid}-judul`, search: `${uid}-cari`, searchHint: `${uid}-cari-hint`, upload: `${uid}-unggah`, uploadNote: `${uid}-unggah-catatan`, progress: `${uid}-progres` };
  const search = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState({ q: "", page: 1 });
  // Each answer is kept with the search it answers: any other search is still loading.
  const key = `${query.q}\n${query.page}`;
  const [answer, setAnswer] = useState<{ key: string; listing: Listing } | null>(null);
  const listing: Listing = answer?.key === key ? answer.listing : { kind: "loading" };
  const [chosen, setChosen] = useState<Map<number, BodyPhoto>>(new Map());

  const finish = useCallback(
    (photos: BodyPhoto[]) => {
      onPick(photos.map(toBodyPhoto));
      dialog.current?.close();
    },
    [onPick],
  );

  const { upload, start, cancel, percent } = usePhotoUpload((photo) => {
    const fresh: BodyPhoto = { id: photo.id, path: photo.path, width: photo.width, height: photo.height, alt: "", caption: "", credit: "" };
    if (!multiple) return finish([fresh]);
    setChosen((c) => new Map(c).set(fresh.id, fresh));
    setQuery({ q: "", page: 1 });
  });

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      search.current?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const setListing = (listing: Listing) => setAnswer({ key: `${query.q}\n${query.page}`, listing });
    const params = new URLSearchParams();
    if (query.q) params.set("q", query.q);
    if (query.page > 1) params.set("halaman", String(query.page));
    fetch(`${PICKER_ENDPOINT}?${params}`, { signal: controller.signal, headers: { Accept: "application/json" } })
      .then(async (r) => {
        const body = (await r.json().catch(() => ({}))) as Partial<PickerPage> & { message?: string };
        if (!r.ok || !body.photos) setListing({ kind: "failed", message: body.message ?? "Pustaka foto tidak dapat dimuat." });
        else setListing({ kind: "ready", data: body as PickerPage });
      })
      .catch(() => {
        // A search typed over the previous one aborts it; only a real failure is worth a message.
        if (!controller.signal.aborted) setListing({ kind: "failed", message: "Pustaka foto tidak dapat dimuat. Periksa sambungan." });
      });
    return () => controller.abort();
  }, [open, query]);

  /** Tab from the last control goes to the first, and Shift+Tab the other way round. */
  const trapTab = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== "Tab" || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>("button, input, a[href], [tabindex]:not([tabindex='-1'])")].filter((el) => !el.hasAttribute("disabled"));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const toggle = (photo: BodyPhoto) => {
    if (!multiple) return finish([photo]);
    setChosen((c) => {
      const next = new Map(c);
      if (next.has(photo.id)) next.delete(photo.id);
      else next.set(photo.id, photo);
      return next;
    });
  };

  const data = listing.kind === "ready" ? listing.data : null;
  const status =
    listing.kind === "loading" ? "Memuat foto…" : listing.kind === "failed" ? "" : data && data.total === 0 ? "Tidak ada foto yang cocok." : data ? `${data.total} foto, halaman ${data.page} dari ${data.totalPages}.` : "";

  return (
    <dialog
      ref={dialog}
      aria-labelledby={ids.title}
      onClose={() => {
        setChosen(new Map());
        onClose();
      }}
      onKeyDown={trapTab}
      className="m-auto max-h-[92dvh] w-[calc(100vw-1rem)] max-w-3xl overflow-y-auto rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/60"
    >
      <div className="sticky top-0 z-10 flex items-center justify-between gap-2 border-b border-slate-300 bg-white px-4 py-3">
        <h2 id={ids.title} className="text-lg font-bold">
          Pilih dari pustaka
        </h2>
        <button type="button" onClick={() => dialog.current?.close()} className="rounded border border-slate-500 px-3 py-1.5 text-sm font-semibold">
          Tutup
        </button>
      </div>
      <div className="space-y-4 p-4">
        {/* Not a <form>: the picker sits inside the article form, and forms may not nest. */}
        <div role="search" className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1">
            <label htmlFor={ids.search} className="block text-sm font-semibold">
              Cari foto
            </label>
            <input
              ref={search}
              id={ids.search}
              type="search"
              defaultValue={query.q}
              aria-describedby={ids.searchHint}
              onKeyDown={(e) => {
                if (e.key !== "Enter") return;
                e.preventDefault();
                setQuery({ q: e.currentTarget.value.trim(), page: 1 });
              }}
              className="block w-full rounded border border-slate-400 px-3 py-2 text-base"
            />
            <p id={ids.searchHint} className="text-xs text-slate-600">
              Keterangan, kredit, atau nama pengunggah.
            </p>
          </div>
          <button type="button" onClick={() => setQuery({ q: search.current?.value.trim() ?? "", page: 1 })} className="mb-5 rounded bg-slate-800 px-4 py-2 font-semibold text-white">
            Cari
          </button>
        </div>

        <div className="space-y-1 text-sm">
          <label htmlFor={ids.upload} className="block font-semibold">
            Unggah foto baru
          </label>
          <input
            id={ids.upload}
            type="file"
            accept="image/jpeg,image/png,image/webp"
            aria-describedby={ids.uploadNote}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = "";
              if (file) start(file);
            }}
            className="block w-full text-sm"
          />
          {upload.kind === "failed" ? (
            <p id={ids.uploadNote} role="alert" className="font-medium text-red-700">
              {upload.message}
            </p>
          ) : (
            <p id={ids.uploadNote} className="text-xs text-slate-600">
              JPEG, PNG, atau WebP, maksimal 10 MB. Foto baru masuk ke pustaka.
            </p>
          )}
          <UploadProgress upload={upload} percent={percent} progressId={ids.progress} onCancel={cancel} onRetry={start} />
        </div>

        <p role="status" className="text-sm text-slate-700">
          {status}
        </p>
        {listing.kind === "failed" && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {listing.message}
          </p>
        )}
        {data && data.photos.length > 0 && (
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-4">
            {data.photos.map((p) => {
              const picked = chosen.has(p.id);
              return (
                <li key={p.id}>
                  <button
                    type="button"
                    onClick={() => toggle(p)}
                    aria-pressed={multiple ? picked : undefined}
                    className={`block w-full rounded border-2 p-1 text-left text-xs ${picked ? "border-brand bg-red-50" : "border-transparent hover:border-slate-400"}`}
                  >
                    {/* eslint-disable-next-line @next/next/no-img-element -- admin thumbnail of a stored variant */}
                    <img src={p.thumb} alt="" width={640} height={Math.round((640 * p.height) / Math.max(1, p.width))} className="aspect-[4/3] w-full rounded object-cover" loading="lazy" />
                    <span className="mt-1 line-clamp-2 block">{p.caption || p.alt || `Foto #${p.id}`}</span>
                    <span className="block text-slate-600">
                      #{p.id}
                      {p.credit && ` · Foto: ${p.credit}`}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {data && data.totalPages > 1 && (
          <nav aria-label="Halaman pustaka" className="flex items-center justify-between gap-2 text-sm">
            <button type="button" disabled={data.page <= 1} onClick={() => setQuery((q) => ({ ...q, page: q.page - 1 }))} className="rounded border border-slate-500 px-3 py-1.5 font-semibold disabled:opacity-50">
              Sebelumnya
            </button>
            <span>
              {data.page} / {data.totalPages}
            </span>
            <button type="button" disabled={data.page >= data.totalPages} onClick={() => setQuery((q) => ({ ...q, page: q.page + 1 }))} className="rounded border border-slate-500 px-3 py-1.5 font-semibold disabled:opacity-50">
              Berikutnya
            </button>
          </nav>
        )}
      </div>
      {multiple && (
        <div className="sticky bottom-0 flex items-center justify-end gap-2 border-t border-slate-300 bg-white px-4 py-3">
          <button type="button" disabled={chosen.size === 0} onClick={() => finish([...chosen.values()])} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-50">
            Pakai {chosen.size} foto
          </button>
        </div>
      )}
    </dialog>
  );
}
