import { breadcrumbJsonLd } from "@/lib/structured-data";
import { absoluteUrl } from "@/lib/urls";
import { JsonLd } from "./JsonLd";

type Props = { items: { name: string; href?: string }[] };

/** The visible trail from Beranda, with the same trail as a BreadcrumbList for search engines. */
export function Breadcrumbs({ items }: Props) {
  const trail = [{ name: "Beranda", href: "/" }, ...items];
  return (
    <nav aria-label="Remah roti" className="text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-1">
        <li>
          <a href="/" className="hover:underline">
            Beranda
          </a>
        </li>
        {items.map((item) => (
          <li key={item.name} className="flex items-center gap-1">
            <span aria-hidden="true">›</span>
            {item.href ? (
              <a href={item.href} className="font-semibold text-brand hover:underline">
                {item.name}
              </a>
            ) : (
              <span aria-current="page">{item.name}</span>
            )}
          </li>
        ))}
      </ol>
      <JsonLd data={breadcrumbJsonLd(trail.map((c) => ({ name: c.name, url: c.href ? absoluteUrl(c.href) : undefined })))} />
    </nav>
  );
}
