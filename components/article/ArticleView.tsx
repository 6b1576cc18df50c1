import { AdFrame } from "@/components/ads/AdFrame";
import { AdSlot } from "@/components/ads/AdSlot";
import { SidebarRail } from "@/components/shared/SidebarRail";
import { Breadcrumbs } from "@/components/shared/Breadcrumbs";
import type { ArticlePage } from "@/db/queries/articles";
import type { ArticleExtras } from "@/server/article-page";
import { siteConfig } from "@/lib/config";
import { expandStoryHtml } from "@/lib/story-html";
import { kanalPath } from "@/lib/urls";
import { ArticleBody } from "./ArticleBody";
import { ArticleHeader } from "./ArticleHeader";
import { ArticlePhoto } from "./ArticlePhoto";
import { BacaJuga } from "./BacaJuga";
import { BeritaLainnya } from "./BeritaLainnya";
import { CorrectionNotes } from "./CorrectionNotes";
import { TagList } from "./TagList";

type Props = { article: ArticlePage; extras: ArticleExtras };

/** The whole article page as readers see it; staff previews render the very same component. */
export function ArticleView({ article, extras }: Props) {
  const { bacaJuga, lainnya, populer, ads } = extras;
  const crumbs = [
    ...(article.kanal.parent ? [{ name: article.kanal.parent.name, href: kanalPath(article.kanal.parent.slug) }] : []),
    { name: article.kanal.name, href: kanalPath(article.kanal.slug) },
  ];

  return (
    <AdFrame ads={ads}>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_300px]">
        <div className="min-w-0">
          <article className="max-w-3xl">
            <Breadcrumbs items={crumbs} />
            <div className="mt-3">
              <ArticleHeader article={article} />
            </div>
            <CorrectionNotes notes={extras.corrections} />
            {article.photo && <ArticlePhoto photo={article.photo} />}
            <ArticleBody
              html={expandStoryHtml(article.body, new Map())}
              dateline={article.dateline ? `${siteConfig.datelineName}, ${article.dateline} --` : ""}
              bacaJuga={<BacaJuga articles={bacaJuga} />}
              inArticleAd={ads.slots["in-article"] ? <AdSlot slot="in-article" ads={ads} className="my-6" /> : null}
              inArticleAdAfter={ads.inArticleAfter}
            />
            <TagList tags={article.tags} />
          </article>
          <BeritaLainnya articles={lainnya} />
        </div>
        <SidebarRail ranking={populer} ads={ads} />
      </div>
    </AdFrame>
  );
}
