import { z } from "zod";

/** The fields of the photo library's edit form, as typed. */
export const PHOTO_FIELDS = ["keterangan", "kredit", "alt", "fokus_x", "fokus_y"] as const;

const percent = (axis: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, `Titik fokus ${axis} harus bilangan bulat 0–100.`)
    .transform(Number)
    .pipe(z.number().max(100, `Titik fokus ${axis} harus bilangan bulat 0–100.`));

/**
 * "Edit foto": words kept with the photo and its focal point. The limits are the article form's for
 * the same words (lib/article-form.ts), since that form writes them too.
 */
export const photoFormSchema = z
  .object({
    keterangan: z.string().trim().max(300, "Keterangan foto maksimal 300 karakter."),
    kredit: z.string().trim().max(120, "Kredit foto maksimal 120 karakter."),
    alt: z.string().trim().min(1, "Isi teks alternatif untuk foto.").max(250, "Teks alternatif maksimal 250 karakter."),
    fokus_x: percent("X"),
    fokus_y: percent("Y"),
  })
  .transform((v) => ({ caption: v.keterangan, credit: v.kredit, alt: v.alt, focusX: v.fokus_x, focusY: v.fokus_y }));
