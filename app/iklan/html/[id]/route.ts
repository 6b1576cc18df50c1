import { connection } from "next/server";
import { getAdHtml } from "@/db/queries/ads";
import { creativeFrameResponse } from "@/lib/ads/http";
import { parseCreativeId } from "@/lib/ads/recorder";

type Context = { params: Promise<{ id: string }> };

// The sandboxed frame of an HTML creative loads its tag from here (components/ads/AdCreative.tsx).
export async function GET(_request: Request, { params }: Context) {
  await connection();
  const id = parseCreativeId((await params).id);
  return creativeFrameResponse(id === null ? null : await getAdHtml(id));
}
