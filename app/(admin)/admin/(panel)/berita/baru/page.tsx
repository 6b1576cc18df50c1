import { ArticleForm } from "@/components/admin/ArticleForm";
import { getKanalOptions, getTagSuggestions } from "@/db/queries/admin";
import { getAutosave } from "@/db/queries/autosaves";
import { getStaffList } from "@/db/queries/staff";
import { autosaveHasText } from "@/lib/autosave-values";
import { allowedStatuses, statusActions } from "@/lib/auth/roles";
import { requireUser } from "@/server/session";

export default async function NewArticlePage() {
  const user = await requireUser("reporter", "/admin/berita/baru");
  const [kanal, staff, tags, autosave] = await Promise.all([getKanalOptions(), getStaffList(), getTagSuggestions(), getAutosave(user.id, null)]);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">Tulis berita</h1>
      <ArticleForm
        articleId={null}
        initial={{ status: "draft", reporter: user.role === "reporter" ? String(user.id) : "" }}
        kanal={kanal}
        staff={staff.filter((s) => s.active)}
        tagSuggestions={tags}
        statuses={allowedStatuses(user.role)}
        photo={null}
        related={[]}
        statusActions={statusActions(user.role, "draft")}
        // Work typed into a new story that was never saved (a closed tab, a crash).
        autosave={autosave && autosaveHasText(autosave.values) ? { ...autosave, savedAt: autosave.savedAt.toISOString(), stale: false } : null}
      />
    </>
  );
}
