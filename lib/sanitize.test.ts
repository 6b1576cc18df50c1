import { describe, expect, it } from "vitest";
import { sanitizeBody } from "./sanitize";

// A sample of well-known XSS vectors (OWASP cheat sheet and friends).
const PAYLOADS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  '<svg onload="alert(1)"><circle r="1"/></svg>',
  '<a href="javascript:alert(1)">klik</a>',
  '<a href="JaVaScRiPt:alert(1)">klik</a>',
  '<a href="jav&#x09;ascript:alert(1)">klik</a>',
  '<a href=" javascript:alert(1)">klik</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klik</a>',
  '<a href="vbscript:msgbox(1)">klik</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<body onload="alert(1)">',
  '<div onmouseover="alert(1)">x</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<input autofocus onfocus="alert(1)">',
  '<details open ontoggle="alert(1)">',
  '<p><a href="https://ok.example" onclick="alert(1)">ok</a></p>',
  '"><script>alert(1)</script>',
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  '<a href="//evil.example">x</a>',
];

describe("sanitizeBody", () => {
  it.each(PAYLOADS)("neutralises %s", (payload) => {
    const out = sanitizeBody(payload);
    expect(out).not.toMatch(/<script|<iframe|<svg|<img|<object|<embed|<form|<input|<style|<base|<meta/i);
    expect(out).not.toMatch(/\son\w+\s*=/i);
    expect(out).not.toMatch(/(java|vb)script:|data:/i);
    expect(out).not.toMatch(/href="\/\//);
    expect(sanitizeBody(out)).toBe(out);
  });

  it("keeps what the editor makes", () => {
    const html =
      '<h2>Sub</h2><p>Teks <strong>tebal</strong>, <em>miring</em> dan <a href="https://contoh.id/a">tautan</a>.</p><ul><li>satu</li></ul><ol><li>dua</li></ol><blockquote><p>kutipan</p></blockquote>';
    expect(sanitizeBody(html)).toBe(
      '<h2>Sub</h2><p>Teks <strong>tebal</strong>, <em>miring</em> dan <a href="https://contoh.id/a" rel="noopener noreferrer nofollow">tautan</a>.</p><ul><li>satu</li></ul><ol><li>dua</li></ol><blockquote><p>kutipan</p></blockquote>',
    );
  });

  it("normalises b/i/h1 and drops links without a target", () => {
    expect(sanitizeBody("<h1>J</h1><p><b>a</b><i>b</i><a>c</a></p>")).toBe("<h2>J</h2><p><strong>a</strong><em>b</em></p>");
  });

  it("stores the nesting a browser will build, so a second pass changes nothing (found by fuzzing)", () => {
    // htmlparser2 alone kept <p><p></p></p>; a browser closes the outer paragraph first.
    const once = sanitizeBody("<p><p><button><p></p></p></p>");
    expect(once).toBe("<p></p><p></p><p></p><p></p><p></p>");
    expect(sanitizeBody(once)).toBe(once);
  });

  it("settles a heading left inside a heading once a stray figcaption gives way (found by the e2e fuzz run)", () => {
    for (const [html, stored] of [
      ["<h4>judul<figcaption><h3>isi</h3></figcaption></h4>", "<h3>judul</h3><h3>isi</h3>"],
      ["<h2>x<figcaption>y<h2>z</h2></figcaption></h2>", "<h2>xy</h2><h2>z</h2>"],
    ]) {
      expect(sanitizeBody(html)).toBe(stored);
      expect(sanitizeBody(stored)).toBe(stored);
    }
  });
});
