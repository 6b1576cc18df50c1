import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { escapeXml, xmlAttrs, xmlElement, xmlResponse } from "./xml";

describe("escapeXml", () => {
  it("escapes markup characters", () => {
    expect(escapeXml(`Haji & "Umrah" <2026> 'x'`)).toBe("Haji &amp; &quot;Umrah&quot; &lt;2026&gt; &apos;x&apos;");
  });

  it("removes characters XML cannot carry and keeps the rest", () => {
    const text = "a\u0000b\u0008c\u000Bd\u001Fe\tf\ng\rh — é 😀";
    const escaped = escapeXml(text);
    expect(escaped).toBe("abcde\tf\ng\rh — é 😀");
    expect(XMLValidator.validate(`<t>${escaped}</t>`)).toBe(true);
  });
});

describe("xmlElement", () => {
  it("writes escaped elements and attributes", () => {
    expect(xmlElement("title", "A & B", { lang: 'i"d' })).toBe('<title lang="i&quot;d">A &amp; B</title>');
    expect(xmlAttrs({ url: "a?b=1&c=2", length: 3 })).toBe(' url="a?b=1&amp;c=2" length="3"');
  });

  it("drops empty values", () => {
    expect(xmlElement("author", "")).toBe("");
    expect(xmlElement("author", null)).toBe("");
    expect(xmlElement("n", 0)).toBe("<n>0</n>");
  });
});

describe("xmlResponse", () => {
  it("is XML that shared caches may keep for a minute", () => {
    const res = xmlResponse("<a/>");
    expect(res.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("public, s-maxage=60, stale-while-revalidate=300");
  });
});
