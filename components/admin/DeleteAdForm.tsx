"use client";

import { useActionState } from "react";
import { deleteAdAction } from "@/app/(admin)/admin/_actions/ads";
import type { FormState } from "@/lib/form-state";
import { describe, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";

export function DeleteAdForm({ creativeId }: { creativeId: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteAdAction, {});
  return (
    <form action={action} className="space-y-3">
      <FormMessage message={state.message} />
      <input type="hidden" name="id" value={creativeId} />
      <Field label="Ketik HAPUS untuk menghapus iklan beserta hitungannya" name="konfirmasi" error={state.errors?.konfirmasi}>
        <input {...describe("konfirmasi", state.errors?.konfirmasi)} autoComplete="off" className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-red-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
        Hapus iklan
      </button>
    </form>
  );
}
