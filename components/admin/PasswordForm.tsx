"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/app/(admin)/admin/_actions/auth";
import type { FormState } from "@/lib/form-state";
import { describe, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";

export function PasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(changePasswordAction, {});
  const e = state.errors ?? {};
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      <FormMessage message={state.message} />
      <Field label="Kata sandi lama" name="lama" error={e.lama}>
        <input {...describe("lama", e.lama)} type="password" autoComplete="current-password" className={inputClass} />
      </Field>
      <Field label="Kata sandi baru" name="password" error={e.password} hint="Minimal 10 karakter. Semua sesi lain akan keluar.">
        <input {...describe("password", e.password, "x")} type="password" autoComplete="new-password" className={inputClass} />
      </Field>
      <Field label="Ulangi kata sandi baru" name="ulangi" error={e.ulangi}>
        <input {...describe("ulangi", e.ulangi)} type="password" autoComplete="new-password" className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60">
        Ganti kata sandi
      </button>
    </form>
  );
}
