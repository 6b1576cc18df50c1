import { ImageResponse } from "next/og";
import sharp from "sharp";
import { CENTRE, type Focus, focalCrop } from "./focal-point";
import { LOGO_SIZE, OG_IMAGE_SIZE } from "./metadata";

const BRAND = "#b91c1c";

/**
 * The 1200×630 share image cut from an article photo around its focal point (lib/focal-point.ts),
 * the same cut CSS makes for the cards, so a share shows what the editor chose to keep.
 */
export async function photoToOgJpeg(photo: Buffer, focus: Focus = CENTRE): Promise<Buffer> {
  const { width, height } = await sharp(photo).metadata();
  const crop = width && height ? focalCrop({ width, height }, OG_IMAGE_SIZE, focus) : null;
  const cut = crop ? sharp(photo).extract(crop) : sharp(photo);
  return cut
    .resize({ ...OG_IMAGE_SIZE, fit: "cover" })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}

/** Shrinks a headline until it fits the card in at most four lines. */
function headlineSize(title: string): number {
  if (title.length <= 60) return 64;
  if (title.length <= 100) return 54;
  return 44;
}

/**
 * A generated share image for an article without a photo: site name, kanal and headline on the
 * brand colour. Uses the font bundled with next/og, so it renders without any network.
 */
export function headlineCard(
  { title, kanal, siteName }: { title: string; kanal: string; siteName: string },
  headers: Record<string, string> = {},
): ImageResponse {
  const shown = title.length > 160 ? `${title.slice(0, 157)}…` : title;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: BRAND, color: "#ffffff", padding: "64px 72px" }}>
        <div style={{ display: "flex", alignItems: "center", fontSize: 40, fontWeight: 700 }}>
          <div style={{ display: "flex", background: "#ffffff", color: BRAND, padding: "4px 20px", borderRadius: 8 }}>{siteName}</div>
          <div style={{ display: "flex", marginLeft: 24, fontSize: 30, textTransform: "uppercase", letterSpacing: 2 }}>{kanal}</div>
        </div>
        <div style={{ display: "flex", fontSize: headlineSize(shown), lineHeight: 1.2 }}>{shown}</div>
      </div>
    ),
    { ...OG_IMAGE_SIZE, headers },
  );
}

/** The publisher logo for structured data and feeds: the site name on the brand colour. */
export function logoImage(siteName: string, headers: Record<string, string> = {}): ImageResponse {
  const size = siteName.length <= 6 ? 140 : Math.max(48, Math.floor(840 / siteName.length));
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: BRAND, color: "#ffffff", fontSize: size, fontWeight: 700, borderRadius: 64 }}>
        {siteName}
      </div>
    ),
    { ...LOGO_SIZE, headers },
  );
}
