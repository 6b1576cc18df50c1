// @ts-check
// The one script of a reader page (docs/decisions/001-no-client-runtime-on-reader-pages.md). Cached reader pages go out without
// Next's client runtime (lib/reader-html.mjs), so what they do in the browser lives here,
// in plain JavaScript, loaded async from the layout:
// - the view beacon: a story ([data-view-id]) tells the server once that it was shown;
// - ad impressions: an ad ([data-ad-id]) counts once half of it stayed in view for a full second;
// - share links ([data-share]): "Salin tautan" copies, "Bagikan" opens the phone's share sheet.
// - a running live report ([data-live]) offers its new updates ("N pembaruan baru").
// - galleries in a story: next and previous.
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

  // Share links (components/article/ShareLinks.tsx) are plain links that work without this. Here
  // "Salin tautan" copies the link instead of opening the story again, and "Bagikan" opens the
  // phone's own share sheet, shown only where the browser has one. One listener on the document,
  // so share links added later (a live report's new updates) work too.
  const shareLinks = () => {
    if ("share" in navigator) document.documentElement.dataset.shareSheet = "";
    document.addEventListener("click", (event) => {
      const target = /** @type {Element} */ (event.target);
      const box = /** @type {HTMLElement | null} */ (target.closest?.("[data-share]"));
      const url = box?.dataset.shareUrl;
      if (!box || !url) return;
      if (target.closest("[data-share-native]")) {
        // Closing the sheet without choosing rejects: nothing to tell the reader.
        navigator.share({ title: box.dataset.shareTitle, url }).catch(() => {});
      } else if (target.closest("[data-share-copy]") && navigator.clipboard) {
        event.preventDefault();
        const status = /** @type {HTMLElement} */ (box.querySelector("[data-share-status]"));
        const say = (/** @type {string} */ text) => {
          status.textContent = text;
          window.clearTimeout(Number(status.dataset.timer));
          status.dataset.timer = String(window.setTimeout(() => (status.textContent = ""), 4000));
        };
        navigator.clipboard.writeText(url).then(
          () => say("Tautan disalin"),
          () => say("Tautan tidak dapat disalin"),
        );
      }
    });
  };

  // "Laporan langsung": asks `/langsung/<id>?sejak=<newest shown>` every 20 s while the tab is
  // visible (doubling up to 5 min after errors; stopping once the report ended). The server's
  // answer is the new updates' HTML, made where the page's own updates are (lib/live-html.ts).
  // They wait behind a button in a slot of fixed height, so nothing moves until the reader asks;
  // then they go in at the top of the list, just below the button, and the first takes focus.
  const followLive = () => {
    const section = /** @type {HTMLElement | null} */ (document.querySelector("[data-live]"));
    const list = section?.querySelector("[data-live-list]");
    const slot = section?.querySelector("[data-live-new]");
    if (!section || !list || !slot) return;
    const EVERY_MS = 20000;
    let latest = Number(section.dataset.liveLatest) || 0;
    let wait = EVERY_MS;
    let timer = 0;
    let ended = false;
    /** @type {string[]} */
    let waiting = [];
    let count = 0;
    const button = document.createElement("button");
    button.type = "button";
    button.hidden = true;
    button.className = "rounded bg-red-700 px-4 py-2 text-sm font-bold text-white";
    slot.replaceChildren(button);
    button.addEventListener("click", () => {
      const t = document.createElement("template");
      t.innerHTML = waiting.join("");
      const first = /** @type {HTMLElement | null} */ (t.content.firstElementChild);
      list.insertBefore(t.content, list.querySelector(":scope > li:not([data-pinned])"));
      waiting = [];
      count = 0;
      button.hidden = true;
      if (first) {
        first.tabIndex = -1;
        first.focus();
      }
    });
    const schedule = () => {
      window.clearTimeout(timer);
      if (!ended && document.visibilityState === "visible") timer = window.setTimeout(poll, wait);
    };
    const poll = async () => {
      try {
        const res = await fetch(`/langsung/${section.dataset.live}?sejak=${latest}`);
        if (!res.ok) throw res.status;
        const answer = await res.json();
        ended = answer.ended;
        wait = EVERY_MS;
        if (answer.count > 0) {
          waiting.unshift(answer.html);
          count += answer.count;
          latest = answer.latest;
          button.textContent = `${count} pembaruan baru`;
          button.hidden = false;
        }
      } catch {
        wait = Math.min(wait * 2, 300000);
      }
      schedule();
    };
    document.addEventListener("visibilitychange", schedule);
    schedule();
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
    shareLinks();
    followLive();
    galleries();
    tapToLoad();
  };
  // Loaded async: it may arrive before the body has been read.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
})();
