import { pixelResponse } from "@/lib/views/http";
import { recordView } from "@/server/views";

// The <noscript> image that counts readers without JavaScript.
export async function GET(request: Request) {
  return pixelResponse(await recordView(request));
}

// Next would answer HEAD with GET; a HEAD shows no page to anyone, so it must not count.
export function HEAD() {
  return pixelResponse("method");
}
