import Link from "next/link";

type Props = { items: { name: string; href?: string }[] };

export function Breadcrumbs({ items }: Props) {
  return (
    <nav aria-label="Remah roti" className="text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-1">
        <li>
          <Link href="/" className="hover:underline">
            Beranda
          </Link>
        </li>
        {items.map((item) => (
          <li key={item.name} className="flex items-center gap-1">
            <span aria-hidden="true">›</span>
            {item.href ? (
              <Link href={item.href} className="font-semibold text-brand hover:underline">
                {item.name}
              </Link>
            ) : (
              <span aria-current="page">{item.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
