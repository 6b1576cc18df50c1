import { describe, expect, it } from "vitest";
import { renderLiveUpdate } from "./live-html";

const update = {
  id: 12,
  body: "<p>Air surut.</p>",
  html: "<p>Air surut.</p>",
  keyTitle: "",
  pinned: false,
  createdAt: new Date("2026-03-04T06:30:00Z"),
  updatedAt: new Date("2026-03-04T06:30:00Z"),
};

const story = { path: "/berita/abc/banjir", url: "https://warta.example/berita/abc/banjir", title: "Banjir Demak" };

describe("renderLiveUpdate", () => {
  it("gives the update its anchor, its WIB time, its HTML and a visible link to itself", () => {
    const html = renderLiveUpdate(update, story);
    expect(html).toMatch(/^<li id="pembaruan-12" data-update="12" class="[^"]+">/);
    expect(html).toContain('<time datetime="2026-03-04T13:30:00+07:00">04 Mar 2026, 13:30 WIB</time>');
    expect(html).toContain("<p>Air surut.</p>");
    expect(html).toContain('<a href="/berita/abc/banjir#pembaruan-12"');
    expect(html).toContain(">Tautan pembaruan ini<");
    expect(html).toContain('data-share-url="https://warta.example/berita/abc/banjir#pembaruan-12"');
    expect(html).toContain(`https://wa.me/?text=${encodeURIComponent("Banjir Demak https://warta.example/berita/abc/banjir#pembaruan-12")}`);
    expect(html).not.toContain("Disematkan");
    expect(html).not.toContain("<h3");
  });

  it("marks the pinned update and prints the key title as text", () => {
    const html = renderLiveUpdate({ ...update, pinned: true, keyTitle: "Air <surut> & jalan dibuka" }, story);
    expect(html).toContain('data-pinned=""');
    expect(html).toContain("Disematkan");
    expect(html).toContain("Air &lt;surut&gt; &amp; jalan dibuka</h3>");
  });
});
