"use client";

import { type KeyboardEvent, type MouseEvent, useState } from "react";
import { type Focus, focusAt, moveFocus } from "@/lib/focal-point";
import { describe, Field, inputClass } from "./Field";

type Props = {
  /** The photo's 640 px variant. */
  src: string;
  width: number;
  height: number;
  /** As last typed (a refused save shows it again); numbers when valid. */
  initial: { x: string; y: string };
  errors: { fokus_x?: string; fokus_y?: string };
};

/**
 * The focal point: click on the photo, or focus it and move the marker with the arrow keys (Shift for
 * steps of ten). The two number fields "Titik fokus X/Y (%)" are what the form posts, so the choice
 * also works without JavaScript, where they are typed by hand.
 */
export function FocalPointChooser({ src, width, height, initial, errors }: Props) {
  // The fields keep what is typed, even a refused value; the marker follows the last valid one.
  const [text, setText] = useState(initial);
  const [focus, setFocusOnly] = useState<Focus>({ x: asPercent(initial.x) ?? 50, y: asPercent(initial.y) ?? 50 });
  const setFocus = (next: Focus) => {
    setFocusOnly(next);
    setText({ x: String(next.x), y: String(next.y) });
  };
  const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const next = moveFocus(focus, e.key, e.shiftKey);
    if (!next) return;
    e.preventDefault();
    setFocus(next);
  };
  const onClick = (e: MouseEvent<HTMLButtonElement>) => {
    // A keyboard "click" (Enter, Space) has no position: it leaves the point where it is.
    if (e.detail === 0) return;
    setFocus(focusAt(e.currentTarget.getBoundingClientRect(), e.clientX, e.clientY));
  };
  const typed = (axis: "x" | "y", value: string) => {
    setText((t) => ({ ...t, [axis]: value }));
    const n = asPercent(value);
    if (n !== null) setFocusOnly((f) => ({ ...f, [axis]: n }));
  };
  const [cx, cy, r] = [(focus.x / 100) * width, (focus.y / 100) * height, width / 40];
  return (
    <fieldset className="space-y-3 rounded border border-slate-300 p-3">
      <legend className="px-1 text-sm font-semibold">Titik fokus</legend>
      <p id="fokus-hint" className="text-xs text-slate-600">
        Klik bagian terpenting foto, atau pilih foto lalu geser penanda dengan tombol panah (Shift: 10 langkah). Kartu, kotak kecil, dan gambar berbagi memotong di sekitar titik ini.
      </p>
      <button
        type="button"
        onClick={onClick}
        onKeyDown={onKey}
        aria-label={`Titik fokus foto: ${focus.x}% dari kiri, ${focus.y}% dari atas`}
        aria-describedby="fokus-hint"
        className="relative block w-full cursor-crosshair rounded focus:outline-none focus-visible:ring-4 focus-visible:ring-brand"
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- admin view of a stored variant */}
        <img src={src} alt="" width={width} height={height} className="block h-auto w-full rounded" />
        {/* The marker is drawn in SVG attributes: the CSP allows no style attribute to place it. */}
        <svg aria-hidden="true" viewBox={`0 0 ${width} ${height}`} className="pointer-events-none absolute inset-0 h-full w-full">
          <line x1={cx} y1="0" x2={cx} y2={height} stroke="#fff" strokeWidth={r / 6} />
          <line x1="0" y1={cy} x2={width} y2={cy} stroke="#fff" strokeWidth={r / 6} />
          <circle data-fokus={`${focus.x},${focus.y}`} cx={cx} cy={cy} r={r} fill="#b91c1c" fillOpacity="0.5" stroke="#fff" strokeWidth={r / 3} />
        </svg>
      </button>
      <div className="grid grid-cols-2 gap-3">
        <Field label="Titik fokus X (%)" name="fokus_x" error={errors.fokus_x}>
          <input {...describe("fokus_x", errors.fokus_x)} inputMode="numeric" value={text.x} onChange={(e) => typed("x", e.target.value)} className={inputClass} />
        </Field>
        <Field label="Titik fokus Y (%)" name="fokus_y" error={errors.fokus_y}>
          <input {...describe("fokus_y", errors.fokus_y)} inputMode="numeric" value={text.y} onChange={(e) => typed("y", e.target.value)} className={inputClass} />
        </Field>
      </div>
    </fieldset>
  );
}

function asPercent(value: string): number | null {
  return /^\d{1,3}$/.test(value.trim()) && Number(value) <= 100 ? Number(value) : null;
}
