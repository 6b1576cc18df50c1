"use client";

import { useActionState } from "react";
import { setupAction } from "@/app/(admin)/admin/_actions/auth";
import type { FormState } from "@/lib/form-state";
import { describe, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";

export function SetupForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(setupAction, {});
  const e = state.errors ?? {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <Field label="Nama lengkap" name="nama" error={e.nama}>
        <input {...describe("nama", e.nama)} autoComplete="name" defaultValue={state.values?.nama} className={inputClass} required />
      </Field>
      <Field label="Email" name="email" error={e.email}>
        <input {...describe("email", e.email)} type="email" autoComplete="username" defaultValue={state.values?.email} className={inputClass} required />
      </Field>
      <Field label="Kata sandi" name="password" error={e.password} hint="Minimal 10 karakter.">
        <input {...describe("password", e.password, "x")} type="password" autoComplete="new-password" className={inputClass} required />
      </Field>
      <Field label="Ulangi kata sandi" name="ulangi" error={e.ulangi}>
        <input {...describe("ulangi", e.ulangi)} type="password" autoComplete="new-password" className={inputClass} required />
      </Field>
      <button type="submit" disabled={pending} className="w-full rounded bg-brand px-4 py-2.5 font-semibold text-white disabled:opacity-60">
        Buat akun admin
      </button>
    </form>
  );
}
