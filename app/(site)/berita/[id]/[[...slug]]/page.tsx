import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { AdSlot } from "@/components/ads/AdSlot";
import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { ArticlePhoto } from "@/components/article/ArticlePhoto";
import { BacaJuga } from "@/components/article/BacaJuga";
import { BeritaLainnya } from "@/components/article/BeritaLainnya";
import { TagList } from "@/components/article/TagList";
import { ViewCount } from "@/components/article/ViewCount";
import { Breadcrumbs } from "@/components/shared/Breadcrumbs";
import { Terpopuler } from "@/components/shared/Terpopuler";
import { getArticlePage } from "@/db/queries/articles";
import { getTerpopuler } from "@/db/queries/popular";
import { getBacaJuga, getBeritaLainnya } from "@/db/queries/related";
import { siteConfig } from "@/lib/config";
import { isPublicId } from "@/lib/public-id";
import { articlePath, kanalPath, mediaUrl } from "@/lib/urls";
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

  const bacaJuga = await getBacaJuga(article);
  const [lainnya, populer] = await Promise.all([
    getBeritaLainnya(article, { excludeIds: bacaJuga.map((a) => a.id) }),
    getTerpopuler(),
  ]);
  const crumbs = [
    ...(article.kanal.parent ? [{ name: article.kanal.parent.name, href: kanalPath(article.kanal.parent.slug) }] : []),
    { name: article.kanal.name, href: kanalPath(article.kanal.slug) },
  ];

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_300px]">
      <div className="min-w-0">
        <article className="max-w-3xl">
          <Breadcrumbs items={crumbs} />
          <div className="mt-3">
            <ArticleHeader article={article} />
          </div>
          {article.photo && <ArticlePhoto photo={article.photo} />}
          <ArticleBody
            html={article.body}
            dateline={article.dateline ? `${siteConfig.datelineName}, ${article.dateline} --` : ""}
            bacaJuga={<BacaJuga articles={bacaJuga} />}
            inArticleAd={<AdSlot slot="in-article" className="my-6" />}
          />
          <TagList tags={article.tags} />
          <ViewCount publicId={article.publicId} />
        </article>
        <BeritaLainnya articles={lainnya} />
      </div>
      <aside aria-label="Sorotan" className="space-y-8">
        <Terpopuler ranking={populer} />
        <AdSlot slot="sidebar" />
      </aside>
    </div>
  );
}
