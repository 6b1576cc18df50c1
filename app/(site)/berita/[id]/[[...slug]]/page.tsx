import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article/ArticleView";
import { getArticlePage } from "@/db/queries/articles";
import { isPublicId } from "@/lib/public-id";
import { articlePath, mediaUrl } from "@/lib/urls";
import { toWibIso } from "@/lib/wib";

type Props = { params: Promise<{ id: string; slug?: string[] }> };

async function loadArticle(id: string) {
  return isPublicId(id) ? getArticlePage(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  if (!article) return { title: "Berita tidak ditemukan" };
  return {
    title: article.title,
    description: article.lead,
    alternates: { canonical: articlePath(article) },
    openGraph: {
      type: "article",
      title: article.title,
      description: article.lead,
      publishedTime: toWibIso(article.publishedAt),
      modifiedTime: toWibIso(article.updatedAt),
      images: article.photo ? [{ url: mediaUrl(article.photo.path), alt: article.photo.alt }] : undefined,
    },
  };
}

export default async function ArticleRoute({ params }: Props) {
  const { id, slug } = await params;
  const article = await loadArticle(id);
  if (!article) notFound();
  // The id is the identity; any other slug (old, mistyped, missing) moves to the canonical URL.
  if (slug?.length !== 1 || slug[0] !== article.slug) permanentRedirect(articlePath(article));
  return <ArticleView article={article} />;
}
