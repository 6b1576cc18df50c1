import { describe, expect, it } from "vitest";
import { ignoreReason, isBotUserAgent, isPrefetch } from "./filter";

const CHROME = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

const reader = (extra: Record<string, string> = {}) => new Headers({ "user-agent": CHROME, ...extra });

describe("isBotUserAgent", () => {
  it("passes readers' browsers", () => {
    expect(isBotUserAgent(CHROME)).toBe(false);
    expect(isBotUserAgent(FIREFOX)).toBe(false);
  });

  it("catches crawlers, link previews, headless browsers and scripts", () => {
    for (const ua of [
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
      "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
      "WhatsApp/2.23.20.0",
      "TelegramBot (like TwitterBot)",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
      "curl/8.5.0",
      "python-requests/2.32.3",
    ]) {
      expect(isBotUserAgent(ua), ua).toBe(true);
    }
  });

  it("treats a missing or blank User-Agent as no reader", () => {
    expect(isBotUserAgent(null)).toBe(true);
    expect(isBotUserAgent("  ")).toBe(true);
  });
});

describe("isPrefetch", () => {
  it("recognises every browser's prefetch and prerender header", () => {
    expect(isPrefetch(new Headers({ "Sec-Purpose": "prefetch" }))).toBe(true);
    expect(isPrefetch(new Headers({ "Sec-Purpose": "prefetch;prerender" }))).toBe(true);
    expect(isPrefetch(new Headers({ Purpose: "prefetch" }))).toBe(true);
    expect(isPrefetch(new Headers({ "X-Moz": "prefetch" }))).toBe(true);
    expect(isPrefetch(new Headers({ "X-Purpose": "preview" }))).toBe(true);
  });

  it("lets ordinary requests through", () => {
    expect(isPrefetch(new Headers())).toBe(false);
    expect(isPrefetch(new Headers({ "Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Dest": "empty" }))).toBe(false);
  });
});

describe("ignoreReason", () => {
  it("counts a reader's same-origin beacon", () => {
    expect(ignoreReason(reader())).toBeNull();
    expect(ignoreReason(reader({ "sec-fetch-site": "same-origin", cookie: "tema=gelap" }))).toBeNull();
  });

  it("names the reason a request does not count", () => {
    expect(ignoreReason(new Headers({ "user-agent": "Googlebot/2.1" }))).toBe("bot");
    expect(ignoreReason(reader({ "sec-purpose": "prefetch" }))).toBe("prefetch");
    expect(ignoreReason(reader({ cookie: "warta_session=s" }))).toBe("staff");
    expect(ignoreReason(reader({ cookie: "__Host-warta_session=s" }))).toBe("staff");
    expect(ignoreReason(reader({ "sec-fetch-site": "cross-site" }))).toBe("cross-site");
  });
});
