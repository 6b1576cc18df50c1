"use client";

import { useActionState } from "react";
import { deleteKanalAction } from "@/app/(admin)/admin/_actions/taxonomy";
import type { FormState } from "@/lib/form-state";
import { describe, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";

type Props = {
  id: number;
  /** Stories filed in the kanal: when there are any, they must move first. */
  stories: number;
  targets: { id: number; name: string }[];
};

/** "Hapus kanal": a kanal that still holds stories moves them to "Pindahkan ke" first. */
export function KanalDeleteForm({ id, stories, targets }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteKanalAction, {});
  const e = state.errors ?? {};
  return (
    <form action={action} className="max-w-md space-y-3" noValidate key={JSON.stringify(state.values ?? null)}>
      <FormMessage message={state.message} />
      <input type="hidden" name="id" value={id} />
      <Field
        label="Pindahkan ke"
        name="pindahkan"
        error={e.pindahkan}
        hint={stories > 0 ? `Kanal ini berisi ${stories} berita; semuanya dipindahkan ke kanal ini sebelum dihapus.` : "Kanal ini kosong; tidak ada yang perlu dipindahkan."}
      >
        <select {...describe("pindahkan", e.pindahkan, "x")} defaultValue={state.values?.pindahkan ?? ""} className={inputClass}>
          <option value="">— Jangan pindahkan —</option>
          {targets.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Ketik HAPUS untuk menghapus kanal ini" name="konfirmasi" error={e.konfirmasi}>
        <input {...describe("konfirmasi", e.konfirmasi)} defaultValue={state.values?.konfirmasi} autoComplete="off" className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-red-700 px-4 py-2 font-semibold text-white disabled:opacity-60">
        Hapus kanal
      </button>
    </form>
  );
}
