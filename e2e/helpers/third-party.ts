import type { Locator, Page } from "@playwright/test";

// Reader pages with embeds (issue 16): every request that leaves the test server is recorded and
// none may happen before a tap; a player's request gets a stub page, so its frame really loads
// under the page's CSP. Shared by e2e/embeds.spec.ts and e2e/rich-story.spec.ts.

export const PLAYERS = ["https://www.youtube-nocookie.com", "https://platform.twitter.com", "https://www.instagram.com", "https://www.tiktok.com", "https://www.facebook.com"];
export const STUB = "Pemutar uji dari penyedia";

/** Records every request that leaves the test server; player pages get the stub, anything else is refused. */
export async function interceptThirdParty(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.route(
    (url) => url.hostname !== "127.0.0.1" && url.hostname !== "localhost",
    (route) => {
      const url = route.request().url();
      seen.push(url);
      if (PLAYERS.includes(new URL(url).origin)) return route.fulfill({ contentType: "text/html", body: `<!doctype html><html lang="id"><title>Uji</title><p>${STUB}</p></html>` });
      return route.abort();
    },
  );
  return seen;
}

/** Sums every layout shift from before the first byte, the ones right after a tap included (the CLS metric would leave those out). */
export async function watchEveryShift(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__shift += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

/** Size and place on the page (not in the viewport, which scrolls when the frame takes focus). */
export const pageBox = (box: Locator) =>
  box.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
  });
