"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { describe, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";

type Props = {
  /** A server action that deletes the row named by the form's `id` once `konfirmasi` is HAPUS. */
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  id: number;
  label: string;
  button: string;
};

/** Deleting cannot be undone, so every delete asks for the word HAPUS first. */
export function ConfirmDeleteForm({ action: deleteAction, id, label, button }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteAction, {});
  return (
    <form action={action} className="space-y-3">
      <FormMessage message={state.message} />
      <input type="hidden" name="id" value={id} />
      <Field label={label} name="konfirmasi" error={state.errors?.konfirmasi}>
        <input {...describe("konfirmasi", state.errors?.konfirmasi)} autoComplete="off" className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-red-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {button}
      </button>
    </form>
  );
}
