import { describe, expect, it } from "vitest";
import { conflictRows } from "./article-conflict";

describe("conflictRows", () => {
  it("sets each compared field of both versions side by side, the body as text", () => {
    const rows = conflictRows(
      { judul: "Banjir di Jakarta", ringkasan: "Air naik.", isi: "<p>Satu &amp; dua</p><p>Tiga</p>", tag: "Banjir" },
      { judul: "Banjir Jakarta", ringkasan: "Air naik. ", isi: "<p>Satu &amp; dua</p>", tag: "Banjir" },
    );
    expect(rows).toEqual([
      { field: "judul", label: "Judul", mine: "Banjir di Jakarta", theirs: "Banjir Jakarta", same: false },
      { field: "ringkasan", label: "Ringkasan", mine: "Air naik.", theirs: "Air naik.", same: true },
      { field: "isi", label: "Isi berita", mine: "Satu & dua\n\nTiga", theirs: "Satu & dua", same: false },
      { field: "tag", label: "Tag", mine: "Banjir", theirs: "Banjir", same: true },
    ]);
  });

  it("never passes markup through: a script typed in the body comes out as its text", () => {
    const [, , body] = conflictRows({ isi: "<p>a<script>alert(1)</script></p>" }, {});
    expect(body.mine).not.toContain("<");
    expect(body.theirs).toBe("");
  });
});
