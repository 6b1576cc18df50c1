"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createSession } from "@/db/mutations/sessions";
import { changePassword, countAccounts, createAccount } from "@/db/mutations/staff";
import { getLoginAccount } from "@/db/queries/staff";
import { dummyPasswordHash, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from "@/lib/auth/password";
import { FailureLimiter } from "@/lib/auth/rate-limit";
import { allowedOrigins, authorizeAction, endCurrentSession, setSessionCookie } from "@/lib/auth/session";
import { isAllowedOrigin } from "@/lib/auth/origin";
import { clientIp } from "@/lib/client-ip";
import { fieldErrors, type FormState } from "@/lib/form-state";

const WINDOW_MS = 15 * 60 * 1000;
// Per account: enough for typos, far too few for guessing. Per IP: an office shares one address.
const limiters = ((globalThis as unknown as { wartaLoginLimiters?: { account: FailureLimiter; ip: FailureLimiter } }).wartaLoginLimiters ??= {
  account: new FailureLimiter(5, WINDOW_MS),
  ip: new FailureLimiter(30, WINDOW_MS),
});

const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter.`)
  .max(PASSWORD_MAX_LENGTH, `Kata sandi maksimal ${PASSWORD_MAX_LENGTH} karakter.`);
const email = z.string().trim().toLowerCase().pipe(z.email("Email tidak valid."));

const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Isi email."),
  password: z.string().min(1, "Isi kata sandi.").max(PASSWORD_MAX_LENGTH),
  lanjut: z.string().optional(),
});

/** Only paths inside the admin may be the target after login: no open redirect. */
function safeReturnPath(value: string | undefined): string {
  return value && /^\/admin(\/[\w\-/?=&%.]*)?$/.test(value) ? value : "/admin";
}

async function fromThisSite(): Promise<boolean> {
  return isAllowedOrigin((await headers()).get("origin"), await allowedOrigins());
}

export async function loginAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = { email: String(form.get("email") ?? ""), lanjut: String(form.get("lanjut") ?? "") };
  const parsed = loginSchema.safeParse({ email: form.get("email"), password: form.get("password"), lanjut: form.get("lanjut") ?? undefined });
  if (!parsed.success) return { errors: fieldErrors(parsed.error.issues), values };
  if (!(await fromThisSite())) return { message: "Permintaan ditolak: asal tidak sah.", values };

  const ip = clientIp(await headers());
  const wait = Math.max(limiters.account.retryAfterMs(parsed.data.email), limiters.ip.retryAfterMs(ip));
  if (wait > 0) {
    return { message: `Terlalu banyak percobaan masuk. Coba lagi dalam ${Math.ceil(wait / 60000)} menit.`, values };
  }

  const account = await getLoginAccount(parsed.data.email);
  const ok =
    account?.passwordHash && account.active
      ? await verifyPassword(account.passwordHash, parsed.data.password)
      : (await verifyPassword(await dummyPasswordHash(), parsed.data.password), false);
  if (!ok || !account) {
    limiters.account.recordFailure(parsed.data.email);
    limiters.ip.recordFailure(ip);
    return { message: "Email atau kata sandi salah.", values };
  }
  limiters.account.reset(parsed.data.email);
  const { token } = createSession(account.id);
  await setSessionCookie(token);
  redirect(safeReturnPath(parsed.data.lanjut));
}

const setupSchema = z
  .object({ nama: z.string().trim().min(2, "Isi nama lengkap.").max(100), email, password, ulangi: z.string() })
  .refine((v) => v.password === v.ulangi, { path: ["ulangi"], message: "Kata sandi tidak sama." });

/** The one-time form of a fresh install: creates the first admin, then never works again. */
export async function setupAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = { nama: String(form.get("nama") ?? ""), email: String(form.get("email") ?? "") };
  const parsed = setupSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: fieldErrors(parsed.error.issues), values };
  if (!(await fromThisSite())) return { message: "Permintaan ditolak: asal tidak sah.", values };
  if (countAccounts() > 0) redirect("/admin/masuk");
  const { id } = await createAccount({ name: parsed.data.nama, email: parsed.data.email, password: parsed.data.password, role: "admin" });
  const { token } = createSession(id);
  await setSessionCookie(token);
  redirect("/admin");
}

export async function logoutAction(): Promise<void> {
  if (await fromThisSite()) await endCurrentSession();
  redirect("/admin/masuk");
}

const changePasswordSchema = z
  .object({ lama: z.string().min(1, "Isi kata sandi lama."), password, ulangi: z.string() })
  .refine((v) => v.password === v.ulangi, { path: ["ulangi"], message: "Kata sandi tidak sama." });

/** Changing the password ends every session of the account, then logs this browser in afresh. */
export async function changePasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { errors: fieldErrors(parsed.error.issues) };
  const auth = await authorizeAction("reporter");
  if (!auth.ok) return { message: auth.message };
  const account = await getLoginAccount(auth.user.email);
  if (!account?.passwordHash || !(await verifyPassword(account.passwordHash, parsed.data.lama))) {
    return { errors: { lama: "Kata sandi lama salah." } };
  }
  await changePassword(auth.user.id, parsed.data.password);
  const { token } = createSession(auth.user.id);
  await setSessionCookie(token);
  redirect("/admin/akun?berhasil=1");
}
