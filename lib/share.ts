// Share links of a story (issue 16): plain links to each service's own share page, so they work
// without JavaScript and load nothing from a third party until the reader chooses one.

/** Where a reader can pass a story on, in the order readers in Indonesia use them: WhatsApp first. */
export type ShareTargetId = "whatsapp" | "telegram" | "x" | "facebook" | "copy";

export type ShareTarget = {
  id: ShareTargetId;
  /** The accessible name, in Indonesian ("Bagikan ke WhatsApp", "Salin tautan"). */
  name: string;
  href: string;
};

// Campaign and click ids that analytics tools append. Warta never adds any; a shared link must not
// carry one either, or every reader who passes it on is counted as that campaign.
const TRACKING_PARAMS = new Set(["fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl"]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith("utm_") || TRACKING_PARAMS.has(lower);
}

/**
 * The URL to share: the canonical URL without tracking parameters. Other parameters and the
 * fragment (`#pembaruan-12`, one live update; `#foto-3`, one gallery photo) stay.
 * @example shareableUrl("https://warta.example/berita/k3v9q2mz/banjir?utm_source=wa#foto-3") // "https://warta.example/berita/k3v9q2mz/banjir#foto-3"
 */
export function shareableUrl(url: string): string {
  const parsed = new URL(url);
  for (const name of [...parsed.searchParams.keys()]) {
    if (isTrackingParam(name)) parsed.searchParams.delete(name);
  }
  if (parsed.searchParams.size === 0) parsed.search = "";
  return parsed.toString();
}

/**
 * Every share target for a story (or one update or photo of it), WhatsApp first and "Salin tautan"
 * last. Each service gets the URL as one encoded query value, so a fragment stays part of the URL
 * instead of becoming the service's own.
 * @example shareTargets("https://warta.example/berita/k3v9q2mz/banjir", "Banjir surut")[0].href
 * // "https://wa.me/?text=Banjir%20surut%20https%3A%2F%2Fwarta.example%2Fberita%2Fk3v9q2mz%2Fbanjir"
 */
export function shareTargets(url: string, title: string): ShareTarget[] {
  const link = shareableUrl(url);
  const u = encodeURIComponent(link);
  const t = encodeURIComponent(title.trim());
  return [
    { id: "whatsapp", name: "Bagikan ke WhatsApp", href: `https://wa.me/?text=${encodeURIComponent(`${title.trim()} ${link}`)}` },
    { id: "telegram", name: "Bagikan ke Telegram", href: `https://t.me/share/url?url=${u}&text=${t}` },
    { id: "x", name: "Bagikan ke X", href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { id: "facebook", name: "Bagikan ke Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    // Without JavaScript this is a link to the story itself: the browser's own "copy link address"
    // (long press, right click) copies it. With JavaScript warta.js copies it on a tap.
    { id: "copy", name: "Salin tautan", href: link },
  ];
}
