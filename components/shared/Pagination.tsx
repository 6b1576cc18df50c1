import { type PageInfo, pageHref } from "@/lib/pagination";

type Props = {
  info: PageInfo;
  basePath: string;
  /** The address of page N, for a list whose pages are paths (/koreksi); `?halaman=N` on basePath otherwise. */
  href?: (page: number) => string;
};

export function Pagination({ info, basePath, href = (page) => pageHref(basePath, page) }: Props) {
  if (info.totalPages <= 1) return null;
  const linkClass = "rounded border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-100";
  return (
    <nav aria-label="Navigasi halaman" className="mt-8 flex items-center justify-between gap-2 text-sm">
      {info.hasPrev ? (
        <a href={href(info.page - 1)} rel="prev" className={linkClass}>
          ← Sebelumnya
        </a>
      ) : (
        <span />
      )}
      <p aria-current="page">
        Halaman {info.page} dari {info.totalPages}
      </p>
      {info.hasNext ? (
        <a href={href(info.page + 1)} rel="next" className={linkClass}>
          Berikutnya →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
