"use client";

import { useEffect } from "react";

const SEEN_MS = 1000;
const BATCH_MS = 2000;

/**
 * Counts an ad as seen once at least half of it stayed in view for a full second, then
 * reports the ids in batches. One per page; without JavaScript nothing is counted, which
 * is the honest answer: nobody can tell whether the ad was seen.
 */
// The endpoint comes in as a prop: importing lib/urls here would pull the server's config
// (and zod with it, about 30 kB gzip) into every reader page's JavaScript.
export function AdImpressions({ endpoint }: { endpoint: string }) {
  useEffect(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>("[data-ad-id]")];
    if (boxes.length === 0 || !("IntersectionObserver" in window)) return;
    const timers = new Map<Element, number>();
    let queue: string[] = [];
    let batch = 0;

    const send = () => {
      window.clearTimeout(batch);
      batch = 0;
      if (queue.length === 0) return;
      const body = JSON.stringify(queue.map(Number));
      queue = [];
      // sendBeacon survives the reader leaving the page; fetch keepalive is for browsers without it.
      if (!navigator.sendBeacon?.(endpoint, body)) {
        void fetch(endpoint, { method: "POST", body, keepalive: true }).catch(() => {});
      }
    };
    const seen = (box: HTMLElement) => {
      timers.delete(box);
      observer.unobserve(box);
      queue.push(box.dataset.adId!);
      if (!batch) batch = window.setTimeout(send, BATCH_MS);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const box = e.target as HTMLElement;
          const inView = e.isIntersecting && e.intersectionRatio >= 0.5 && document.visibilityState === "visible";
          if (inView && !timers.has(box)) timers.set(box, window.setTimeout(() => seen(box), SEEN_MS));
          if (!inView && timers.has(box)) {
            window.clearTimeout(timers.get(box));
            timers.delete(box);
          }
        }
      },
      { threshold: 0.5 },
    );
    const watch = () => boxes.forEach((b) => observer.observe(b));
    // A hidden tab shows nothing: running seconds stop, and what was seen goes out now.
    // Coming back, observing afresh reports what is in view again.
    const onVisibility = () => {
      if (document.visibilityState === "hidden") {
        timers.forEach((t) => window.clearTimeout(t));
        timers.clear();
        observer.disconnect();
        send();
      } else watch();
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", send);
    watch();
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", send);
      observer.disconnect();
      timers.forEach((t) => window.clearTimeout(t));
      send();
    };
  }, [endpoint]);
  return null;
}
