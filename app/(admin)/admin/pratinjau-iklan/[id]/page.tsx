import { notFound } from "next/navigation";
import { AdCreative } from "@/components/ads/AdCreative";
import { getAdCreativeForEdit } from "@/db/queries/ad-desk";
import { getSiteSettings } from "@/db/queries/settings";
import { requireUser } from "@/server/session";

type Props = { params: Promise<{ id: string }> };

/**
 * One creative in its slot as a reader sees it, label included, for the ad desk's preview
 * frames: the frame's width is the screen width, so the reader CSS picks the desktop or
 * the phone box. It links nowhere, so trying the preview never counts a click.
 */
export default async function AdPreviewFrame({ params }: Props) {
  const { id } = await params;
  await requireUser("admin", `/admin/iklan/${id}`);
  const c = /^\d+$/.test(id) ? await getAdCreativeForEdit(Number(id)) : null;
  if (!c) notFound();
  const { adLabel } = await getSiteSettings();
  return (
    <main className="flex justify-center bg-white p-2">
      <div className="flex flex-col items-center">
        <p className="mb-1 h-4 text-[11px] uppercase leading-4 tracking-widest text-slate-600">{adLabel}</p>
        <AdCreative
          creative={{ id: c.id, slot: c.slot, kind: c.kind, image: c.image, mobileImage: c.mobileImage, altText: c.altText }}
          slot={c.slot}
          version={c.updatedAt.getTime()}
          href={null}
        />
      </div>
    </main>
  );
}
