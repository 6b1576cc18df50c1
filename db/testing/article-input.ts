import { articleToFormValues } from "@/lib/article-form-values";
import { type ArticleInput, articleFormSchema } from "@/lib/article-form";
import { getArticleForEdit } from "../queries/admin";

/**
 * What the edit form would post for a stored article, with some fields changed, parsed the way
 * saveArticleAction parses it: the input the mutations get from a real save.
 */
export async function formInputFor(articleId: number, changes: Record<string, string> = {}): Promise<ArticleInput> {
  const article = await getArticleForEdit(articleId);
  if (!article) throw new Error(`Tidak ada berita ${articleId}`);
  return articleFormSchema.parse({ ...articleToFormValues(article), ...changes });
}
