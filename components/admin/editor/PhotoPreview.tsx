import { mediaUrl, mediaVariantPath } from "@/lib/urls";

/** A library photo's small variant, or its id when the path is unknown (a photo since deleted). */
export function PhotoPreview({ path, id }: { path: string | null; id: number }) {
  if (!path) return <p className="bg-slate-100 p-3 text-slate-700">Foto pustaka #{id} (tidak ditemukan; tidak tampil di halaman berita)</p>;
  // eslint-disable-next-line @next/next/no-img-element -- admin preview of a stored variant
  return <img src={mediaUrl(mediaVariantPath(path, 640))} alt="" width={640} height={360} className="h-auto w-full max-w-sm rounded bg-slate-200" />;
}
