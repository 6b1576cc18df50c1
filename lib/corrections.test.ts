import { describe, expect, it } from "vitest";
import { CORRECTION_NOTE_MAX, correctionFormSchema, correctionJsonLd } from "./corrections";

describe("correctionFormSchema", () => {
  it("reads Jenis and Catatan into kind and note, trimmed", () => {
    expect(correctionFormSchema.parse({ jenis: "hak-jawab", catatan: "  Tanggapan PT Maju.  " })).toEqual({ kind: "hak-jawab", note: "Tanggapan PT Maju." });
  });

  it("refuses an unknown Jenis and an empty or blank Catatan, in Indonesian, by field", () => {
    const r = correctionFormSchema.safeParse({ jenis: "erratum", catatan: "   " });
    expect(r.success).toBe(false);
    const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField).toEqual({ jenis: "Pilih jenis catatan: Ralat, Koreksi, Klarifikasi, atau Hak Jawab.", catatan: "Isi catatan." });
  });

  it("refuses a missing field and an over-long note", () => {
    expect(correctionFormSchema.safeParse({}).success).toBe(false);
    expect(correctionFormSchema.safeParse({ jenis: "ralat", catatan: "a".repeat(CORRECTION_NOTE_MAX + 1) }).error?.issues[0].message).toMatch(/paling panjang/);
    expect(correctionFormSchema.safeParse({ jenis: "ralat", catatan: "a".repeat(CORRECTION_NOTE_MAX) }).success).toBe(true);
  });
});

describe("correctionJsonLd", () => {
  it("gives one CorrectionComment per note, oldest first, with the kind and the WIB time", () => {
    const notes = [
      { id: 2, kind: "klarifikasi" as const, note: "Kedua.", createdAt: new Date("2026-02-04T00:00:00Z") },
      { id: 1, kind: "ralat" as const, note: "Pertama.", createdAt: new Date("2026-02-03T06:30:00Z") },
    ];
    expect(correctionJsonLd(notes)).toEqual([
      { "@type": "CorrectionComment", text: "Ralat: Pertama.", datePublished: "2026-02-03T13:30:00+07:00" },
      { "@type": "CorrectionComment", text: "Klarifikasi: Kedua.", datePublished: "2026-02-04T07:00:00+07:00" },
    ]);
    expect(correctionJsonLd([])).toEqual([]);
  });
});
