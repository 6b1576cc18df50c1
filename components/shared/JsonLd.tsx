import { serializeJsonLd } from "@/lib/structured-data";

type Props = { data: Record<string, unknown> };

/** Structured data for crawlers. A plain <script>, not next/script: it is data, not code to run. */
export function JsonLd({ data }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
