import type { ArticlePage } from "@/db/queries/articles";
import { ArticleImage } from "@/components/shared/ArticleImage";

type Props = { photo: NonNullable<ArticlePage["photo"]> };

export function ArticlePhoto({ photo }: Props) {
  return (
    <figure className="mt-5">
      <ArticleImage photo={photo} sizes="(min-width: 1024px) 720px, 100vw" priority className="aspect-video" />
      <figcaption className="mt-2 text-sm text-slate-600">
        {photo.caption}
        {photo.credit && (
          <>
            {" "}
            <span className="italic">Foto: {photo.credit}</span>
          </>
        )}
      </figcaption>
    </figure>
  );
}
