import { connection } from "next/server";
import { isPublicId } from "@/lib/public-id";
import { getLivePollAnswer } from "@/server/live";

// What warta.js polls on a live story: `/langsung/<publicId>?sejak=<newest update id the page shows>`
// (at most 9 digits: an update id fits a 32-bit integer on both engines).
// Read per request (an indexed read of a few rows); nginx keeps each answer 1 s and any other
// shared cache up to 5 s, so a flood of readers polling costs the server a few reads a second.

const CACHE = "public, max-age=5, s-maxage=5";

function plain(text: string, status: number): Response {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": CACHE } });
}

export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await ctx.params;
  const since = new URL(request.url).searchParams.get("sejak") ?? "0";
  if (!/^\d{1,9}$/.test(since)) return plain("Parameter sejak harus nomor pembaruan.", 400);
  const answer = isPublicId(id) ? await getLivePollAnswer(id, Number(since)) : null;
  if (!answer) return plain("Laporan langsung tidak ditemukan.", 404);
  return Response.json(answer, { headers: { "Cache-Control": CACHE } });
}
