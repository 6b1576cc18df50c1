import { notFound } from "next/navigation";
import { connection } from "next/server";

// Unknown paths fall through to here so that their 404 renders inside the reader
// layout (header, kanal navigation, footer) instead of a bare fallback page. Rendered
// per request: caching would keep an entry for every made-up URL a crawler tries.
export default async function UnknownPath(): Promise<never> {
  await connection();
  notFound();
}
