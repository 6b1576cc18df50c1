import { beaconResponse } from "@/lib/views/http";
import { recordView } from "@/lib/views/runtime";

// The reader's browser posts here once the article is actually on screen (components/article/ViewBeacon.tsx).
// Without a GET export, Next answers HEAD and GET with 405, so neither can count.
export async function POST(request: Request) {
  return beaconResponse(await recordView(request));
}
