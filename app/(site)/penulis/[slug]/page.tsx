import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/shared/JsonLd";
import { ListingPage } from "@/components/shared/ListingPage";
import { getPageAds } from "@/db/queries/ads";
import { getTerpopuler } from "@/db/queries/popular";
import { countStaffArticles, getStaffArticles, getStaffBySlug } from "@/db/queries/staff";
import type { StaffRole } from "@/db/schema";
import { siteConfig } from "@/lib/config";
import { pageMetadata } from "@/lib/metadata";
import { isPageOutOfRange, pageHref, paginate, parsePageParam } from "@/lib/pagination";
import { profilePageJsonLd, sitePublisher } from "@/lib/structured-data";
import { authorPath } from "@/lib/urls";

const PAGE_SIZE = 10;

const ROLE_LABEL: Record<StaffRole, string> = { reporter: "Reporter", editor: "Redaktur", admin: "Redaksi" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};


// Per request: author pages are rarely read and are not part of the publish invalidation.
export const dynamic = "force-dynamic";
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const person = await getStaffBySlug((await params).slug);
  if (!person) return { title: "Penulis tidak ditemukan" };
  const page = parsePageParam((await searchParams).halaman) ?? 1;
  return pageMetadata({
    title: page > 1 ? `${person.name} (halaman ${page})` : person.name,
    description: person.bio || `Berita ${siteConfig.name} oleh ${person.name}.`,
    path: pageHref(authorPath(person.slug), page),
  });
}

export default async function AuthorRoute({ params, searchParams }: Props) {
  const person = await getStaffBySlug((await params).slug);
  const page = parsePageParam((await searchParams).halaman);
  if (!person || page === null) notFound();

  const info = paginate({ page, pageSize: PAGE_SIZE, totalItems: await countStaffArticles(person.id) });
  if (isPageOutOfRange(info)) notFound();
  const [articles, ranking, ads] = await Promise.all([
    getStaffArticles({ staffId: person.id, limit: PAGE_SIZE, offset: info.offset }),
    getTerpopuler(),
    getPageAds(),
  ]);
  const role = ROLE_LABEL[person.role];

  return (
    <>
      <JsonLd data={profilePageJsonLd({ ...person, jobTitle: role }, sitePublisher())} />
      <ListingPage
        crumbs={[{ name: "Penulis" }, { name: person.name }]}
        title={person.name}
        articles={articles}
        pageInfo={info}
        basePath={authorPath(person.slug)}
        ranking={ranking}
        ads={ads}
        emptyText={`Belum ada berita dari ${person.name}.`}
      >
        <p className="mt-1 text-sm font-bold uppercase tracking-wide text-brand" data-part="peran">
          {role} {siteConfig.name}
        </p>
        {person.bio && (
          <p className="mt-2 text-slate-700" data-part="bio">
            {person.bio}
          </p>
        )}
      </ListingPage>
    </>
  );
}
