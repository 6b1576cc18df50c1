import { recordAdImpressions } from "@/lib/ads/runtime";
import { beaconResponse } from "@/lib/views/http";

// components/ads/AdImpressions.tsx posts here the ids of ads that were half in view for a second.
// Without a GET export, Next answers HEAD and GET with 405.
export async function POST(request: Request) {
  return beaconResponse(await recordAdImpressions(request));
}
