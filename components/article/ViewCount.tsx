import { viewsPath } from "@/lib/urls";

type Props = { publicId: string };

/**
 * Counts the reading of a story: public/warta.js sends a beacon for the [data-view-id] once the
 * page is on screen, or without JavaScript a 1×1 pixel does. Nothing counts while the page
 * renders, so a cached page counts too.
 */
export function ViewCount({ publicId }: Props) {
  return (
    <>
      <span data-view-id={publicId} hidden />
      <noscript>
        {/* eslint-disable-next-line @next/next/no-img-element -- a counting pixel, not a picture */}
        <img src={`${viewsPath}/pixel?id=${encodeURIComponent(publicId)}`} alt="" width={1} height={1} className="absolute h-px w-px" />
      </noscript>
    </>
  );
}
