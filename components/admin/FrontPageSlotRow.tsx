"use client";

import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { searchFrontStoriesAction } from "@/app/(admin)/admin/_actions/front-page";
import type { FrontStoryHit } from "@/db/queries/front-page";
import { expiryField, type FrontSlot, parseStoryRef, refField, SLOT_LABELS, SLOT_SIZE } from "@/lib/front-page";
import { formatWibShort } from "@/lib/wib";
import { inputClass } from "./Field";

type Props = {
  slot: FrontSlot;
  index: number;
  values: Record<string, string>;
  /** The title of the story the field names now, when known. */
  title?: string;
  /** Why a saved pick no longer shows on the home page. */
  note?: string;
  errors: Record<string, string>;
  onChange: (field: string, value: string, title?: string) => void;
  onMove: (slot: FrontSlot, index: number, delta: -1 | 1) => void;
};

const SEARCH_DELAY_MS = 250;
const moveClass = "rounded border border-slate-500 bg-white px-3 py-1.5 text-sm font-semibold disabled:opacity-40";

/** One position of a slot: the story (link, id, or title words to search), its expiry, Naik and Turun. */
export function FrontPageSlotRow({ slot, index, values, title, note, errors, onChange, onMove }: Props) {
  const field = refField(slot, index);
  const expiry = expiryField(slot, index);
  const label = SLOT_SIZE[slot] === 1 ? SLOT_LABELS[slot] : `${SLOT_LABELS[slot]} ${index + 1}`;
  const [hits, setHits] = useState<FrontStoryHit[] | null>(null);
  const asked = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  function typed(value: string) {
    onChange(field, value);
    clearTimeout(timer.current);
    const words = value.trim();
    // A link or an id is taken as it is; only words are searched.
    if (words.length < 3 || parseStoryRef(words) || words.includes("/")) {
      asked.current++;
      setHits(null);
      return;
    }
    timer.current = setTimeout(async () => {
      const ask = ++asked.current;
      const found = await searchFrontStoriesAction(words);
      // An answer to an older query than the last one typed is dropped.
      if (ask === asked.current) setHits(found);
    }, SEARCH_DELAY_MS);
  }

  function choose(hit: FrontStoryHit) {
    asked.current++;
    onChange(field, hit.publicId, hit.title);
    setHits(null);
    input.current?.focus();
  }

  function keys(e: KeyboardEvent<HTMLInputElement>) {
    if (!hits?.length) return;
    if (e.key === "ArrowDown") {
      e.preventDefault();
      // The list holds still once one moves into it: a search still under way is dropped.
      clearTimeout(timer.current);
      asked.current++;
      list.current?.querySelector("button")?.focus();
    } else if (e.key === "Enter") {
      e.preventDefault();
      choose(hits[0]);
    } else if (e.key === "Escape") {
      setHits(null);
    }
  }

  const error = errors[field];
  const expiryError = errors[expiry];
  const described = [error ? `${field}-error` : title || note ? `${field}-judul` : "", hits ? `${field}-hasil-status` : ""].filter(Boolean).join(" ");
  return (
    <li className="grid gap-3 border-b border-slate-200 pb-4 last:border-0 last:pb-0 md:grid-cols-[minmax(0,1fr)_14rem_auto]">
      <div className="min-w-0 space-y-1">
        <label htmlFor={field} className="block text-sm font-semibold text-slate-800">
          {label}
        </label>
        <input
          ref={input}
          id={field}
          name={field}
          value={values[field] ?? ""}
          onChange={(e) => typed(e.target.value)}
          onKeyDown={keys}
          placeholder="Tempel tautan atau ID, atau ketik judul"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={described || undefined}
          className={inputClass}
        />
        {(title || note) && !error && (
          <p id={`${field}-judul`} className="text-sm text-slate-700">
            {title && <>Terpilih: {title}</>}
            {note && <span className="block font-medium text-amber-800">{note}</span>}
          </p>
        )}
        {error && (
          <p id={`${field}-error`} className="text-sm font-medium text-red-700" role="alert">
            {error}
          </p>
        )}
        {hits && (
          <>
            <p id={`${field}-hasil-status`} role="status" className="text-xs text-slate-600">
              {hits.length ? `${hits.length} berita ditemukan; pilih salah satu.` : "Tidak ada berita tayang dengan judul itu."}
            </p>
            {hits.length > 0 && (
              <ul ref={list} aria-label={`Hasil pencarian untuk ${label}`} className="divide-y divide-slate-200 rounded border border-slate-300">
                {hits.map((h) => (
                  <li key={h.publicId}>
                    <button type="button" onClick={() => choose(h)} className="block w-full px-3 py-2 text-left text-sm hover:bg-slate-100 focus:bg-slate-100">
                      <span className="font-semibold">{h.title}</span>
                      <span className="block text-xs text-slate-600">
                        {h.kanal}
                        {h.publishedAt && ` · ${formatWibShort(new Date(h.publishedAt))}`}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      <div className="space-y-1">
        <label htmlFor={expiry} className="block text-sm font-semibold text-slate-800">
          <span className="sr-only">{label}: </span>Berakhir (WIB)
        </label>
        <input
          id={expiry}
          name={expiry}
          type="datetime-local"
          value={values[expiry] ?? ""}
          onChange={(e) => onChange(expiry, e.target.value, undefined)}
          aria-invalid={expiryError ? true : undefined}
          aria-describedby={expiryError ? `${expiry}-error` : undefined}
          className={inputClass}
        />
        {expiryError && (
          <p id={`${expiry}-error`} className="text-sm font-medium text-red-700" role="alert">
            {expiryError}
          </p>
        )}
      </div>
      {SLOT_SIZE[slot] > 1 && (
        <div className="flex items-end gap-2">
          {/* Without JavaScript each posts the form and the server answers with the rows swapped. */}
          <button
            type="submit"
            id={`${field}-naik`}
            name="intent"
            value={`naik:${slot}:${index}`}
            disabled={index === 0}
            onClick={(e) => {
              e.preventDefault();
              onMove(slot, index, -1);
            }}
            className={moveClass}
          >
            Naik<span className="sr-only"> {label}</span>
          </button>
          <button
            type="submit"
            id={`${field}-turun`}
            name="intent"
            value={`turun:${slot}:${index}`}
            disabled={index === SLOT_SIZE[slot] - 1}
            onClick={(e) => {
              e.preventDefault();
              onMove(slot, index, 1);
            }}
            className={moveClass}
          >
            Turun<span className="sr-only"> {label}</span>
          </button>
        </div>
      )}
    </li>
  );
}
