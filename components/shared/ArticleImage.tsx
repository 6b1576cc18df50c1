import { focusClass } from "@/lib/focal-point";
import { mediaSrcSet, mediaUrl } from "@/lib/urls";

type Props = {
  /** focusX/focusY: the library's focal point, kept in view wherever a card crops the photo. */
  photo: { path: string; width: number; height: number; alt: string; focusX?: number; focusY?: number };
  /** The `sizes` attribute: how wide the image shows at each breakpoint. */
  sizes: string;
  /** Above-the-fold images load first; the rest wait until they scroll near. */
  priority?: boolean;
  className?: string;
};

// A plain <img> with srcset: photos are already resized to WebP variants when stored,
// so the reader page needs no image optimizer and no client JavaScript.
export function ArticleImage({ photo, sizes, priority = false, className = "" }: Props) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- variants are pre-rendered at upload time
    <img
      src={mediaUrl(photo.path)}
      srcSet={mediaSrcSet(photo)}
      sizes={sizes}
      width={photo.width}
      height={photo.height}
      alt={photo.alt}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : "auto"}
      decoding="async"
      className={`h-auto w-full bg-slate-200 object-cover ${focusClass(photo)} ${className}`}
    />
  );
}
