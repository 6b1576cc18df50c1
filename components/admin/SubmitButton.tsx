"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

type Props = {
  /** Posted as `intent` (a status button); none for the plain save. */
  intent?: string;
  className: string;
  /** Held back for a while (a photo still uploading); unlike a save under way, the label stays. */
  waiting?: boolean;
  children: ReactNode;
};

/**
 * A save button of the surrounding form. While any save of that form is under way every such
 * button is disabled, so none is pressed twice, and the one that was pressed says so.
 */
export function SubmitButton({ intent, className, waiting, children }: Props) {
  const { pending, data } = useFormStatus();
  const pressed = pending && (data?.get("intent") ?? undefined) === intent;
  return (
    <button type="submit" name={intent ? "intent" : undefined} value={intent} disabled={pending || waiting} className={`${className} disabled:opacity-60`}>
      {pressed ? "Menyimpan…" : children}
    </button>
  );
}
