"use client";

import { useActionState } from "react";
import { addCorrectionAction } from "@/app/(admin)/admin/_actions/corrections";
import { CORRECTION_LABELS, CORRECTION_NOTE_MAX } from "@/lib/corrections";
import { correctionKinds } from "@/lib/domain";
import type { FormState } from "@/lib/form-state";
import { describe, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";
import { SubmitButton } from "./SubmitButton";

type Props = { articleId: number };

/**
 * Jenis, Catatan and Tambahkan. A form of its own, apart from the article form: a note is
 * published at once and never waits for the story's next save. Works without JavaScript, and a
 * refused note comes back with what was typed.
 */
export function CorrectionForm({ articleId }: Props) {
  const [state, action] = useActionState<FormState, FormData>(addCorrectionAction, {});
  const e = state.errors ?? {};
  const v = state.values ?? {};
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="id" value={articleId} />
      <Field label="Jenis" name="jenis" error={e.jenis}>
        <select {...describe("jenis", e.jenis)} defaultValue={v.jenis ?? ""} className={inputClass}>
          <option value="">Pilih jenis</option>
          {correctionKinds.map((k) => (
            <option key={k} value={k}>
              {CORRECTION_LABELS[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Catatan" name="catatan" error={e.catatan} hint="Tampil di atas berita dan di halaman Koreksi, dengan waktunya.">
        <textarea {...describe("catatan", e.catatan, "x")} defaultValue={v.catatan ?? ""} rows={3} maxLength={CORRECTION_NOTE_MAX} className={inputClass} />
      </Field>
      <SubmitButton className="rounded bg-brand px-4 py-2 font-semibold text-white">Tambahkan</SubmitButton>
    </form>
  );
}
