"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createSession } from "@/db/mutations/sessions";
import { changePassword, countAccounts, createAccount } from "@/db/mutations/staff";
import { getLoginAccount } from "@/db/queries/staff";
import { KNOWN_DEVICE_MS } from "@/lib/auth/known-device";
import { LoginGuard } from "@/lib/auth/login-guard";
import { dummyPasswordHash, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from "@/lib/auth/password";
import { authorizeAction, endCurrentSession, fromThisSite, secureCookies, setSessionCookie } from "@/server/session";
import { sharedLoginCounters } from "@/server/shared-login";
import { clientIp } from "@/lib/client-ip";
import { fieldErrors, type FormState } from "@/lib/form-state";
import { knownDeviceCookieName } from "@/lib/session-cookie";

// One guard per server process, on globalThis so every bundle that imports this file shares it; its
// buckets are in Redis with REDIS_URL, so that every instance counts the same guesses.
const guard = ((globalThis as unknown as { wartaLoginGuard?: LoginGuard }).wartaLoginGuard ??= new LoginGuard(Date.now, sharedLoginCounters()));
const DEVICE_COOKIE = knownDeviceCookieName(secureCookies);

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

export async function loginAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = { email: String(form.get("email") ?? ""), lanjut: String(form.get("lanjut") ?? "") };
  const parsed = loginSchema.safeParse({ email: form.get("email"), password: form.get("password"), lanjut: form.get("lanjut") ?? undefined });
  if (!parsed.success) return { errors: fieldErrors(parsed.error.issues), values };
  if (!(await fromThisSite())) return { message: "Permintaan ditolak: asal tidak sah.", values };

  const jar = await cookies();
  const outcome = await guard.attempt(
    { email: parsed.data.email, password: parsed.data.password, ip: clientIp(await headers()), device: jar.get(DEVICE_COOKIE)?.value },
    { findAccount: getLoginAccount, verify: verifyPassword, dummyHash: dummyPasswordHash },
  );
  if (!outcome.ok && outcome.reason === "locked") {
    const minutes = Math.ceil(outcome.retryAfterMs / 60000);
    return {
      message: `Terlalu banyak percobaan masuk. Coba lagi dalam ${minutes} menit. Dari perangkat yang pernah Anda pakai untuk masuk, Anda tetap bisa masuk sekarang.`,
      values,
    };
  }
  if (!outcome.ok) return { message: "Email atau kata sandi salah.", values };
  const { token } = await createSession(outcome.accountId);
  await setSessionCookie(token);
  jar.set(DEVICE_COOKIE, outcome.device, { httpOnly: true, sameSite: "lax", secure: secureCookies, path: "/", maxAge: KNOWN_DEVICE_MS / 1000 });
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
  if ((await countAccounts()) > 0) redirect("/admin/masuk");
  const { id } = await createAccount({ name: parsed.data.nama, email: parsed.data.email, password: parsed.data.password, role: "admin" });
  const { token } = await createSession(id);
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
  const { token } = await createSession(auth.user.id);
  await setSessionCookie(token);
  redirect("/admin/akun?berhasil=1");
}
