import "server-only";
import { discardAutosave, putAutosave } from "@/db/mutations/article-autosaves";
import { storeUploadedPhoto } from "@/db/mutations/photos";
import { mediaStore } from "@/lib/media";
import type { SessionUser } from "@/db/mutations/sessions";
import { getArticleForEdit } from "@/db/queries/admin";
import { canEditArticle, hasRole } from "@/lib/auth/roles";
import { AUTOSAVE_MAX_BYTES } from "@/lib/autosave";
import { parseAutosaveValues } from "@/lib/autosave-values";
import { readCappedText } from "@/lib/http-body";
import { MAX_UPLOAD_BYTES, processUpload } from "@/lib/images";
import { mediaUrl, mediaVariantPath } from "@/lib/urls";
import { fromThisSite, getCurrentUser } from "./session";

// The article form's two background requests (its autosave and its photo upload with a progress
// bar). They answer JSON with a message in Indonesian; the form shows it and keeps what was typed.

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

type Auth = { ok: true; user: SessionUser } | { ok: false; response: Response };

/** As authorizeAction, for a fetch: a refusal is a status and a message, never a redirect. */
async function authorize(): Promise<Auth> {
  if (!(await fromThisSite())) return { ok: false, response: answer(403, { message: "Permintaan ditolak: asal tidak sah." }) };
  const user = await getCurrentUser();
  if (!user) return { ok: false, response: answer(401, { message: "Sesi berakhir; masuk lagi." }) };
  if (!hasRole(user.role, "reporter")) return { ok: false, response: answer(403, { message: "Anda tidak berwenang melakukan ini." }) };
  return { ok: true, user };
}

/** The story an autosave is for: null for a new one; a Response when it is gone or not theirs to edit. */
async function storyFor(user: SessionUser, id: unknown): Promise<{ id: number | null } | Response> {
  if (id === null || id === "" || id === undefined) return { id: null };
  const n = typeof id === "number" ? id : Number(id);
  if (!Number.isSafeInteger(n) || n <= 0) return answer(400, { message: "Berita tidak valid." });
  const article = await getArticleForEdit(n);
  if (!article) return answer(404, { message: "Berita tidak ditemukan; mungkin sudah dihapus." });
  if (!canEditArticle(user, article)) return answer(403, { message: "Anda tidak berwenang mengubah berita ini." });
  return { id: n };
}

/** POST {id, version, values}: keeps the editor's rolling autosave of the story. */
export async function autosaveFromRequest(request: Request): Promise<Response> {
  const auth = await authorize();
  if (!auth.ok) return auth.response;
  const text = await readCappedText(request, AUTOSAVE_MAX_BYTES);
  if (text === null) return answer(413, { message: "Isian terlalu panjang untuk disimpan otomatis." });
  let body: { id?: unknown; version?: unknown; values?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return answer(400, { message: "Simpanan otomatis tidak terbaca." });
  }
  const values = parseAutosaveValues(body.values);
  if (!values) return answer(400, { message: "Simpanan otomatis tidak terbaca." });
  const story = await storyFor(auth.user, body.id);
  if (story instanceof Response) return story;
  const version = Number(body.version);
  const savedAt = await putAutosave({
    staffId: auth.user.id,
    articleId: story.id,
    baseVersion: story.id !== null && Number.isSafeInteger(version) && version > 0 ? version : null,
    values,
  });
  return answer(200, { savedAt: savedAt.toISOString() });
}

/** DELETE ?berita=<id> (none: the new story): "Buang" on the offered autosave. */
export async function discardAutosaveFromRequest(request: Request): Promise<Response> {
  const auth = await authorize();
  if (!auth.ok) return auth.response;
  const story = await storyFor(auth.user, new URL(request.url).searchParams.get("berita"));
  if (story instanceof Response) return story;
  await discardAutosave(auth.user.id, story.id);
  return new Response(null, { status: 204 });
}

/** Room for the multipart framing around the photo itself. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/** POST multipart `foto`: checks and stores a photo ahead of the form's save; the form then names its id. */
export async function uploadPhotoFromRequest(request: Request): Promise<Response> {
  const auth = await authorize();
  if (!auth.ok) return auth.response;
  const length = Number(request.headers.get("content-length") ?? NaN);
  // The browser's upload always declares its length; a body without one is not ours.
  if (!Number.isFinite(length)) return answer(411, { message: "Unggahan tidak lengkap; coba lagi." });
  if (length > MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES) return answer(413, { message: "Foto terlalu besar: maksimal 10 MB." });
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("foto");
  } catch {
    return answer(400, { message: "Unggahan terputus; coba lagi." });
  }
  if (!(file instanceof File) || file.size === 0) return answer(400, { message: "Pilih foto dulu." });
  const checked = await processUpload(new Uint8Array(await file.arrayBuffer()));
  if (!checked.ok) return answer(422, { message: checked.message });
  const photo = await storeUploadedPhoto(mediaStore(), checked.image, new Date(), auth.user.id);
  return answer(201, { id: photo.id, path: photo.path, width: photo.width, height: photo.height, preview: mediaUrl(mediaVariantPath(photo.path, 640)) });
}
