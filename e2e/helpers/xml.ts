import { type APIRequestContext, expect } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const LISTS = new Set(["item", "category", "url", "sitemap", "image:image"]);

// Values stay strings (a headline of digits must not become a number), and lists stay lists
// even with one entry.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => LISTS.has(name),
});

// Parsed XML has no static shape; each test asserts the parts it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FetchedXml = { text: string; doc: Record<string, any>; headers: Record<string, string> };

/** GETs a feed or sitemap, checks that it is well-formed XML, and parses it with a real parser. */
export async function fetchXml(request: APIRequestContext, url: string): Promise<FetchedXml> {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  const text = await res.text();
  expect(XMLValidator.validate(text), `${url} is well-formed XML`).toBe(true);
  return { text, doc: parser.parse(text), headers: res.headers() };
}

/** The public id in an article URL (/berita/<id>/<slug> or /berita/<id>). */
export function publicIdOf(url: string): string {
  const m = /\/berita\/([0-9a-z]{8})(?:\/|$)/.exec(new URL(url).pathname);
  if (!m) throw new Error(`not an article URL: ${url}`);
  return m[1];
}
