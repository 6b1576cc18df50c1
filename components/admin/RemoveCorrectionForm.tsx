"use client";

import { useActionState } from "react";
import { removeCorrectionAction } from "@/app/(admin)/admin/_actions/corrections";
import type { FormState } from "@/lib/form-state";
import { FormMessage } from "./FormMessage";
import { SubmitButton } from "./SubmitButton";

type Props = { correctionId: number; label: string };

/** An admin's "Hapus catatan": the note is kept for the newsroom with who removed it and when. */
export function RemoveCorrectionForm({ correctionId, label }: Props) {
  const [state, action] = useActionState<FormState, FormData>(removeCorrectionAction, {});
  return (
    <form action={action} className="mt-2 space-y-2">
      <FormMessage message={state.message} />
      <input type="hidden" name="catatan" value={correctionId} />
      <SubmitButton className="rounded border border-red-700 px-3 py-1 text-sm font-semibold text-red-800">
        Hapus catatan<span className="sr-only"> {label}</span>
      </SubmitButton>
    </form>
  );
}
