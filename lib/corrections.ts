import { type CorrectionKind, correctionKinds } from "./domain";
import { toWibIso } from "./wib";
import { z } from "./zod";

/** The words the newsroom and readers see for each kind of note (docs/glossary.md). */
export const CORRECTION_LABELS: Record<CorrectionKind, string> = {
  ralat: "Ralat",
  koreksi: "Koreksi",
  klarifikasi: "Klarifikasi",
  "hak-jawab": "Hak Jawab",
};

/** Longest Catatan: a note explains a change in a paragraph, it does not rewrite the story. */
export const CORRECTION_NOTE_MAX = 2000;

/**
 * The "Ralat & koreksi" form: Jenis and Catatan, as the form names them, parsed into the words
 * the code uses (kind, note) once, here.
 */
export const correctionFormSchema = z
  .object({
    jenis: z.enum(correctionKinds, { message: "Pilih jenis catatan: Ralat, Koreksi, Klarifikasi, atau Hak Jawab." }),
    catatan: z
      .string({ message: "Isi catatan." })
      .trim()
      .min(1, "Isi catatan.")
      .max(CORRECTION_NOTE_MAX, `Catatan paling panjang ${CORRECTION_NOTE_MAX} karakter.`),
  })
  .transform((v) => ({ kind: v.jenis, note: v.catatan }));

export type CorrectionInput = z.output<typeof correctionFormSchema>;

/** A note as readers see it. */
export type PublicCorrection = { id: number; kind: CorrectionKind; note: string; createdAt: Date };

/**
 * The story's `correction` for schema.org (CreativeWork.correction, which takes a CorrectionComment):
 * one comment per note, oldest first, with its kind in front of the text.
 * @example correctionJsonLd([{ id: 1, kind: "ralat", note: "Nama ditulis Budi.", createdAt: new Date("2026-02-03T06:30:00Z") }])
 * // [{ "@type": "CorrectionComment", text: "Ralat: Nama ditulis Budi.", datePublished: "2026-02-03T13:30:00+07:00" }]
 */
export function correctionJsonLd(notes: PublicCorrection[]): Record<string, unknown>[] {
  return [...notes]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id)
    .map((n) => ({ "@type": "CorrectionComment", text: `${CORRECTION_LABELS[n.kind]}: ${n.note}`, datePublished: toWibIso(n.createdAt) }));
}
