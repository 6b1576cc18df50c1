import { notFound } from "next/navigation";

// Unknown paths fall through to here so that their 404 renders inside the reader
// layout (header, kanal navigation, footer) instead of a bare fallback page.
export default function UnknownPath(): never {
  notFound();
}
