"use client";

import { useEffect } from "react";

type Props = { publicId: string };

type MaybePrerendering = Document & { prerendering?: boolean };

/**
 * Tells the server once that the story was shown. Waits while the page is prerendered
 * or in a background tab, so that a page nobody looked at never counts.
 */
export function ViewBeacon({ publicId }: Props) {
  useEffect(() => {
    const url = `/api/views?id=${encodeURIComponent(publicId)}`;
    let sent = false;
    const send = () => {
      if (sent || document.visibilityState !== "visible" || (document as MaybePrerendering).prerendering) return;
      sent = true;
      stop();
      // sendBeacon survives the reader leaving the page at once; fetch keepalive is for browsers without it.
      if (!navigator.sendBeacon?.(url)) void fetch(url, { method: "POST", keepalive: true }).catch(() => {});
    };
    const stop = () => {
      document.removeEventListener("visibilitychange", send);
      document.removeEventListener("prerenderingchange", send);
    };
    document.addEventListener("visibilitychange", send);
    document.addEventListener("prerenderingchange", send);
    send();
    return stop;
  }, [publicId]);
  return null;
}
