import { type DefaultTreeAdapterMap, parse } from "parse5";
import { cleanEmbedTitle, isValidEmbedId } from "@/lib/embed-urls";

type Element = DefaultTreeAdapterMap["element"];
type ChildNode = DefaultTreeAdapterMap["childNode"];

/** What lib/sanitize.ts may let through, element by element, with the attributes each may carry. */
const ALLOWED: Record<string, string[]> = {
  p: [],
  h2: [],
  h3: [],
  strong: [],
  em: [],
  u: [],
  s: [],
  a: ["href", "rel"],
  ul: [],
  ol: [],
  li: [],
  blockquote: [],
  br: [],
  // Library photos (lib/body-photos-sanitize.ts): an id, nothing else; checked by photoProblem below.
  figure: ["data-photo"],
  figcaption: [],
  // A gallery, or a typed embed (checked by embedProblems below).
  div: ["data-gallery", "data-embed", "data-id", "data-title"],
};
const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);
const LINK_REL = "noopener noreferrer nofollow";

/**
 * Why a link target is unsafe, or null. The value is already entity-decoded by the parser; this
 * strips what the URL standard strips (leading and trailing C0 controls and spaces, every tab and
 * newline) before reading the scheme, as a browser does when the link is followed.
 */
export function unsafeHref(value: string): string | null {
  const url = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1];
  if (scheme && !SAFE_SCHEMES.has(scheme.toLowerCase())) return `scheme ${scheme}:`;
  // "//host" and, in browsers, "/\host" and "\\host" leave the site without naming a scheme.
  if (!scheme && /^[/\\]{2}/.test(url)) return "protocol-relative";
  return null;
}

/**
 * Why a photo node is not in its stored form, or null: a figure names a library id and stands at the
 * top level or in a gallery, holding at most one caption of plain text; a gallery (top level only)
 * holds 2 or more such figures and nothing else.
 */
function photoProblem(el: Element, parent: Element | null): string | null {
  const at = parent === null ? "top" : parent.tagName;
  const kids = el.childNodes;
  if (el.tagName === "figure") {
    const id = el.attrs.find((a) => a.name === "data-photo")?.value ?? "";
    if (!/^[1-9]\d{0,8}$/.test(id)) return `figure id ${JSON.stringify(id)}`;
    if (at !== "top" && !(at === "div" && parent?.attrs.some((a) => a.name === "data-gallery"))) return `figure inside <${at}>`;
    if (kids.length > 1 || kids.some((k) => !("tagName" in k) || k.tagName !== "figcaption")) return "figure holds more than one caption";
  }
  if (el.tagName === "figcaption" && (at !== "figure" || kids.some((k) => k.nodeName !== "#text"))) return `figcaption inside <${at}> or not plain text`;
  if (el.tagName === "div") {
    if (at !== "top" || el.attrs.find((a) => a.name === "data-gallery")?.value !== "") return `div inside <${at}> or not a gallery`;
    if (kids.length < 2 || kids.some((k) => !("tagName" in k) || k.tagName !== "figure")) return "gallery of fewer than 2 figures or holding more";
  }
  return null;
}

function* elements(nodes: ChildNode[]): Generator<Element> {
  for (const n of nodes) {
    if (!("tagName" in n)) continue;
    yield n;
    yield* elements(n.tagName === "template" ? (n as unknown as { content: { childNodes: ChildNode[] } }).content.childNodes : n.childNodes);
  }
}

/** A <div> may only be a typed embed: a known provider's valid id, a clean title, nothing inside. */
function embedProblems(el: Element): string[] {
  const value = (name: string) => el.attrs.find((a) => a.name === name)?.value;
  const provider = value("data-embed") ?? "";
  const id = value("data-id") ?? "";
  const title = value("data-title");
  const problems: string[] = [];
  if (!isValidEmbedId(provider, id)) problems.push(`embed ${JSON.stringify(provider)} ${JSON.stringify(id)} is no known provider's id`);
  if (title !== undefined && (title === "" || cleanEmbedTitle(title) !== title)) problems.push(`embed title ${JSON.stringify(title)}`);
  if (el.childNodes.length > 0) problems.push("embed with content");
  return problems;
}

/**
 * Everything unsafe in sanitized body HTML, as a browser would parse it on the reader page: inside
 * a wrapper element of the server-rendered document, followed by more page. Empty when the output
 * holds only the allowlisted elements and attributes, every link is http(s), mailto or relative,
 * and nothing escaped the wrapper.
 */
export function unsafeParts(html: string): string[] {
  const doc = parse(`<!DOCTYPE html><html><head></head><body><div id="wrap">${html}</div><p id="after">x</p></body></html>`);
  const body = (doc.childNodes.find((n) => "tagName" in n && n.tagName === "html") as Element).childNodes.find(
    (n) => "tagName" in n && n.tagName === "body",
  ) as Element;
  const problems: string[] = [];
  // A stray <body onload> inside the page adds its attributes to the page's own body element.
  for (const attr of body.attrs) problems.push(`attribute ${attr.name} on <body>`);
  const top = body.childNodes.filter((n) => "tagName" in n) as Element[];
  const ids = top.map((e) => e.attrs.find((a) => a.name === "id")?.value ?? e.tagName);
  if (ids.join(",") !== "wrap,after") problems.push(`escaped its container: body holds ${ids.join(",")}`);
  const wrap = top.find((e) => e.attrs.some((a) => a.name === "id" && a.value === "wrap"));
  for (const el of elements(wrap ? wrap.childNodes : [])) {
    const allowed = ALLOWED[el.tagName];
    if (!allowed || el.namespaceURI !== "http://www.w3.org/1999/xhtml") {
      problems.push(`element <${el.tagName}> (${el.namespaceURI})`);
      continue;
    }
    const parent = el.parentNode === wrap ? null : (el.parentNode as Element);
    if (el.tagName === "div" && el.attrs.some((a) => a.name === "data-embed")) {
      problems.push(...embedProblems(el));
      if (parent) problems.push("embed below the top level");
    } else {
      const photo = photoProblem(el, parent);
      if (photo) problems.push(photo);
    }
    for (const attr of el.attrs) {
      const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
      if (!allowed.includes(name)) problems.push(`attribute ${name} on <${el.tagName}>`);
      else if (name === "href") {
        const why = unsafeHref(attr.value);
        if (why) problems.push(`href ${JSON.stringify(attr.value)}: ${why}`);
      } else if (name === "rel" && attr.value !== LINK_REL) problems.push(`rel ${JSON.stringify(attr.value)}`);
    }
  }
  return problems;
}
