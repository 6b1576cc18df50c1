import { clickResponse } from "@/lib/ads/http";
import { recordAdClick } from "@/server/ads";

type Context = { params: Promise<{ id: string }> };

// Every image creative links here: the click is counted, then the reader goes on to the advertiser.
export async function GET(request: Request, { params }: Context) {
  const { target } = await recordAdClick(request, (await params).id);
  return clickResponse(target);
}

// A link checker learns where the link goes; it shows the ad to nobody, so it does not count.
export async function HEAD(request: Request, { params }: Context) {
  const { target } = await recordAdClick(request, (await params).id);
  return clickResponse(target);
}
