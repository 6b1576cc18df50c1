import { type DefaultTreeAdapterMap, parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { PLAYER_ORIGINS } from "./embed-origins.mjs";
import { embedKind, embedLoneLinks, embedNode, expandEmbeds, isValidEmbedId, originalUrl, parseEmbedUrl, playerUrl, type Embed } from "./embeds";
import { sanitizeBody } from "./sanitize";

const embed = (url: string) => {
  const r = parseEmbedUrl(url);
  return r.ok ? r.embed : r.error;
};

describe("parseEmbedUrl", () => {
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"],
    ["https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42s", "youtube", "dQw4w9WgXcQ"],
    ["https://m.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"],
    ["http://youtu.be/dQw4w9WgXcQ?si=abc", "youtube", "dQw4w9WgXcQ"],
    ["youtu.be/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"],
    ["https://www.youtube.com/shorts/aBc-_123XyZ", "youtube", "aBc-_123XyZ"],
    ["https://www.youtube.com/embed/dQw4w9WgXcQ?start=3", "youtube", "dQw4w9WgXcQ"],
    ["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"],
    ["https://www.youtube.com/live/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"],
    ["https://WWW.YOUTUBE.COM./watch?v=dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"],
    ["https://x.com/kompascom/status/1460323737035677698", "x", "1460323737035677698"],
    ["https://twitter.com/kompascom/status/1460323737035677698?s=20", "x", "1460323737035677698"],
    ["https://mobile.twitter.com/a_b/status/20/photo/1", "x", "20"],
    ["https://x.com/i/web/status/1460323737035677698", "x", "1460323737035677698"],
    ["https://x.com/i/status/1460323737035677698", "x", "1460323737035677698"],
    ["https://www.instagram.com/p/CxYz12345/", "instagram", "p/CxYz12345"],
    ["https://www.instagram.com/p/CxYz12345/?igsh=abc", "instagram", "p/CxYz12345"],
    ["https://instagram.com/reel/C0ab-_9xyz", "instagram", "reel/C0ab-_9xyz"],
    ["https://www.instagram.com/reels/C0ab-_9xyz/", "instagram", "reel/C0ab-_9xyz"],
    ["https://www.instagram.com/tv/B8xyzABCDE/", "instagram", "tv/B8xyzABCDE"],
    ["https://www.instagram.com/kompascom/p/CxYz12345/", "instagram", "p/CxYz12345"],
    ["https://www.instagram.com/p/CxYz12345/embed", "instagram", "p/CxYz12345"],
    ["https://www.tiktok.com/@kompascom/video/7234567890123456789", "tiktok", "kompascom/7234567890123456789"],
    ["https://m.tiktok.com/@user.name_1/video/7234567890123456789?lang=id", "tiktok", "user.name_1/7234567890123456789"],
    ["https://www.facebook.com/kompascom/posts/pfbid02abcXYZ", "facebook", "kompascom/posts/pfbid02abcXYZ"],
    ["https://web.facebook.com/kompascom/posts/123456789", "facebook", "kompascom/posts/123456789"],
    ["https://www.facebook.com/kompascom/videos/1234567890/", "facebook", "kompascom/videos/1234567890"],
    ["https://www.facebook.com/kompascom/videos/banjir-jakarta/1234567890/", "facebook", "kompascom/videos/1234567890"],
    ["https://www.facebook.com/watch/?v=1234567890", "facebook", "watch/1234567890"],
    ["https://m.facebook.com/watch?v=1234567890", "facebook", "watch/1234567890"],
    ["https://www.facebook.com/reel/1234567890", "facebook", "reel/1234567890"],
    ["https://www.facebook.com/permalink.php?story_fbid=111&id=222", "facebook", "permalink/111/222"],
    ["https://www.facebook.com/story.php?story_fbid=111&id=222", "facebook", "permalink/111/222"],
  ])("reads %s", (url, provider, id) => {
    expect(embed(url)).toEqual({ provider, id });
  });

  it.each([
    ["https://vimeo.com/123456", /vimeo\.com tidak bisa disematkan; ia tetap tautan biasa/],
    ["https://www.kompas.com/berita/1", /www\.kompas\.com tidak bisa disematkan/],
    ["https://www.youtube.com/channel/UC123", /Tautan YouTube ini tidak menunjuk ke satu video/],
    ["https://www.youtube.com/watch?v=short", /YouTube/],
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ-extra", /YouTube/],
    ["https://x.com/kompascom", /Tautan X ini/],
    ["https://x.com/kompascom/status/abc", /Tautan X ini/],
    ["https://x.com/bukan-nama-yang-sah/status/20", /Tautan X ini/],
    ["https://www.instagram.com/kompascom/", /Tautan Instagram ini/],
    ["https://www.instagram.com/stories/kompascom/123/", /Tautan Instagram ini/],
    ["https://www.tiktok.com/@kompascom", /Tautan TikTok ini/],
    ["https://vm.tiktok.com/ZSabc/", /Tautan pendek vm\.tiktok\.com/],
    ["https://fb.watch/abc/", /Tautan pendek fb\.watch/],
    ["https://www.facebook.com/kompascom", /Tautan Facebook ini/],
    ["https://www.facebook.com/photo/?fbid=1", /Tautan Facebook ini/],
    ["https://www.facebook.com/permalink.php?story_fbid=111", /Tautan Facebook ini/],
    ["javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ", /Hanya tautan https/],
    ["data:text/html,youtu.be/dQw4w9WgXcQ", /Hanya tautan https/],
    ["https://youtube.com@evil.example/watch?v=dQw4w9WgXcQ", /Hanya tautan https/],
    ["https://user:pw@youtube.com/watch?v=dQw4w9WgXcQ", /Hanya tautan https/],
    ["https://youtube.com:8443/watch?v=dQw4w9WgXcQ", /Hanya tautan https/],
    ["https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ", /youtube\.com\.evil\.example tidak bisa/],
    ["https://evilyoutube.com/watch?v=dQw4w9WgXcQ", /evilyoutube\.com tidak bisa/],
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ extra", /Bukan satu tautan/],
    ["", /Bukan satu tautan/],
    [`https://youtu.be/${"a".repeat(3000)}`, /Bukan satu tautan/],
    ["https://[::1", /tidak bisa dibaca/],
    ["https://youtu.be/%2e%2e%2fdQw4w9WgX", /YouTube/],
    ["https://www.facebook.com/../posts/1", /Tautan Facebook ini/],
  ])("refuses %s with a reason in Indonesian", (url, reason) => {
    expect(embed(url)).toMatch(reason);
  });
});

describe("isValidEmbedId", () => {
  it("takes each provider's stored form and nothing else", () => {
    expect(isValidEmbedId("youtube", "dQw4w9WgXcQ")).toBe(true);
    expect(isValidEmbedId("x", "1460323737035677698")).toBe(true);
    expect(isValidEmbedId("instagram", "reel/C0ab-_9xyz")).toBe(true);
    expect(isValidEmbedId("tiktok", "kompascom/7234567890123456789")).toBe(true);
    expect(isValidEmbedId("facebook", "permalink/111/222")).toBe(true);
    for (const [provider, id] of [
      ["youtube", "p/CxYz12345"],
      ["x", "0"],
      ["x", "dQw4w9WgXcQ"],
      ["instagram", "CxYz12345"],
      ["instagram", "story/CxYz12345"],
      ["tiktok", "7234567890123456789"],
      ["facebook", "kompascom/photos/1"],
      ["facebook", ".hidden/posts/1"],
      ["vimeo", "123456"],
      ["constructor", "x"],
      ["youtube", 'dQw4w9WgXc"'],
    ]) {
      expect(isValidEmbedId(provider, id), `${provider} ${id}`).toBe(false);
    }
  });
});

describe("originalUrl and playerUrl", () => {
  const cases: [Embed, string, string][] = [
    [{ provider: "youtube", id: "dQw4w9WgXcQ" }, "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
    [{ provider: "x", id: "20" }, "https://x.com/i/status/20", "https://platform.twitter.com/embed/Tweet.html?id=20&dnt=true"],
    [{ provider: "instagram", id: "p/CxYz12345" }, "https://www.instagram.com/p/CxYz12345/", "https://www.instagram.com/p/CxYz12345/embed/"],
    [{ provider: "tiktok", id: "kompascom/7234567890123456789" }, "https://www.tiktok.com/@kompascom/video/7234567890123456789", "https://www.tiktok.com/embed/v2/7234567890123456789"],
    [
      { provider: "facebook", id: "kompascom/posts/123" },
      "https://www.facebook.com/kompascom/posts/123",
      "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fkompascom%2Fposts%2F123&show_text=true",
    ],
    [
      { provider: "facebook", id: "watch/99" },
      "https://www.facebook.com/watch/?v=99",
      "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch%2F%3Fv%3D99&show_text=true",
    ],
  ];
  it.each(cases)("%j: the original and the player on its CSP origin", (e, original, player) => {
    expect(originalUrl(e)).toBe(original);
    expect(playerUrl(e)).toBe(player);
    expect(new URL(playerUrl(e)).origin).toBe(PLAYER_ORIGINS[e.provider]);
    // The original reads back as the same embed: what the preview links to is what was pasted.
    expect(parseEmbedUrl(original)).toEqual({ ok: true, embed: e });
  });

  it("tells videos from posts", () => {
    expect(embedKind({ provider: "instagram", id: "p/CxYz12345" })).toBe("post");
    expect(embedKind({ provider: "instagram", id: "reel/CxYz12345" })).toBe("video");
    expect(embedKind({ provider: "facebook", id: "kompascom/videos/1" })).toBe("video");
    expect(embedKind({ provider: "facebook", id: "permalink/1/2" })).toBe("post");
    expect(embedKind({ provider: "x", id: "20" })).toBe("post");
    expect(embedKind({ provider: "tiktok", id: "a/12345678" })).toBe("video");
  });
});

describe("expandEmbeds", () => {
  const stored = sanitizeBody('<p>Awal</p><div data-embed="youtube" data-id="dQw4w9WgXcQ" data-title="Banjir &quot;rob&quot; <b>Jakarta</b> &amp; Bekasi"></div><div data-embed="x" data-id="20"></div>');
  const html = expandEmbeds(stored);
  type ChildNode = DefaultTreeAdapterMap["childNode"];
  const textOf = (nodes: ChildNode[]): string[] => nodes.flatMap((c) => ("value" in c ? [c.value] : "childNodes" in c ? textOf(c.childNodes) : []));
  const boxes = () =>
    parseFragment(html).childNodes.flatMap((n) => {
      if (!("tagName" in n)) return [];
      const attrs = Object.fromEntries(n.attrs.map((a) => [a.name, a.value]));
      return attrs.class?.startsWith("embed ") ? [{ attrs, text: textOf(n.childNodes).join("|") }] : [];
    });

  it("draws a preview per embed: provider, title as text, the button, the link to the original", () => {
    const [video, post] = boxes();
    expect(video.attrs).toMatchObject({
      class: "embed embed-wide",
      "data-embed": "youtube",
      "data-player": "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
      "data-player-title": 'Video YouTube: Banjir "rob" <b>Jakarta</b> & Bekasi',
      role: "group",
      "aria-label": "Sematan YouTube",
    });
    expect(video.text).toBe('YouTube|Banjir "rob" <b>Jakarta</b> & Bekasi|Putar video|Buka di YouTube');
    expect(post.attrs).toMatchObject({ class: "embed embed-post", "data-player": "https://platform.twitter.com/embed/Tweet.html?id=20&dnt=true" });
    expect(post.text).toBe("X|Tampilkan unggahan|Buka di X");
    expect(html).toContain('<button type="button" class="embed-load">');
    expect(html).toContain('<a class="embed-link" href="https://x.com/i/status/20" rel="noopener noreferrer nofollow">');
    expect(html).not.toMatch(/<b>|<img|<iframe|<script/);
    expect(html.startsWith("<p>Awal</p>")).toBe(true);
  });

  it("loads nothing: no address in the preview but the original link and the player kept for the tap", () => {
    const urls = [...html.matchAll(/(?:src|srcset|poster|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(urls).toEqual(["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://x.com/i/status/20"]);
  });

  it("leaves out a node whose id is not valid and leaves everything else alone", () => {
    expect(expandEmbeds('<div data-embed="youtube" data-id="nope"></div><p>x</p>')).toBe("<p>x</p>");
    expect(expandEmbeds("<p>tanpa sematan</p>")).toBe("<p>tanpa sematan</p>");
    expect(expandEmbeds(html)).toBe(html);
  });
});

describe("embedNode", () => {
  it("writes the node as the sanitizer stores it", () => {
    const node = embedNode({ provider: "youtube", id: "dQw4w9WgXcQ" }, '  Judul  "kutip" <i>&</i> ');
    expect(node).toBe('<div data-embed="youtube" data-id="dQw4w9WgXcQ" data-title="Judul &quot;kutip&quot; &lt;i&gt;&amp;&lt;/i&gt;"></div>');
    expect(sanitizeBody(node)).toBe(node);
  });
});

describe("embedLoneLinks", () => {
  it("turns a paragraph holding only a supported link into an embed", () => {
    const body = sanitizeBody(
      [
        "<p>https://youtu.be/dQw4w9WgXcQ</p>",
        '<p><a href="https://x.com/a/status/20">https://x.com/a/status/20</a></p>',
        '<p><a href="https://www.facebook.com/permalink.php?story_fbid=1&amp;id=2">https://www.facebook.com/permalink.php?story_fbid=1&amp;id=2</a></p>',
        '<p>Lihat <a href="https://youtu.be/dQw4w9WgXcQ">video ini</a></p>',
        '<p><a href="https://youtu.be/dQw4w9WgXcQ">Video banjir</a></p>',
        "<p>https://www.kompas.com/berita</p>",
      ].join(""),
    );
    const { html, refused } = embedLoneLinks(body);
    expect(html).toBe(
      [
        '<div data-embed="youtube" data-id="dQw4w9WgXcQ"></div>',
        '<div data-embed="x" data-id="20"></div>',
        '<div data-embed="facebook" data-id="permalink/1/2"></div>',
        '<p>Lihat <a href="https://youtu.be/dQw4w9WgXcQ" rel="noopener noreferrer nofollow">video ini</a></p>',
        '<p><a href="https://youtu.be/dQw4w9WgXcQ" rel="noopener noreferrer nofollow">Video banjir</a></p>',
        "<p>https://www.kompas.com/berita</p>",
      ].join(""),
    );
    expect(refused).toEqual([]);
    expect(sanitizeBody(html)).toBe(html);
  });

  it("refuses a lone provider link that names no video or post, and keeps it as it was", () => {
    const body = '<p>https://www.youtube.com/channel/UC123</p><p><a href="https://vm.tiktok.com/ZS1/" rel="noopener noreferrer nofollow">https://vm.tiktok.com/ZS1/</a></p>';
    const { html, refused } = embedLoneLinks(body);
    expect(html).toBe(body);
    expect(refused.map((r) => r.url)).toEqual(["https://www.youtube.com/channel/UC123", "https://vm.tiktok.com/ZS1/"]);
    expect(refused[0].error).toMatch(/^Tautan YouTube ini/);
    expect(refused[1].error).toMatch(/^Tautan pendek/);
  });
});
