// @ts-check
// The one script of a reader page (docs/decisions/001-no-client-runtime-on-reader-pages.md). Cached reader pages go out without
// Next's client runtime (lib/reader-html.mjs), so the two things they do in the browser live here,
// in plain JavaScript, loaded async from the layout:
// - the view beacon: a story ([data-view-id]) tells the server once that it was shown;
// - ad impressions: an ad ([data-ad-id]) counts once half of it stayed in view for a full second;
// - embeds: a preview's button swaps in the provider's player, and not before the tap.
// Without JavaScript the page still reads; a <noscript> pixel counts the view, and no ad is counted,
// which is the honest answer: nobody can tell whether it was seen.
(() => {
  const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  const viewsEndpoint = script?.dataset.views;
  const adsEndpoint = script?.dataset.ads;
  const SEEN_MS = 1000;
  const BATCH_MS = 2000;

  /** sendBeacon survives the reader leaving the page at once; fetch keepalive is for browsers without it. @param {string} url @param {string} [body] */
  const beacon = (url, body) => {
    if (!navigator.sendBeacon?.(url, body)) void fetch(url, { method: "POST", body, keepalive: true }).catch(() => {});
  };

  // Waits while the page is prerendered or in a background tab, so that a page nobody looked at never counts.
  const countView = () => {
    const id = /** @type {HTMLElement | null} */ (document.querySelector("[data-view-id]"))?.dataset.viewId;
    if (!id || !viewsEndpoint) return;
    let sent = false;
    const send = () => {
      if (sent || document.visibilityState !== "visible" || /** @type {Document & { prerendering?: boolean }} */ (document).prerendering) return;
      sent = true;
      document.removeEventListener("visibilitychange", send);
      document.removeEventListener("prerenderingchange", send);
      beacon(`${viewsEndpoint}?id=${encodeURIComponent(id)}`);
    };
    document.addEventListener("visibilitychange", send);
    document.addEventListener("prerenderingchange", send);
    send();
  };

  const countAds = () => {
    const boxes = /** @type {HTMLElement[]} */ ([...document.querySelectorAll("[data-ad-id]")]);
    if (boxes.length === 0 || !adsEndpoint || !("IntersectionObserver" in window)) return;
    /** @type {Map<Element, number>} */
    const timers = new Map();
    /** @type {string[]} */
    let queue = [];
    let batch = 0;

    const send = () => {
      window.clearTimeout(batch);
      batch = 0;
      if (queue.length === 0) return;
      const body = JSON.stringify(queue.map(Number));
      queue = [];
      beacon(adsEndpoint, body);
    };
    const seen = (/** @type {HTMLElement} */ box) => {
      timers.delete(box);
      observer.unobserve(box);
      queue.push(/** @type {string} */ (box.dataset.adId));
      if (!batch) batch = window.setTimeout(send, BATCH_MS);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const inView = e.isIntersecting && e.intersectionRatio >= 0.5 && document.visibilityState === "visible";
          if (inView && !timers.has(e.target)) timers.set(e.target, window.setTimeout(() => seen(/** @type {HTMLElement} */ (e.target)), SEEN_MS));
          if (!inView && timers.has(e.target)) {
            window.clearTimeout(timers.get(e.target));
            timers.delete(e.target);
          }
        }
      },
      { threshold: 0.5 },
    );
    const watch = () => boxes.forEach((b) => observer.observe(b));
    // A hidden tab shows nothing: running seconds stop, and what was seen goes out now.
    // Coming back, observing afresh reports what is in view again.
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") {
        timers.forEach((t) => window.clearTimeout(t));
        timers.clear();
        observer.disconnect();
        send();
      } else watch();
    });
    window.addEventListener("pagehide", send);
    watch();
  };

  // Embeds (lib/embeds.ts): the server draws a preview that loads nothing from the provider. The tap
  // is the reader's consent: only then does the player's frame replace the preview, in the same box
  // (its size comes from the stylesheet, so nothing moves). The sandbox gives the player what it
  // needs to run and to open the original in a new tab; the page's CSP allows that provider alone.
  const tapToLoad = () => {
    for (const box of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll(".embed[data-player]"))) {
      const button = box.querySelector("button");
      if (!button) continue;
      box.classList.add("embed-on");
      button.addEventListener("click", () => {
        const frame = document.createElement("iframe");
        frame.src = /** @type {string} */ (box.dataset.player);
        frame.title = /** @type {string} */ (box.dataset.playerTitle);
        frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation");
        frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
        frame.referrerPolicy = "strict-origin-when-cross-origin";
        box.replaceChildren(frame);
        frame.focus();
      }, { once: true });
    }
  };

  const start = () => {
    countView();
    countAds();
    tapToLoad();
  };
  // Loaded async: it may arrive before the body has been read.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
})();
