import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/ArticleView";
import { getArticlePreview } from "@/db/queries/articles";
import { STATUS_LABELS } from "@/lib/auth/roles";
import { isPublicId } from "@/lib/public-id";
import { getArticleExtras } from "@/server/article-page";
import { getCurrentUser } from "@/server/session";

// Staff only, behind the session cookie: never cached.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Pratinjau", robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }> };

/** Staff see any article exactly as readers will; everyone else gets the ordinary 404. */
export default async function PreviewRoute({ params }: Props) {
  const user = await getCurrentUser();
  const { id } = await params;
  const article = user && isPublicId(id) ? await getArticlePreview(id) : null;
  if (!article) notFound();
  return (
    <>
      <p role="status" className="mb-4 rounded border border-amber-400 bg-amber-50 px-4 py-2 text-sm">
        Pratinjau redaksi · status: <strong>{STATUS_LABELS[article.status]}</strong> · hanya staf yang dapat melihat halaman ini.{" "}
        <a href={`/admin/berita/${article.id}`} className="font-semibold underline">
          Kembali menyunting
        </a>
      </p>
      <ArticleView article={article} extras={await getArticleExtras(article)} />
    </>
  );
}
