"use client";

import { useActionState } from "react";
import { loginAction } from "@/app/(admin)/admin/_actions/auth";
import type { FormState } from "@/lib/form-state";
import { describe, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";

export function LoginForm({ returnTo }: { returnTo: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(loginAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="lanjut" value={state.values?.lanjut ?? returnTo} />
      <Field label="Email" name="email" error={state.errors?.email}>
        <input {...describe("email", state.errors?.email)} type="email" autoComplete="username" defaultValue={state.values?.email} className={inputClass} required />
      </Field>
      <Field label="Kata sandi" name="password" error={state.errors?.password}>
        <input {...describe("password", state.errors?.password)} type="password" autoComplete="current-password" className={inputClass} required />
      </Field>
      <button type="submit" disabled={pending} className="w-full rounded bg-brand px-4 py-2.5 font-semibold text-white disabled:opacity-60">
        {pending ? "Memeriksa…" : "Masuk"}
      </button>
    </form>
  );
}
