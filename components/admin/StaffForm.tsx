"use client";

import { useActionState } from "react";
import { createStaffAction } from "@/app/(admin)/admin/_actions/staff";
import { staffRoles } from "@/lib/domain";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { FormState } from "@/lib/form-state";
import { describe, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";

export function StaffForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createStaffAction, {});
  const e = state.errors ?? {};
  return (
    <form action={action} className="grid max-w-2xl gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage message={state.message} />
      </div>
      <Field label="Nama" name="nama" error={e.nama}>
        <input {...describe("nama", e.nama)} defaultValue={state.values?.nama} className={inputClass} />
      </Field>
      <Field label="Email" name="email" error={e.email}>
        <input {...describe("email", e.email)} type="email" defaultValue={state.values?.email} className={inputClass} />
      </Field>
      <Field label="Peran" name="peran" error={e.peran}>
        <select {...describe("peran", e.peran)} defaultValue={state.values?.peran ?? "reporter"} className={inputClass}>
          {staffRoles.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Kata sandi awal" name="password" error={e.password} hint="Minimal 10 karakter; sampaikan secara pribadi.">
        <input {...describe("password", e.password, "x")} type="password" autoComplete="new-password" className={inputClass} />
      </Field>
      <div>
        <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60">
          Tambah staf
        </button>
      </div>
    </form>
  );
}
