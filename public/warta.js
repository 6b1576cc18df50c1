// @ts-check
// The one script of a reader page (docs/decisions/001-no-client-runtime-on-reader-pages.md). Cached reader pages go out without
// Next's client runtime (lib/reader-html.mjs), so the two things they do in the browser live here,
// in plain JavaScript, loaded async from the layout:
// - the view beacon: a story ([data-view-id]) tells the server once that it was shown;
// - ad impressions: an ad ([data-ad-id]) counts once half of it stayed in view for a full second;
// - galleries in a story: next and previous.
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

  // Galleries (lib/body-photos.ts): without JavaScript the photos stack. With it, app/globals.css has
  // laid each out as a row with one photo in view and room kept for these controls before this script
  // arrives, so adding them shifts nothing. Next and previous by button, arrow key or swipe; a link to
  // #foto-N scrolls the row itself, and the counter follows any scroll.
  const galleries = () => {
    for (const box of /** @type {HTMLElement[]} */ ([...document.querySelectorAll(".gallery")])) {
      const track = /** @type {HTMLElement} */ (box.firstElementChild);
      const total = track.children.length;
      let at = 0;
      const nav = document.createElement("div");
      const count = document.createElement("span");
      const button = (/** @type {string} */ label, /** @type {number} */ step) => {
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = label;
        b.onclick = () => go(at + step);
        return b;
      };
      const prev = button("Foto sebelumnya", -1);
      const next = button("Foto berikutnya", 1);
      const show = () => {
        count.textContent = `${at + 1} / ${total}`;
        prev.disabled = at === 0;
        next.disabled = at === total - 1;
      };
      const go = (/** @type {number} */ i) => {
        at = Math.max(0, Math.min(total - 1, i));
        track.scrollTo({ left: at * track.clientWidth });
        show();
      };
      nav.className = "gallery-nav";
      count.setAttribute("aria-live", "polite");
      nav.append(prev, count, next);
      box.append(nav);
      box.classList.add("gallery-live");
      track.addEventListener("scroll", () => {
        const i = Math.round(track.scrollLeft / track.clientWidth);
        if (i !== at) {
          at = i;
          show();
        }
      });
      box.addEventListener("keydown", (e) => {
        const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
        if (!step) return;
        e.preventDefault();
        go(at + step);
      });
      let x0 = NaN;
      track.addEventListener("pointerdown", (e) => (x0 = e.clientX));
      track.addEventListener("pointerup", (e) => {
        const dx = e.clientX - x0;
        if (Math.abs(dx) > 40) go(at + (dx < 0 ? 1 : -1));
        x0 = NaN;
      });
      track.addEventListener("pointercancel", () => (x0 = NaN));
      at = Math.round(track.scrollLeft / track.clientWidth);
      show();
    }
  };

  const start = () => {
    countView();
    countAds();
    galleries();
  };
  // Loaded async: it may arrive before the body has been read.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
})();
