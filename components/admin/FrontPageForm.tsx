"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { frontPageAction } from "@/app/(admin)/admin/_actions/front-page";
import { FRONT_SLOTS, type FrontPageFormState, type FrontSlot, moveRow, refField, SLOT_LABELS, SLOT_SIZE } from "@/lib/front-page";
import { formatWibShort } from "@/lib/wib";
import { FormMessage } from "./FormMessage";
import { FrontPageSlotRow } from "./FrontPageSlotRow";
import { NoEnterSubmit } from "./NoEnterSubmit";
import { SubmitButton } from "./SubmitButton";

type Props = { initial: FrontPageFormState };

const SLOT_HINTS: Record<FrontSlot, string> = {
  headline: "Berita utama di puncak beranda.",
  sorotan: "Hingga 4 berita di samping headline. Posisi kosong diisi berita terbaru.",
  pilihan: "Hingga 6 berita dalam blok tersendiri. Blok tidak tampil bila kosong.",
};

/**
 * Atur Beranda. Works as a plain form (every button posts, the server answers with the form as
 * typed); with JavaScript Naik/Turun reorder in place and a slot searches titles as one types.
 */
export function FrontPageForm({ initial }: Props) {
  const [state, action] = useActionState<FrontPageFormState, FormData>(frontPageAction, initial);
  // Each answer of the server replaces what the form showed: it carries everything typed.
  return <Editor key={state.stamp ?? 0} state={state} action={action} />;
}

function Editor({ state, action }: { state: FrontPageFormState; action: (form: FormData) => void }) {
  const [values, setValues] = useState(state.values ?? {});
  const [titles, setTitles] = useState(state.titles ?? {});
  const [errors, setErrors] = useState<Record<string, string>>((state.errors ?? {}) as Record<string, string>);
  const [notes, setNotes] = useState(state.notes ?? {});
  // The button to focus once the rows have rendered: the moved row's, wherever it went.
  const focusAfter = useRef<string | null>(state.moved ? moveButtonId(state.moved) : null);
  const previewRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const id = focusAfter.current;
    if (!id) return;
    focusAfter.current = null;
    const el = document.getElementById(id) as HTMLButtonElement | null;
    // At either end the button that moved the row is disabled: its neighbour takes the focus.
    (el?.disabled ? document.getElementById(otherButtonId(id)) : el)?.focus();
  });

  useEffect(() => {
    if (state.preview) previewRef.current?.focus();
  }, [state.preview]);

  function move(slot: FrontSlot, index: number, delta: -1 | 1) {
    const swap = (r: Record<string, string>) => moveRow(r, slot, index, delta);
    setValues(swap);
    setTitles(swap);
    setErrors(swap);
    setNotes(swap);
    focusAfter.current = moveButtonId(`${delta < 0 ? "naik" : "turun"}:${slot}:${index + delta}`);
  }

  function change(field: string, value: string, title?: string) {
    setValues((v) => ({ ...v, [field]: value }));
    setTitles((t) => (title ? { ...t, [field]: title } : without(t, field)));
    setNotes((n) => without(n, field));
  }

  return (
    <form action={action} className="space-y-6" noValidate>
      <NoEnterSubmit />
      <FormMessage message={state.message} />
      {FRONT_SLOTS.map((slot) => (
        <fieldset key={slot} className="rounded border border-slate-300 bg-white p-4">
          <legend className="px-1 text-lg font-bold">{SLOT_LABELS[slot]}</legend>
          <p className="mb-3 text-sm text-slate-700">{SLOT_HINTS[slot]}</p>
          <ol className="space-y-4">
            {Array.from({ length: SLOT_SIZE[slot] }, (_, i) => (
              <FrontPageSlotRow
                key={refField(slot, i)}
                slot={slot}
                index={i}
                values={values}
                title={titles[refField(slot, i)]}
                note={notes[refField(slot, i)]}
                errors={errors}
                onChange={change}
                onMove={move}
              />
            ))}
          </ol>
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="pratinjau" className="rounded border border-slate-500 bg-white px-4 py-2 font-semibold">
          Pratinjau
        </button>
        <SubmitButton className="rounded bg-brand px-4 py-2 font-semibold text-white">Simpan</SubmitButton>
      </div>
      {state.preview && (
        <section aria-labelledby="pratinjau-judul" className="rounded border-2 border-dashed border-slate-400 bg-white p-4">
          <h2 id="pratinjau-judul" ref={previewRef} tabIndex={-1} className="text-lg font-bold">
            Pratinjau beranda (belum disimpan)
          </h2>
          <ol className="mt-3 space-y-2 text-sm">
            {state.preview.map((p) => (
              <li key={`${p.slot}-${p.href}`}>
                <span className="font-semibold">{SLOT_LABELS[p.slot]}:</span>{" "}
                <a href={p.href} target="_blank" rel="noreferrer" className="underline">
                  {p.title}
                </a>{" "}
                <span className="text-slate-700">
                  {p.picked ? "(pilihan redaksi" + (p.expiresAt ? `, sampai ${formatWibShort(new Date(p.expiresAt))})` : ")") : "(otomatis: berita terbaru)"}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </form>
  );
}

/** "naik:sorotan:2" → the id of that row's Naik button. */
function moveButtonId(moved: string): string {
  const [dir, slot, index] = moved.split(":");
  return `${refField(slot as FrontSlot, Number(index))}-${dir}`;
}

function otherButtonId(id: string): string {
  return id.endsWith("-naik") ? id.replace(/-naik$/, "-turun") : id.replace(/-turun$/, "-naik");
}

function without(record: Record<string, string>, key: string): Record<string, string> {
  const out = { ...record };
  delete out[key];
  return out;
}
