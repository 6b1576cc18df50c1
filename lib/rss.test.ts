import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { type RssItem, renderRss } from "./rss";

const channel = {
  title: "Warta — Nasional",
  link: "https://warta.example/kanal/nasional",
  description: "Berita nasional & daerah",
  selfUrl: "https://warta.example/rss/kanal/nasional",
  imageUrl: "https://warta.example/logo.png",
  lastBuildDate: new Date("2026-02-03T06:30:00Z"),
};

const item: RssItem = {
  title: 'Harga Cabai Naik 20%, Pedagang: "Pasokan <Seret>"',
  link: "https://warta.example/berita/k3v9q2mz/harga-cabai-naik",
  guid: "https://warta.example/berita/k3v9q2mz",
  description: "Ringkasan lengkap & utuh, tanpa dipotong.",
  pubDate: new Date("2026-02-03T06:30:00Z"),
  author: "Rina Wulandari",
  categories: ["Ekonomi", "Harga Pangan"],
  image: {
    url: "https://warta.example/media/seed/k3v9q2mz.webp",
    type: "image/webp",
    width: 1200,
    height: 675,
    length: 45678,
    caption: "Pedagang cabai di Pasar Induk",
    credit: "Warta/Galih",
  },
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["item", "category"].includes(name) });

describe("renderRss", () => {
  it("is valid XML with the RSS 2.0 channel fields", () => {
    const xml = renderRss(channel, [item]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = parser.parse(xml).rss;
    expect(rss["@version"]).toBe("2.0");
    expect(rss.channel.title).toBe("Warta — Nasional");
    expect(rss.channel.description).toBe("Berita nasional & daerah");
    expect(rss.channel.language).toBe("id");
    expect(rss.channel.lastBuildDate).toBe("Tue, 03 Feb 2026 13:30:00 +0700");
    expect(rss.channel["atom:link"]["@href"]).toBe(channel.selfUrl);
    expect(rss.channel.image.url).toBe(channel.imageUrl);
  });

  it("carries the full lead, the author and the photo", () => {
    const [parsed] = parser.parse(renderRss(channel, [item])).rss.channel.item;
    expect(parsed.title).toBe(item.title);
    expect(parsed.description).toBe(item.description);
    expect(parsed["dc:creator"]).toBe("Rina Wulandari");
    expect(parsed.guid["#text"]).toBe(item.guid);
    expect(parsed.pubDate).toBe("Tue, 03 Feb 2026 13:30:00 +0700");
    expect(parsed.category).toEqual(["Ekonomi", "Harga Pangan"]);
    expect(parsed.enclosure).toEqual({ "@url": item.image!.url, "@length": "45678", "@type": "image/webp" });
    expect(parsed["media:content"]["@url"]).toBe(item.image!.url);
    expect(parsed["media:content"]["@medium"]).toBe("image");
    expect(parsed["media:content"]["media:credit"]).toBe("Warta/Galih");
    expect(parsed["media:content"]["media:description"]).toBe("Pedagang cabai di Pasar Induk");
  });

  it("leaves out what an article lacks", () => {
    const bare = { ...item, author: null, categories: [], image: null };
    const withoutSize = { ...item, image: { ...item.image!, length: null } };
    const xml = renderRss(channel, [bare, withoutSize]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const [a, b] = parser.parse(xml).rss.channel.item;
    expect(a["dc:creator"]).toBeUndefined();
    expect(a["media:content"]).toBeUndefined();
    expect(b.enclosure).toBeUndefined();
    expect(b["media:content"]["@url"]).toBe(item.image!.url);
  });

  it("is valid with no items", () => {
    expect(XMLValidator.validate(renderRss(channel, []))).toBe(true);
  });
});
