"use client";

import { useActionState, useRef, useState, useSyncExternalStore } from "react";
import { addLiveUpdateAction, editLiveUpdateAction } from "@/app/(admin)/admin/_actions/live";
import type { FormState } from "@/lib/form-state";
import { KEY_TITLE_MAX, LIVE_TEXT_MAX, type LiveFormField } from "@/lib/live";
import { describe, Field, inputClass } from "./Field";
import { FormMessage } from "./FormMessage";
import { MediaPicker } from "./MediaPicker";
import { SubmitButton } from "./SubmitButton";

type Props =
  | { articleId: number; updateId?: undefined; initial?: undefined }
  /** Editing: the update's id and its stored fields. */
  | { articleId?: undefined; updateId: number; initial: Record<LiveFormField, string> };

/**
 * Pembaruan, Nomor foto and Poin penting: posts a new update or saves an edited one. Plain text,
 * so it works the same without JavaScript; a link on a line of its own is how an embed is added.
 * A refused update comes back with what was typed and the message under its field.
 */
// True in the browser once hydrated, false in the server's HTML: the picker's button needs JavaScript,
// so a page read without it shows no button that does nothing.
const noop = () => () => {};
const useScripted = () => useSyncExternalStore(noop, () => true, () => false);

export function LiveUpdateForm({ articleId, updateId, initial }: Props) {
  const photo = useRef<HTMLInputElement>(null);
  const [picking, setPicking] = useState(false);
  const scripted = useScripted();
  const [state, action] = useActionState<FormState, FormData>(updateId ? editLiveUpdateAction : addLiveUpdateAction, {});
  const e = state.errors ?? {};
  const v: Partial<Record<string, string>> = state.values ?? initial ?? {};
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage message={state.message} />
      {updateId ? <input type="hidden" name="pembaruan-id" value={updateId} /> : <input type="hidden" name="id" value={articleId} />}
      <Field
        label="Pembaruan"
        name="pembaruan"
        error={e.pembaruan}
        hint="Baris kosong memisahkan paragraf. Tautan YouTube, X, Instagram, TikTok, atau Facebook di baris sendiri menjadi sematan."
      >
        <textarea {...describe("pembaruan", e.pembaruan, "x")} defaultValue={v.pembaruan ?? ""} rows={5} maxLength={LIVE_TEXT_MAX} className={inputClass} />
      </Field>
      <Field label="Nomor foto (opsional)" name="foto-pembaruan" error={e["foto-pembaruan"]} hint="Nomor foto dari pustaka foto; tampil di bawah teks.">
        <input ref={photo} {...describe("foto-pembaruan", e["foto-pembaruan"], "x")} defaultValue={v["foto-pembaruan"] ?? ""} inputMode="numeric" className={inputClass} />
      </Field>
      {scripted && (
        <>
          <button type="button" onClick={() => setPicking(true)} className="rounded border border-slate-500 px-3 py-1.5 text-sm font-semibold">
            Pilih dari pustaka
          </button>
          <MediaPicker
            open={picking}
            onPick={([picked]) => {
              if (picked && photo.current) photo.current.value = String(picked.id);
              setPicking(false);
            }}
            onClose={() => setPicking(false)}
          />
        </>
      )}
      <Field label="Poin penting (opsional)" name="poin-penting" error={e["poin-penting"]} hint="Judul singkat; pembaruan ini masuk daftar Poin penting.">
        <input {...describe("poin-penting", e["poin-penting"], "x")} defaultValue={v["poin-penting"] ?? ""} maxLength={KEY_TITLE_MAX} className={inputClass} />
      </Field>
      <SubmitButton className="rounded bg-brand px-4 py-2 font-semibold text-white">{updateId ? "Simpan perubahan" : "Kirim pembaruan"}</SubmitButton>
    </form>
  );
}
