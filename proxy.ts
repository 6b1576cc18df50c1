import { type NextRequest, NextResponse } from "next/server";
import { badAddressResponse, isDecodablePath } from "./lib/request-path";

// Only refuses addresses that cannot be decoded (`/kanal/%FF`): Next would answer them with a bare
// 500. Access checks do not live here (every page and action checks the session itself).
export function proxy(request: NextRequest) {
  return isDecodablePath(new URL(request.url).pathname) ? NextResponse.next() : badAddressResponse();
}

// Only paths with a percent sign can be malformed, so every other request skips the proxy.
export const config = { matcher: "/(.*%.*)" };
