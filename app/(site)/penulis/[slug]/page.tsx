import type { Metadata } from "next";
import { CachedNotFound } from "@/components/shared/CachedNotFound";
import { JsonLd } from "@/components/shared/JsonLd";
import { ListingPage } from "@/components/shared/ListingPage";
import { getPageAds } from "@/db/queries/ads";
import { getTerpopuler } from "@/db/queries/popular";
import { countStaffArticles, getStaffArticles, getStaffBySlug } from "@/db/queries/staff";
import type { StaffRole } from "@/lib/domain";
import { siteConfig } from "@/lib/config";
import { pageMetadata } from "@/lib/metadata";
import { isPageOutOfRange, pageHref, paginate, parsePageParam } from "@/lib/pagination";
import { profilePageJsonLd, sitePublisher } from "@/lib/structured-data";
import { absoluteUrl, authorPath, mediaUrl } from "@/lib/urls";
import { getNotFoundLatest } from "@/server/not-found";

const PAGE_SIZE = 10;

const ROLE_LABEL: Record<StaffRole, string> = { reporter: "Reporter", editor: "Redaktur", admin: "Redaksi" };

type Props = {
  /** `halaman` only on the page-2+ route that `?halaman=` is rewritten to (next.config.js). */
  params: Promise<{ slug: string; halaman?: string }>;
};

// ISR like kanal pages: every article change and every role change drops the author pages (server/revalidate.ts).
export const revalidate = 30;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

/** A profile link as readers see it: the host and path, without the scheme. */
function linkLabel(href: string): string {
  const url = new URL(href);
  return `${url.host}${url.pathname === "/" ? "" : url.pathname}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, halaman } = await params;
  const person = await getStaffBySlug(slug);
  if (!person) return { title: "Penulis tidak ditemukan" };
  const page = parsePageParam(halaman) ?? 1;
  return pageMetadata({
    title: page > 1 ? `${person.name} (halaman ${page})` : person.name,
    description: person.bio || `Berita ${siteConfig.name} oleh ${person.name}.`,
    path: pageHref(authorPath(person.slug), page),
  });
}

export default async function AuthorRoute({ params }: Props) {
  const { slug, halaman } = await params;
  const person = await getStaffBySlug(slug);
  const page = parsePageParam(halaman);
  if (!person || page === null) return <CachedNotFound latest={await getNotFoundLatest()} />;

  const info = paginate({ page, pageSize: PAGE_SIZE, totalItems: await countStaffArticles(person.id) });
  if (isPageOutOfRange(info)) return <CachedNotFound latest={await getNotFoundLatest()} />;
  const [articles, ranking, ads] = await Promise.all([
    getStaffArticles({ staffId: person.id, limit: PAGE_SIZE, offset: info.offset }),
    getTerpopuler(),
    getPageAds(),
  ]);
  const role = ROLE_LABEL[person.role];

  return (
    <>
      <JsonLd
        data={profilePageJsonLd(
          { ...person, jobTitle: role, imageUrl: person.photo ? absoluteUrl(mediaUrl(person.photo.path)) : undefined },
          sitePublisher(),
        )}
      />
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
        {person.photo && (
          // eslint-disable-next-line @next/next/no-img-element -- stored already resized, as article photos
          <img
            src={mediaUrl(person.photo.path)}
            width={person.photo.width}
            height={person.photo.height}
            alt={person.photo.alt || `Foto ${person.name}`}
            className="mt-3 h-28 w-28 rounded-full bg-slate-200 object-cover"
            data-part="foto"
          />
        )}
        {person.bio && (
          <p className="mt-2 whitespace-pre-line text-slate-700" data-part="bio">
            {person.bio}
          </p>
        )}
        {person.links.length > 0 && (
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" data-part="tautan" aria-label={`Tautan ${person.name}`}>
            {person.links.map((href) => (
              <li key={href}>
                <a href={href} rel="me noopener nofollow" className="font-semibold text-brand underline hover:no-underline">
                  {linkLabel(href)}
                </a>
              </li>
            ))}
          </ul>
        )}
      </ListingPage>
    </>
  );
}
