import { ViewBeacon } from "./ViewBeacon";

type Props = { publicId: string };

/**
 * Counts the reading of a story: a beacon once the page is on screen, or without
 * JavaScript a 1×1 pixel. Nothing counts while the page renders, so a cached page counts too.
 */
export function ViewCount({ publicId }: Props) {
  return (
    <>
      <ViewBeacon publicId={publicId} />
      <noscript>
        {/* eslint-disable-next-line @next/next/no-img-element -- a counting pixel, not a picture */}
        <img src={`/api/views/pixel?id=${encodeURIComponent(publicId)}`} alt="" width={1} height={1} className="absolute h-px w-px" />
      </noscript>
    </>
  );
}
