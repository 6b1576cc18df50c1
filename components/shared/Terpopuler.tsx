import type { Terpopuler as TerpopulerData } from "@/db/queries/popular";
import { articlePath } from "@/lib/urls";
import { formatWibTime } from "@/lib/wib";

type Props = { ranking: TerpopulerData; title?: string };

/** The numbered most-read list. */
export function Terpopuler({ ranking, title = "Terpopuler" }: Props) {
  if (ranking.items.length === 0) return null;
  return (
    <section aria-labelledby="terpopuler-judul" data-block="terpopuler">
      <h2 id="terpopuler-judul" className="border-b-2 border-brand pb-1 text-lg font-black uppercase">
        {title}
      </h2>
      <ol className="mt-2 divide-y divide-slate-200">
        {ranking.items.map((item, i) => (
          <li key={item.id} className="flex gap-3 py-3">
            <span className="w-7 shrink-0 text-2xl font-black leading-none text-brand" aria-hidden="true">
              {i + 1}
            </span>
            <a href={articlePath(item)} className="font-semibold leading-snug hover:underline">
              {item.title}
            </a>
          </li>
        ))}
      </ol>
      <p className="text-xs text-slate-600">Diperbarui {formatWibTime(ranking.computedAt)}</p>
    </section>
  );
}
