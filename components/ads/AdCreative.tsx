import type { AdCreativeView } from "@/db/queries/ads";
import type { AdSlotName } from "@/lib/domain";
import { AD_SLOT_SIZES, adBoxClass, isAboveTheFold } from "@/lib/ads/slots";
import { adClickPath, adHtmlPath, mediaUrl } from "@/lib/urls";

type Props = {
  creative: AdCreativeView;
  /** The slot it is drawn in; the box is this slot's, whatever the creative was made for. */
  slot: AdSlotName;
  /**
   * The ad desk's preview: the creative's last save time, added to the frame's address so an
   * edit shows at once instead of the browser's copy. (Not srcdoc: a srcdoc frame inherits the
   * admin page's Content-Security-Policy, which would block the tag's scripts.)
   */
  version?: number;
  /** The ad desk's preview links nowhere, so a test click never counts. */
  href?: string | null;
};

// Scripts may run and open the advertiser's site in a new tab; without allow-same-origin the
// frame has an opaque origin: no access to the page, its cookies or the staff session.
const SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox";

/**
 * One creative at its slot's exact size: a linked picture (a <picture> with the phone
 * image in the 728×90 slots) or a third-party tag in a sandboxed frame. The leaderboard
 * loads at once; every other slot waits until it nears the viewport.
 */
export function AdCreative({ creative, slot, version, href }: Props) {
  const sizes = AD_SLOT_SIZES[slot];
  const loading = isAboveTheFold(slot) ? "eager" : "lazy";
  const box = `${adBoxClass(slot)} block max-w-full overflow-hidden`;

  if (creative.kind === "html") {
    return (
      <iframe
        title={creative.altText || "Iklan"}
        className={`${box} border-0`}
        width={sizes.desktop.width}
        height={sizes.desktop.height}
        sandbox={SANDBOX}
        loading={loading}
        referrerPolicy="no-referrer"
        scrolling="no"
        src={version === undefined ? adHtmlPath(creative.id) : `${adHtmlPath(creative.id)}?v=${version}`}
      />
    );
  }

  const image = creative.image;
  if (!image) return null;
  const phone = sizes.phone;
  const phoneImage = creative.mobileImage ?? image;
  const img = (
    // eslint-disable-next-line @next/next/no-img-element -- stored at the exact box size; nothing to optimise
    <img
      src={mediaUrl(image.path)}
      alt={creative.altText}
      width={sizes.desktop.width}
      height={sizes.desktop.height}
      loading={loading}
      decoding="async"
      className={`${box} object-cover`}
    />
  );
  const picture = phone ? (
    <picture>
      <source media="(max-width: 767px)" srcSet={mediaUrl(phoneImage.path)} width={phone.width} height={phone.height} />
      {img}
    </picture>
  ) : (
    img
  );
  const link = href === undefined ? adClickPath(creative.id) : href;
  if (link === null) return picture;
  return (
    <a href={link} rel="sponsored noopener" target="_blank" className="block">
      {picture}
    </a>
  );
}
