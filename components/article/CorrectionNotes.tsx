import { CORRECTION_LABELS, type PublicCorrection } from "@/lib/corrections";
import { CORRECTIONS_ANCHOR } from "@/lib/urls";
import { formatWibDateLine, toWibIso } from "@/lib/wib";

type Props = { notes: PublicCorrection[] };

/** Ralat, Koreksi, Klarifikasi and Hak Jawab near the top of the story, oldest first, each with its WIB time. */
export function CorrectionNotes({ notes }: Props) {
  if (notes.length === 0) return null;
  return (
    <aside id={CORRECTIONS_ANCHOR} aria-labelledby="koreksi-judul" className="mt-4 rounded border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-sm text-slate-900">
      <h2 id="koreksi-judul" className="sr-only">
        Ralat dan koreksi
      </h2>
      <ul className="space-y-2">
        {notes.map((n) => (
          <li key={n.id} id={`${CORRECTIONS_ANCHOR}-${n.id}`} data-correction-kind={n.kind}>
            <p>
              <strong>{CORRECTION_LABELS[n.kind]}</strong> ·{" "}
              <time dateTime={toWibIso(n.createdAt)}>{formatWibDateLine(n.createdAt)}</time>
            </p>
            <p className="mt-0.5 whitespace-pre-line">{n.note}</p>
          </li>
        ))}
      </ul>
    </aside>
  );
}
