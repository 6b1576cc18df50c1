import { recordAdImpressions } from "@/server/ads";
import { beaconResponse } from "@/lib/views/http";

// public/warta.js posts here the ids of ads that were half in view for a second.
export async function POST(request: Request) {
  return beaconResponse(await recordAdImpressions(request));
}

// GET and HEAD count nothing: a 405 that says so in Indonesian (Next's own 405 would be empty).
export function GET() {
  return beaconResponse("method");
}
export const HEAD = GET;
