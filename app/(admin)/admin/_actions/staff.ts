"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createAccount, updateStaffRole } from "@/db/mutations/staff";
import { staffRoles } from "@/lib/domain";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { authorizeAction } from "@/server/session";
import { fieldErrors, type FormState } from "@/lib/form-state";
import { revalidateAuthorPages } from "@/server/revalidate";

const createSchema = z.object({
  nama: z.string().trim().min(2, "Isi nama lengkap.").max(100),
  email: z.string().trim().toLowerCase().pipe(z.email("Email tidak valid.")),
  peran: z.enum(staffRoles, { message: "Pilih peran." }),
  password: z.string().min(PASSWORD_MIN_LENGTH, `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter.`).max(PASSWORD_MAX_LENGTH),
});

export async function createStaffAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = { nama: String(form.get("nama") ?? ""), email: String(form.get("email") ?? ""), peran: String(form.get("peran") ?? "") };
  const parsed = createSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: fieldErrors(parsed.error.issues), values };
  const auth = await authorizeAction("admin");
  if (!auth.ok) return { message: auth.message, values };
  try {
    await createAccount({ name: parsed.data.nama, email: parsed.data.email, role: parsed.data.peran, password: parsed.data.password });
  } catch (err) {
    return { errors: { email: err instanceof Error ? err.message : "Gagal membuat akun." }, values };
  }
  revalidatePath("/admin/staf");
  // A cached 404 of the new person's author page (someone tried the address before) must go.
  revalidateAuthorPages();
  redirect("/admin/staf?ditambah=1");
}

const updateSchema = z.object({
  id: z.coerce.number().int().positive(),
  peran: z.enum(staffRoles),
  aktif: z.enum(["1", "0"]),
});

/** Role changes and deactivation; deactivating ends the person's sessions at once. */
export async function updateStaffAction(form: FormData): Promise<void> {
  const parsed = updateSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) redirect("/admin/staf?galat=1");
  const auth = await authorizeAction("admin");
  // An admin cannot lock themselves out by accident.
  if (!auth.ok || auth.user.id === parsed.data.id) redirect("/admin/staf?galat=1");
  await updateStaffRole(parsed.data.id, parsed.data.peran, parsed.data.aktif === "1");
  revalidatePath("/admin/staf");
  revalidateAuthorPages();
  redirect("/admin/staf?diubah=1");
}
