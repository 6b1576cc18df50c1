import { AdForm } from "@/components/admin/AdForm";
import { getKanalOptions } from "@/db/queries/admin";
import { newCreativeValues } from "@/lib/ad-form";
import { requireUser } from "@/server/session";

export default async function NewAdPage() {
  await requireUser("admin", "/admin/iklan/baru");
  const kanal = await getKanalOptions();
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">Iklan baru</h1>
      <AdForm creativeId={null} initial={newCreativeValues(new Date())} kanal={kanal} stored={{ image: false, mobileImage: false }} />
    </>
  );
}
