import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { shareLinksHtml } from "./share-html";

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };
const walk = (n: Node, out: Node[] = []): Node[] => {
  out.push(n);
  n.childNodes?.forEach((c) => walk(c, out));
  return out;
};
const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;

describe("shareLinksHtml", () => {
  const html = shareLinksHtml({ url: "https://warta.example/berita/a/b?utm_source=x#pembaruan-4", title: 'Banjir "surut" <hari ini>', compact: true, label: "Bagikan pembaruan ini" });
  const nodes = walk(parseFragment(html) as unknown as Node);
  const links = nodes.filter((n) => n.nodeName === "a");

  it("lists WhatsApp first and Salin tautan last, all for the clean URL with its fragment", () => {
    expect(links.map((a) => attr(a, "title"))).toEqual(["Bagikan ke WhatsApp", "Bagikan ke Telegram", "Bagikan ke X", "Bagikan ke Facebook", "Salin tautan"]);
    expect(attr(links[4], "href")).toBe("https://warta.example/berita/a/b#pembaruan-4");
    expect(attr(links[0], "href")).toContain(encodeURIComponent("https://warta.example/berita/a/b#pembaruan-4"));
    expect(html).not.toContain("utm_source");
  });

  it("opens the services in a new tab without an opener, and keeps Salin tautan in the page", () => {
    for (const a of links.slice(0, 4)) expect([attr(a, "target"), attr(a, "rel")]).toEqual(["_blank", "noopener noreferrer"]);
    expect(attr(links[4], "target")).toBeUndefined();
  });

  it("escapes the title in attributes and names the group", () => {
    const box = nodes.find((n) => attr(n, "data-share") !== undefined)!;
    expect(attr(box, "data-share-title")).toBe('Banjir "surut" <hari ini>');
    expect(attr(nodes.find((n) => n.nodeName === "ul")!, "aria-label")).toBe("Bagikan pembaruan ini");
    expect(html).not.toContain("<hari");
  });
});
