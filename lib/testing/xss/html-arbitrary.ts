import fc from "fast-check";

// What an attacker pastes into "Isi berita" (or sends to the save action directly): the tags the
// editor makes, tags that run script or load things, raw-text and foreign-content elements whose
// parsing differs between parsers (mXSS), and made-up ones.
const TAGS = [
  ...["p", "h1", "h2", "h3", "h4", "h6", "strong", "b", "em", "i", "u", "s", "a", "ul", "ol", "li", "blockquote", "br"],
  ...["script", "SCRIPT", "style", "iframe", "frame", "frameset", "object", "embed", "img", "image", "svg", "math"],
  ...["mtext", "mglyph", "mi", "annotation-xml", "foreignObject", "desc", "animate", "set", "use", "noscript"],
  ...["template", "textarea", "title", "xmp", "noembed", "noframes", "plaintext", "listing", "form", "input"],
  ...["button", "select", "option", "base", "meta", "link", "table", "td", "video", "source", "details", "marquee"],
  ...["div", "span", "x-warta", "isindex"],
  // Library photos and galleries (issue 16), each with a wrong id or in a wrong place as often as not.
  ...["figure", "figure", "figcaption", "picture"],
];
const EVENTS = ["onerror", "onload", "onclick", "onmouseover", "onfocus", "ontoggle", "onbegin", "onanimationstart", "OnErRoR", "onpointerenter"];
const URL_ATTRS = ["href", "HREF", "src", "xlink:href", "action", "formaction", "data", "srcdoc", "background", "poster", "to", "values"];
const PHOTO_ATTRS = ["data-photo", "data-gallery", "DATA-PHOTO", "data-src"];
const OTHER_ATTRS = ["title", "rel", "target", "id", "class", "style", "alt", "tabindex", "autofocus", "open", "attributeName", "encoding"];
const SCHEMES = ["javascript:", "vbscript:", "livescript:", "data:text/html,", "data:image/svg+xml,", "https://", "http://", "mailto:", "//", "/\\", ""];
const CALLS = ["__xss(1)", "alert(1)", "confirm(1)", "top.__xss(2)"];
const SPACERS = [" ", "/", "\t", "\n", "\f", "  "];

/** One character written as itself, in another case, as a character reference, or with a tab or newline before it. */
function encodeChar(c: string, how: number): string {
  const code = c.codePointAt(0)!;
  switch (how) {
    case 1:
      return c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
    case 2:
      return `&#${code};`;
    case 3:
      return `&#${String(code).padStart(7, "0")}`;
    case 4:
      return `&#x${code.toString(16)};`;
    case 5:
      return `&#X${code.toString(16).toUpperCase()}`;
    case 6:
      return c === ":" ? "&colon;" : `\t${c}`;
    case 7:
      return `\n${c}`;
    case 8:
      return `&Tab;${c}`;
    case 9:
      return `\u0000${c}`;
    default:
      return c;
  }
}

/** A string with each character encoded its own way; mostly left alone so the word stays recognisable. */
const obfuscated = (s: string) =>
  fc
    .array(fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: fc.integer({ min: 1, max: 9 }) }), {
      minLength: s.length,
      maxLength: s.length,
    })
    .map((hows) => [...s].map((c, i) => encodeChar(c, hows[i])).join(""));

const urlValue = fc
  .tuple(
    fc.constantFrom("", " ", "\u0001", "&#14;", "\t", "  \n", "&#32;"),
    fc.constantFrom(...SCHEMES).chain(obfuscated),
    fc.constantFrom(...CALLS, "contoh.id/berita", "xss.example/x.js", "<script>__xss(1)</script>", "PHNjcmlwdD5fX3hzcygxKTwvc2NyaXB0Pg=="),
  )
  .map((parts) => parts.join(""));

const handlerValue = fc.constantFrom(...CALLS).chain((call) => fc.oneof(fc.constant(call), obfuscated(call)));

const plainValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("x", "</p><img src=x onerror=__xss(1)>", '"><script>__xss(1)</script>', "width:expression(__xss(1))", "background:url(javascript:__xss(1))", "text/html", "_blank", "opener"),
);

const photoId = fc.oneof(fc.integer({ min: 0, max: 2_000_000_000 }).map(String), fc.constantFrom("", "007", "1e3", " 5", "5 ", "-1", "12&#x22;"));

const quoted = (value: string, quote: string) => (quote === "none" ? value : `${quote}${value}${quote}`);

const attribute = fc
  .tuple(
    fc.constantFrom(...SPACERS),
    fc.oneof(
      fc.tuple(fc.constantFrom(...EVENTS), handlerValue),
      fc.tuple(fc.constantFrom(...URL_ATTRS), urlValue),
      fc.tuple(fc.constantFrom(...OTHER_ATTRS), plainValue),
      fc.tuple(fc.constantFrom(...PHOTO_ATTRS), fc.oneof(photoId, urlValue, plainValue)),
    ),
    fc.constantFrom('"', "'", "`", "none", "empty"),
  )
  .map(([space, [name, value], quote]) => (quote === "empty" ? `${space}${name}` : `${space}${name}=${quoted(value, quote)}`));

const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom("Banjir di Jakarta", "a < b && c > d", "&lt;script&gt;__xss(1)&lt;/script&gt;", "&amp;lt;", "&#60;img src=x onerror=__xss(1)&#62;", "javascript:__xss(1)", "]]>", "-->", "</"),
);

const comment = fc
  .tuple(fc.constantFrom(["<!--", "-->"], ["<!--", "--!>"], ["<!-->", ""], ["<!--->", ""], ["<![CDATA[", "]]>"], ["<?", "?>"], ["<!", ">"]), text)
  .map(([[open, close], body]) => `${open}${body}${close}`);

const strayEnd = fc.constantFrom(...TAGS).map((t) => `</${t}>`);

type Node = string;

// Typed embeds (lib/embed-sanitize.ts): known and unknown providers, ids valid for one provider and
// not another, ids that try to leave their attribute, and titles that carry markup.
const embedProvider = fc.constantFrom("youtube", "x", "instagram", "tiktok", "facebook", "YouTube", "vimeo", "", "javascript:__xss(1)");
const embedId = fc.oneof(
  fc.constantFrom("dQw4w9WgXcQ", "1460323737035677698", "p/CxYz12345", "reel/C0ab-_9xyz", "kompas/7234567890123456789", "kompascom/posts/pfbid02abc", "watch/1234567890"),
  fc.constantFrom("dQw4w9WgXc", "p/../x", '"><script>__xss(1)</script>', "javascript:__xss(1)", "1 2", "x".repeat(300)),
  fc.string({ maxLength: 14 }),
);
const embedTitle = fc.oneof(text, fc.constantFrom('"><img src=x onerror=__xss(1)>', "Judul &amp; &quot;kutip&quot;", " \n spasi\t ", "x".repeat(260)));
const embedAttributes = fc
  .tuple(embedProvider, embedId, fc.option(embedTitle), fc.array(attribute, { maxLength: 1 }), fc.boolean())
  .map(([provider, id, title, extra, swapped]) => {
    const parts = [` data-embed="${provider}"`, ` data-id="${id}"`];
    if (swapped) parts.reverse();
    return [...parts, title === null ? "" : ` data-title="${title}"`, ...extra].join("");
  });

const { node } = fc.letrec<{ node: Node; element: Node; photo: Node; gallery: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 3, arbitrary: text },
    { weight: 1, arbitrary: comment },
    { weight: 1, arbitrary: strayEnd },
    { weight: 4, arbitrary: tie("element") },
    { weight: 1, arbitrary: tie("photo") },
    { weight: 1, arbitrary: tie("gallery") },
    { weight: 1, arbitrary: fc.tuple(embedAttributes, fc.array(tie("node"), { maxLength: 2 })).map(([attrs, children]) => `<div${attrs}>${children.join("")}</div>`) },
  ),
  // A library photo as the editor writes it, often with a bad id, a dressed-up caption or more inside.
  photo: fc
    .tuple(fc.oneof(photoId, plainValue), fc.array(attribute, { maxLength: 1 }), fc.array(tie("node"), { maxLength: 2 }), fc.boolean())
    .map(([id, attrs, inner, captioned]) => {
      const body = inner.join("");
      return `<figure data-photo="${id}"${attrs.join("")}>${captioned ? `<figcaption>${body}</figcaption>` : body}</figure>`;
    }),
  gallery: fc
    .tuple(fc.array(fc.oneof({ weight: 4, arbitrary: tie("photo") }, { weight: 1, arbitrary: tie("node") }), { maxLength: 4 }), fc.constantFrom("", "1", '" onclick="__xss(1)'))
    .map(([items, value]) => `<div data-gallery="${value}">${items.join("")}</div>`),
  element: fc
    .tuple(
      fc.constantFrom(...TAGS),
      fc.array(attribute, { maxLength: 3 }),
      fc.array(tie("node"), { maxLength: 3 }),
      fc.constantFrom("close", "close", "close", "open", "self", "upper", "junk"),
    )
    .map(([tag, attrs, children, end]) => {
      const open = `<${tag}${attrs.join("")}`;
      const inner = children.join("");
      switch (end) {
        case "open":
          return `${open}>${inner}`;
        case "self":
          return `${open}/>${inner}`;
        case "upper":
          return `${open}>${inner}</${tag.toUpperCase()}>`;
        case "junk":
          return `${open}>${inner}</${tag} x="y">`;
        default:
          return `${open}>${inner}</${tag}>`;
      }
    }),
}));

/**
 * Random HTML documents built from what XSS filter evasion is made of: dangerous tags, event
 * handlers, script URLs with case, entity and whitespace tricks, raw-text and SVG/MathML elements,
 * unclosed and stray tags, comments, CDATA and processing instructions.
 */
export const htmlDocument: fc.Arbitrary<string> = fc.array(node, { minLength: 1, maxLength: 5 }).map((nodes) => nodes.join(""));
