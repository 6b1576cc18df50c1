import { forbidden, notFound } from "next/navigation";
import { FormMessage } from "@/components/admin/FormMessage";
import { ProfileForm } from "@/components/admin/ProfileForm";
import { getProfileForEdit } from "@/db/queries/taxonomy-admin";
import { hasRole } from "@/lib/auth/roles";
import { authorPath } from "@/lib/urls";
import { requireUser } from "@/server/session";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ disimpan?: string }> };

/** An author profile: one's own, or anyone's for an admin (saveProfileAction checks the same). */
export default async function ProfilePage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const user = await requireUser("reporter", `/admin/profil/${raw}`);
  const id = Number(raw);
  if (id !== user.id && !hasRole(user.role, "admin")) forbidden();
  const profile = Number.isSafeInteger(id) ? await getProfileForEdit(id) : null;
  if (!profile) notFound();
  const { disimpan } = await searchParams;
  return (
    <>
      <h1 className="text-2xl font-bold">Profil penulis: {profile.name}</h1>
      <p className="mt-1 text-sm text-slate-700">
        Tampil di <a href={authorPath(profile.slug)} className="text-brand underline">{authorPath(profile.slug)}</a>, yang ditautkan dari setiap byline.
      </p>
      {disimpan && <div className="mt-4"><FormMessage tone="ok" message="Profil disimpan." /></div>}
      <div className="mt-4">
        <ProfileForm id={profile.id} initial={{ bio: profile.bio, tautan: profile.links }} photo={profile.photo} />
      </div>
    </>
  );
}
