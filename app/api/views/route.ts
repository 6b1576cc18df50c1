import { beaconResponse } from "@/lib/views/http";
import { recordView } from "@/server/views";

// The reader's browser posts here once the article is actually on screen (public/warta.js).
export async function POST(request: Request) {
  return beaconResponse(await recordView(request));
}

// GET and HEAD show no page to anyone, so neither counts: a 405 that says so in Indonesian
// (Next's own 405 would be empty).
export function GET() {
  return beaconResponse("method");
}
export const HEAD = GET;
