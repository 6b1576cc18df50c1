import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article/ArticleView";
import { ViewCount } from "@/components/article/ViewCount";
import { CachedNotFound } from "@/components/shared/CachedNotFound";
import { JsonLd } from "@/components/shared/JsonLd";
import { getArticlePage } from "@/db/queries/articles";
import { getArticleExtras } from "@/server/article-page";
import { articleMetadata, OG_IMAGE_SIZE } from "@/lib/metadata";
import { isPublicId } from "@/lib/public-id";
import { newsArticleJsonLd, sitePublisher } from "@/lib/structured-data";
import { absoluteUrl, articlePath, mediaUrl, ogImagePath } from "@/lib/urls";
import { getNotFoundLatest } from "@/server/not-found";

type Props = { params: Promise<{ id: string; slug?: string[] }> };

// Rendered on first request, then served from the ISR cache; an admin save revalidates
// this path, and 30 s bounds how old Terpopuler and the lists on the page can get.
export const revalidate = 30;
export function generateStaticParams(): { id: string; slug?: string[] }[] {
  return [];
}

async function loadArticle(id: string) {
  return isPublicId(id) ? getArticlePage(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  if (!article) return { title: "Berita tidak ditemukan" };
  return articleMetadata(article);
}

export default async function ArticleRoute({ params }: Props) {
  const { id, slug } = await params;
  const article = await loadArticle(id);
  if (!article) return <CachedNotFound latest={await getNotFoundLatest()} />;
  // The id is the identity; any other slug (old, mistyped, missing) moves to the canonical URL.
  if (slug?.length !== 1 || slug[0] !== article.slug) permanentRedirect(articlePath(article));

  const extras = await getArticleExtras(article);
  const structuredData = newsArticleJsonLd(
    {
      ...article,
      corrections: extras.corrections,
      live: extras.live,
      url: absoluteUrl(articlePath(article)),
      image: article.photo
        ? { url: absoluteUrl(mediaUrl(article.photo.path)), width: article.photo.width, height: article.photo.height, caption: article.photo.caption, credit: article.photo.credit }
        : { url: absoluteUrl(ogImagePath(article)), ...OG_IMAGE_SIZE },
    },
    sitePublisher(),
  );
  return (
    <>
      <JsonLd data={structuredData} />
      <ArticleView article={article} extras={extras} />
      {/* Only the reader page counts; staff previews render ArticleView without it. */}
      <ViewCount publicId={article.publicId} />
    </>
  );
}
