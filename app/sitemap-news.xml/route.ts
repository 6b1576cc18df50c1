import { connection } from "next/server";
import { newsSitemapXml } from "@/server/distribution";
import { xmlResponse } from "@/lib/xml";

export async function GET() {
  await connection();
  return xmlResponse(await newsSitemapXml());
}
