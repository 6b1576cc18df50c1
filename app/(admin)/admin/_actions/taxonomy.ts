"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createKanal, deleteKanal, type KanalInput, moveKanal, updateKanal } from "@/db/mutations/kanal";
import { deleteTag, mergeTag, updateTag } from "@/db/mutations/tags";
import { fieldErrors, type FormState, recordIdFrom } from "@/lib/form-state";
import { slugify } from "@/lib/slug";
import { kanalInvalidation, slugProblem, tagInvalidation } from "@/lib/taxonomy";
import { revalidateDrop } from "@/server/revalidate";
import { authorizeAction } from "@/server/session";

// Kanal and tags belong to the desk: editors and admins (lib/auth/roles.ts), checked by every action.

const optionalId = z
  .string()
  .optional()
  .transform((v) => (v ? Number(v) : null))
  .pipe(z.number().int().positive().nullable());

/** Slug as typed; left empty, it is made from the name. Checked with the same rule as slugify's output. */
const slugField = (nameKey: string) =>
  z
    .object({ [nameKey]: z.string(), slug: z.string() })
    .transform((v) => (v.slug.trim() === "" ? slugify(v[nameKey]) : v.slug.trim()))
    .superRefine((slug, ctx) => {
      const problem = slugProblem(slug);
      if (problem) ctx.addIssue({ code: "custom", path: ["slug"], message: problem });
    });

const kanalSchema = z.object({
  nama: z.string().trim().min(2, "Isi nama kanal (minimal 2 karakter).").max(60, "Nama kanal paling panjang 60 karakter."),
  deskripsi: z.string().trim().max(300, "Deskripsi paling panjang 300 karakter."),
  induk: optionalId,
  sembunyikan: z.string().optional(),
});

function readValues(form: FormData, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, String(form.get(k) ?? "")]));
}

type Checked = { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };

/** The form back with every field's message, from the fields' schema and the slug's (kanal and tag alike). */
function refused(values: Record<string, string>, ...checks: Checked[]): FormState {
  const errors = Object.assign({}, ...checks.map((c) => (c.success ? {} : fieldErrors(c.error.issues))));
  return { message: "Periksa kembali isian yang ditandai.", errors, values };
}

/** "Tambah kanal" (no id) and a kanal's edit form. */
export async function saveKanalAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = readValues(form, ["nama", "slug", "deskripsi", "induk", "sembunyikan"]);
  const id = recordIdFrom(form);
  const parsed = kanalSchema.safeParse(values);
  const slug = slugField("nama").safeParse(values);
  if (!parsed.success || !slug.success) return refused(values, parsed, slug);
  const auth = await authorizeAction("editor");
  if (!auth.ok) return { message: auth.message, values };
  if (id === undefined) return { message: "Kanal tidak ditemukan.", values };
  const input: KanalInput = {
    name: parsed.data.nama,
    slug: slug.data,
    description: parsed.data.deskripsi,
    parentId: parsed.data.induk,
    hidden: parsed.data.sembunyikan === "1",
  };
  const result = id === null ? await createKanal(input) : await updateKanal(id, input);
  if (!result.ok) return result.field === "form" ? { message: result.message, values } : { errors: { [result.field]: result.message }, values };
  revalidateDrop(kanalInvalidation(result.change));
  revalidatePath("/admin/kanal");
  redirect(`/admin/kanal?${id === null ? "ditambah" : "disimpan"}=${encodeURIComponent(input.name)}`);
}

const moveSchema = z.object({ id: z.coerce.number().int().positive(), arah: z.enum(["naik", "turun"]) });

/** The up and down buttons of /admin/kanal: plain form posts, so they work from the keyboard and without JavaScript. */
export async function moveKanalAction(form: FormData): Promise<void> {
  const parsed = moveSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) redirect("/admin/kanal?galat=1");
  const auth = await authorizeAction("editor");
  if (!auth.ok) redirect("/admin/kanal?galat=1");
  const changes = await moveKanal(parsed.data.id, parsed.data.arah === "naik" ? "up" : "down");
  for (const change of changes) revalidateDrop(kanalInvalidation(change));
  revalidatePath("/admin/kanal");
  // Back to the row that moved, with focus on the button pressed (the page reads `fokus`).
  redirect(`/admin/kanal?fokus=${parsed.data.arah}-${parsed.data.id}#kanal-${parsed.data.id}`);
}

/** Deletes a kanal, after moving its stories to "Pindahkan ke" when it holds any. */
export async function deleteKanalAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = readValues(form, ["pindahkan", "konfirmasi"]);
  const id = recordIdFrom(form);
  const target = optionalId.safeParse(values.pindahkan || undefined);
  if (values.konfirmasi !== "HAPUS") return { errors: { konfirmasi: "Ketik HAPUS untuk mengonfirmasi." }, values };
  if (!target.success) return { errors: { pindahkan: "Pilih kanal tujuan dari daftar." }, values };
  const auth = await authorizeAction("editor");
  if (!auth.ok) return { message: auth.message, values };
  if (!id) return { message: "Kanal tidak ditemukan.", values };
  const result = await deleteKanal(id, target.data);
  if (!result.ok) return result.field === "form" ? { message: result.message, values } : { errors: { [result.field]: result.message }, values };
  revalidateDrop(kanalInvalidation(result.change));
  revalidatePath("/admin/kanal");
  redirect(`/admin/kanal?dihapus=${encodeURIComponent(result.change.before?.name ?? "")}`);
}

const tagSchema = z.object({
  nama: z.string().trim().min(2, "Isi nama tag (minimal 2 karakter).").max(60, "Nama tag paling panjang 60 karakter."),
  deskripsi: z.string().trim().max(300, "Deskripsi paling panjang 300 karakter."),
});

export async function saveTagAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = readValues(form, ["nama", "slug", "deskripsi"]);
  const id = recordIdFrom(form);
  const parsed = tagSchema.safeParse(values);
  const slug = slugField("nama").safeParse(values);
  if (!parsed.success || !slug.success) return refused(values, parsed, slug);
  const auth = await authorizeAction("editor");
  if (!auth.ok) return { message: auth.message, values };
  if (!id) return { message: "Tag tidak ditemukan.", values };
  const result = await updateTag(id, { name: parsed.data.nama, slug: slug.data, description: parsed.data.deskripsi });
  if (!result.ok) return result.field === "form" ? { message: result.message, values } : { errors: { [result.field]: result.message }, values };
  revalidateDrop(tagInvalidation(result.change));
  revalidatePath("/admin/tag");
  redirect(`/admin/tag/${id}?disimpan=1`);
}

export async function mergeTagAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = readValues(form, ["gabung"]);
  const id = recordIdFrom(form);
  const into = recordIdFrom(form, "gabung");
  if (!into) return { errors: { gabung: "Pilih tag tujuan dari daftar." }, values };
  const auth = await authorizeAction("editor");
  if (!auth.ok) return { message: auth.message, values };
  if (!id) return { message: "Tag tidak ditemukan.", values };
  const result = await mergeTag(id, into);
  if (!result.ok) return result.field === "form" ? { message: result.message, values } : { errors: { [result.field]: result.message }, values };
  revalidateDrop(tagInvalidation(result.change));
  revalidatePath("/admin/tag");
  redirect(`/admin/tag/${into}?digabung=${encodeURIComponent(result.change.before?.name ?? "")}`);
}

export async function deleteTagAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = readValues(form, ["konfirmasi"]);
  if (values.konfirmasi !== "HAPUS") return { errors: { konfirmasi: "Ketik HAPUS untuk mengonfirmasi." }, values };
  const id = recordIdFrom(form);
  const auth = await authorizeAction("editor");
  if (!auth.ok) return { message: auth.message, values };
  if (!id) return { message: "Tag tidak ditemukan.", values };
  const result = await deleteTag(id);
  if (!result.ok) return { message: result.message, values };
  revalidateDrop(tagInvalidation(result.change));
  revalidatePath("/admin/tag");
  redirect(`/admin/tag?dihapus=${encodeURIComponent(result.change.before?.name ?? "")}`);
}
