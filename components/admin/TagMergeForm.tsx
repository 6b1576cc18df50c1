"use client";

import { useActionState } from "react";
import { mergeTagAction } from "@/app/(admin)/admin/_actions/taxonomy";
import type { FormState } from "@/lib/form-state";
import { describe, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";

type Props = { id: number; tags: { id: number; name: string; slug: string }[] };

/** "Gabungkan ke": the stories move to the chosen tag and this tag's address answers 308 to it. */
export function TagMergeForm({ id, tags }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(mergeTagAction, {});
  const e = state.errors ?? {};
  return (
    <form action={action} className="max-w-md space-y-3" noValidate key={JSON.stringify(state.values ?? null)}>
      <FormMessage message={state.message} />
      <input type="hidden" name="id" value={id} />
      <Field label="Gabungkan ke" name="gabung" error={e.gabung} hint="Berita bertag ini pindah ke tag tujuan; tag ini dihapus.">
        <select {...describe("gabung", e.gabung, "x")} defaultValue={state.values?.gabung ?? ""} className={inputClass}>
          <option value="">— Pilih tag —</option>
          {tags.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} ({t.slug})
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" disabled={pending} className="rounded border border-slate-400 bg-white px-4 py-2 font-semibold disabled:opacity-60">
        Gabungkan
      </button>
    </form>
  );
}
