import { notFound } from "next/navigation";
import { Suspense } from "react";
import type { ArticleCard } from "@/db/queries/articles";
import { NotFoundNotice } from "./NotFoundNotice";

function NotFoundStatus(): never {
  notFound();
}

/**
 * The 404 of an ISR route (article, kanal, tag, author, cached search, unknown paths), returned by the page instead of
 * calling notFound() itself. A notFound() thrown outside any Suspense boundary makes Next 16
 * answer 404 with an empty `<html id="__next_error__">` shell and the 404 only in the RSC payload,
 * so the page is blank without JavaScript. Thrown inside a boundary, the ISR render (Next's
 * prerenderToStream) still sets the 404 status and keeps everything outside the boundary: the
 * notice, inside the reader layout. With JavaScript the boundary's error reaches
 * app/(site)/not-found.tsx, which shows the same notice.
 * Only for ISR routes: a per-request render ignores a notFound() inside a boundary and answers 200.
 */
export function CachedNotFound({ latest }: { latest: ArticleCard[] }) {
  return (
    <>
      <NotFoundNotice latest={latest} />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </>
  );
}
