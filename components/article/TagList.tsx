import { tagPath } from "@/lib/urls";

type Props = { tags: { slug: string; name: string }[] };

export function TagList({ tags }: Props) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label="Tag berita" className="mt-6">
      <ul className="flex flex-wrap gap-2">
        {tags.map((t) => (
          <li key={t.slug}>
            <a href={tagPath(t.slug)} className="inline-block rounded-full bg-slate-100 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-200">
              #{t.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
