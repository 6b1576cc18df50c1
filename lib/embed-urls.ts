import { PLAYER_ORIGINS } from "./embed-origins.mjs";

/**
 * Links to a video or a post on YouTube, X, Instagram, TikTok or Facebook, read into the typed embed a
 * story body stores (`<div data-embed="<provider>" data-id="<id>">`), and the addresses made back from it.
 * The stored id is the least that rebuilds both the link to the original and the player's address:
 *
 * | provider    | stored id                                   | from                                                  |
 * |-------------|---------------------------------------------|-------------------------------------------------------|
 * | `youtube`   | the 11-character video id                   | /watch?v=, youtu.be/, /shorts/, /embed/, /live/, m.   |
 * | `x`         | the numeric status id                       | x.com or twitter.com /<user>/status/<id>, /i/status/  |
 * | `instagram` | `p/<code>`, `reel/<code>` or `tv/<code>`    | instagram.com /p/, /reel/, /reels/, /tv/ (user first) |
 * | `tiktok`    | `<user>/<video id>`                         | tiktok.com /@user/video/<id>                          |
 * | `facebook`  | `<page>/posts/<id>`, `<page>/videos/<id>`, `watch/<id>`, `reel/<id>`, `permalink/<story>/<owner>` | the same paths, /watch?v=, permalink.php and story.php |
 */

export const EMBED_PROVIDERS = ["youtube", "x", "instagram", "tiktok", "facebook"] as const;
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];
export type Embed = { provider: EmbedProvider; id: string };
export type EmbedParse = { ok: true; embed: Embed } | { ok: false; error: string };

export const PROVIDER_NAMES: Record<EmbedProvider, string> = { youtube: "YouTube", x: "X", instagram: "Instagram", tiktok: "TikTok", facebook: "Facebook" };

/** Exactly the stored id forms of the table above, anchored. */
const ID_FORMS: Record<EmbedProvider, RegExp> = {
  youtube: /^[A-Za-z0-9_-]{11}$/,
  x: /^[1-9][0-9]{0,19}$/,
  instagram: /^(?:p|reel|tv)\/[A-Za-z0-9_-]{5,40}$/,
  tiktok: /^[A-Za-z0-9_.]{1,24}\/[0-9]{8,20}$/,
  facebook: /^(?:[A-Za-z0-9][A-Za-z0-9.-]{0,79}\/(?:posts\/[A-Za-z0-9]{1,80}|videos\/[0-9]{1,20})|(?:watch|reel)\/[0-9]{1,20}|permalink\/[0-9]{1,20}\/[0-9]{1,20})$/,
};

/** Longest title kept: a preview shows two lines of it. */
export const EMBED_TITLE_MAX = 200;

/** An embed's title as stored: one line, at most EMBED_TITLE_MAX characters (whole code points). */
export function cleanEmbedTitle(title: string): string {
  return [...title.replace(/\s+/g, " ").trim()].slice(0, EMBED_TITLE_MAX).join("").trim();
}

export function isEmbedProvider(value: string): value is EmbedProvider {
  return (EMBED_PROVIDERS as readonly string[]).includes(value);
}

/** @example isValidEmbedId("youtube", "dQw4w9WgXcQ") // true */
export function isValidEmbedId(provider: string, id: string): boolean {
  return isEmbedProvider(provider) && ID_FORMS[provider].test(id);
}

/** A video gets "Putar video" and a wide or tall box; a post gets "Tampilkan unggahan". */
export function embedKind({ provider, id }: Embed): "video" | "post" {
  if (provider === "x") return "post";
  if (provider === "instagram") return id.startsWith("p/") ? "post" : "video";
  if (provider === "facebook") return /^(?:[^/]+\/videos|watch|reel)\//.test(id) ? "video" : "post";
  return "video";
}

/** The box the preview and the player share: 16:9, a phone-shaped 9:16, or a post's fixed height. */
export function embedShape(embed: Embed): "wide" | "tall" | "post" {
  if (embedKind(embed) === "post") return "post";
  const { provider, id } = embed;
  return provider === "tiktok" || (provider === "instagram" && !id.startsWith("p/")) || (provider === "facebook" && id.startsWith("reel/")) ? "tall" : "wide";
}

/** The page of the video or post on the provider's own site: the link every preview carries. */
export function originalUrl({ provider, id }: Embed): string {
  switch (provider) {
    case "youtube":
      return `https://www.youtube.com/watch?v=${id}`;
    case "x":
      return `https://x.com/i/status/${id}`;
    case "instagram":
      return `https://www.instagram.com/${id}/`;
    case "tiktok": {
      const [user, video] = id.split("/");
      return `https://www.tiktok.com/@${user}/video/${video}`;
    }
    case "facebook": {
      const [first, second, third] = id.split("/");
      if (first === "watch") return `https://www.facebook.com/watch/?v=${second}`;
      if (first === "permalink") return `https://www.facebook.com/permalink.php?story_fbid=${second}&id=${third}`;
      return `https://www.facebook.com/${id}`;
    }
  }
}

/** What the frame loads after the reader's tap; always on the provider's PLAYER_ORIGINS entry, which the page's CSP allows. */
export function playerUrl(embed: Embed): string {
  const { provider, id } = embed;
  const origin = PLAYER_ORIGINS[provider];
  switch (provider) {
    case "youtube":
      // The reader already tapped "Putar video": start playing rather than ask for a second tap.
      return `${origin}/embed/${id}?autoplay=1`;
    case "x":
      return `${origin}/embed/Tweet.html?id=${id}&dnt=true`;
    case "instagram":
      return `${origin}/${id}/embed/`;
    case "tiktok":
      return `${origin}/embed/v2/${id.split("/")[1]}`;
    case "facebook": {
      const plugin = embedKind(embed) === "video" ? "video.php" : "post.php";
      return `${origin}/plugins/${plugin}?href=${encodeURIComponent(originalUrl(embed))}&show_text=true`;
    }
  }
}

const HOSTS: Record<string, EmbedProvider> = {
  "youtube.com": "youtube",
  "youtu.be": "youtube",
  "youtube-nocookie.com": "youtube",
  "x.com": "x",
  "twitter.com": "x",
  "instagram.com": "instagram",
  "instagr.am": "instagram",
  "tiktok.com": "tiktok",
  "facebook.com": "facebook",
  "fb.com": "facebook",
};
/** Sub-domains that show the same pages as the bare domain. */
const SAME_SITE_PREFIX = /^(?:www|m|mobile|web|mbasic|music)\./;
/** Short links name nothing until opened, and Warta does not open links while parsing them. */
const SHORT_HOSTS = new Set(["vm.tiktok.com", "vt.tiktok.com", "fb.watch", "t.co"]);

const EXAMPLES: Record<EmbedProvider, string> = {
  youtube: "https://www.youtube.com/watch?v=…",
  x: "https://x.com/akun/status/…",
  instagram: "https://www.instagram.com/p/…",
  tiktok: "https://www.tiktok.com/@akun/video/…",
  facebook: "https://www.facebook.com/halaman/posts/…",
};

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

function youtube(url: URL, parts: string[], host: string): string | null {
  if (host === "youtu.be") return parts.length === 1 ? parts[0] : null;
  if (parts.length === 1 && parts[0] === "watch") return url.searchParams.get("v");
  if (parts.length === 2 && ["shorts", "embed", "live", "v"].includes(parts[0])) return parts[1];
  return null;
}

function x(parts: string[]): string | null {
  // /<user>/status/<id>, /i/status/<id> and /i/web/status/<id>, with /photo/1 or /video/1 after it.
  const at = parts.indexOf("status");
  const user = parts.slice(0, at).join("/");
  if (at < 1 || !(/^[A-Za-z0-9_]{1,15}$/.test(user) || user === "i/web")) return null;
  return parts[at + 1] ?? null;
}

function instagram(parts: string[]): string | null {
  // /p/<code>/, or /<user>/p/<code>/ as the share button now writes it; /reels/ is the plural some apps copy.
  const rest = parts.length >= 3 && !["p", "reel", "reels", "tv"].includes(parts[0]) ? parts.slice(1) : parts;
  if (rest.length < 2 || rest.length > 3 || (rest.length === 3 && rest[2] !== "embed")) return null;
  const kind = rest[0] === "reels" ? "reel" : rest[0];
  return ["p", "reel", "tv"].includes(kind) ? `${kind}/${rest[1]}` : null;
}

function tiktok(parts: string[]): string | null {
  if (parts.length !== 3 || !parts[0].startsWith("@") || parts[1] !== "video") return null;
  return `${parts[0].slice(1)}/${parts[2]}`;
}

function facebook(url: URL, parts: string[]): string | null {
  const q = (name: string) => url.searchParams.get(name) ?? "";
  if (parts[0] === "watch" && parts.length === 1) return `watch/${q("v")}`;
  if (parts[0] === "reel" && parts.length === 2) return `reel/${parts[1]}`;
  if (parts.length === 1 && (parts[0] === "permalink.php" || parts[0] === "story.php")) return `permalink/${q("story_fbid")}/${q("id")}`;
  if (parts.length === 3 && parts[1] === "posts") return parts.join("/");
  // /<page>/videos/<id> and /<page>/videos/<title-slug>/<id>.
  if ((parts.length === 3 || parts.length === 4) && parts[1] === "videos") return `${parts[0]}/videos/${parts[parts.length - 1]}`;
  return null;
}

/**
 * A pasted link read as a typed embed, or why it cannot be one (in Indonesian, for the editor).
 * @example parseEmbedUrl("https://youtu.be/dQw4w9WgXcQ?t=42") // { ok: true, embed: { provider: "youtube", id: "dQw4w9WgXcQ" } }
 */
export function parseEmbedUrl(input: string): EmbedParse {
  const text = input.trim();
  if (text === "" || text.length > 2048 || /\s/.test(text)) return { ok: false, error: "Bukan satu tautan: tempel alamat lengkapnya, diawali https://." };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, error: "Alamat tautan tidak bisa dibaca: tempel alamat lengkapnya, diawali https://." };
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password || url.port) {
    return { ok: false, error: "Hanya tautan https:// biasa yang bisa disematkan." };
  }
  const fullHost = url.hostname.toLowerCase().replace(/\.$/, "");
  if (SHORT_HOSTS.has(fullHost)) return { ok: false, error: `Tautan pendek ${fullHost} tidak bisa disematkan: buka tautannya, lalu salin alamat lengkapnya.` };
  const host = fullHost.replace(SAME_SITE_PREFIX, "");
  const provider = HOSTS[host];
  if (!provider) {
    return { ok: false, error: `Tautan dari ${fullHost} tidak bisa disematkan; ia tetap tautan biasa. Warta menyematkan video dan unggahan dari YouTube, X, Instagram, TikTok, dan Facebook.` };
  }
  const parts = url.pathname.split("/").filter(Boolean);
  const id =
    provider === "youtube" ? youtube(url, parts, host) : provider === "x" ? x(parts) : provider === "instagram" ? instagram(parts) : provider === "tiktok" ? tiktok(parts) : facebook(url, parts);
  if (id === null || !ID_FORMS[provider].test(id) || (provider === "youtube" && !YOUTUBE_ID.test(id))) {
    return { ok: false, error: `Tautan ${PROVIDER_NAMES[provider]} ini tidak menunjuk ke satu video atau unggahan, jadi tidak bisa disematkan. Contoh yang bisa: ${EXAMPLES[provider]}` };
  }
  return { ok: true, embed: { provider, id } };
}
