import { describe, expect, it } from "vitest";
import { photoFormSchema } from "./photo-form";

const valid = { keterangan: " Perahu di Muara Angke ", kredit: "Warta/Dewi", alt: "Perahu nelayan", fokus_x: "30", fokus_y: "0" };

describe("photoFormSchema", () => {
  it("reads the form into the photo's words and focal point", () => {
    expect(photoFormSchema.parse(valid)).toEqual({ caption: "Perahu di Muara Angke", credit: "Warta/Dewi", alt: "Perahu nelayan", focusX: 30, focusY: 0 });
  });

  it("refuses a focal point outside 0–100 or not a whole number, and an empty alt text, each on its field", () => {
    const r = photoFormSchema.safeParse({ ...valid, alt: " ", fokus_x: "101", fokus_y: "-4" });
    expect(r.success).toBe(false);
    const byField = Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path[0], i.message]));
    expect(byField).toEqual({
      alt: "Isi teks alternatif untuk foto.",
      fokus_x: "Titik fokus X harus bilangan bulat 0–100.",
      fokus_y: "Titik fokus Y harus bilangan bulat 0–100.",
    });
  });
});
