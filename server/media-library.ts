import "server-only";
import { countLibraryPhotos, getLibraryPhotos, type LibraryPhoto } from "@/db/queries/media-library";
import { hasRole } from "@/lib/auth/roles";
import { LIBRARY_PAGE_SIZE, parseLibraryQuery } from "@/lib/media-library";
import { paginate } from "@/lib/pagination";
import { mediaUrl, mediaVariantPath } from "@/lib/urls";
import { getCurrentUser } from "./session";
import { originCheck } from "@/lib/auth/origin";
import { siteConfig } from "@/lib/config";
import { headers } from "next/headers";

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/** One photo as the picker (components/admin/MediaPicker.tsx) receives it. */
export type PickablePhoto = LibraryPhoto & { thumb: string };

/** The picker's answer: a page of the library and where it stands. */
export type PickerPage = { photos: PickablePhoto[]; page: number; totalPages: number; total: number };

export function withThumb(photo: LibraryPhoto): PickablePhoto {
  return { ...photo, thumb: mediaUrl(mediaVariantPath(photo.path, 640)) };
}

/** One page of the library for these search params, or null when the params are refused. */
export async function loadLibraryPage(params: Record<string, string | string[] | undefined>) {
  const query = parseLibraryQuery(params);
  if (!query.ok) return { query, page: null, photos: [] as PickablePhoto[] };
  const total = await countLibraryPhotos(query.filters);
  const page = paginate({ page: query.page, pageSize: LIBRARY_PAGE_SIZE, totalItems: total });
  const photos = page.page > page.totalPages ? [] : await getLibraryPhotos(query.filters, { limit: page.pageSize, offset: page.offset });
  return { query, page, photos: photos.map(withThumb) };
}

/**
 * GET ?q=&dari=&sampai=&halaman= for the picker: staff only. A read changes nothing, so a fetch
 * without Origin (browsers send none on a same-origin GET) passes; one from another site's script
 * does not, and the session cookie decides the rest.
 */
export async function pickPhotosFromRequest(request: Request): Promise<Response> {
  if (originCheck(await headers(), siteConfig.url) === "foreign") return answer(403, { message: "Permintaan ditolak: asal tidak sah." });
  const user = await getCurrentUser();
  if (!user) return answer(401, { message: "Sesi berakhir; masuk lagi." });
  if (!hasRole(user.role, "reporter")) return answer(403, { message: "Anda tidak berwenang melakukan ini." });
  const { query, page, photos } = await loadLibraryPage(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.ok || !page) return answer(400, { message: Object.values(query.ok ? {} : query.errors)[0] ?? "Pencarian tidak valid." });
  const body: PickerPage = { photos, page: page.page, totalPages: page.totalPages, total: page.totalItems };
  return answer(200, body);
}
