import Link from "next/link";
import { AdSettingsForm } from "@/components/admin/AdSettingsForm";
import { FormMessage } from "@/components/admin/FormMessage";
import { getSiteSettings } from "@/db/queries/settings";
import { requireUser } from "@/server/session";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function AdSettingsPage({ searchParams }: Props) {
  await requireUser("admin", "/admin/iklan/pengaturan");
  const sp = await searchParams;
  const s = await getSiteSettings();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/iklan" className="font-semibold text-brand underline">
          ← Daftar iklan
        </Link>
      </p>
      <h1 className="mb-6 text-2xl font-bold">Pengaturan iklan</h1>
      {sp.tersimpan && <div className="mb-4 max-w-2xl"><FormMessage tone="ok" message="Pengaturan disimpan." /></div>}
      <AdSettingsForm
        initial={{
          iklan_aktif: s.adsEnabled ? "1" : "",
          label_iklan: s.adLabel,
          paragraf_iklan: String(s.inArticleAdAfter),
          ads_txt: s.adsTxt,
        }}
      />
    </>
  );
}
