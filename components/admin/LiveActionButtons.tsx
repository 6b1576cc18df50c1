"use client";

import { useActionState } from "react";
import { liveUpdateAction, setLiveAction } from "@/app/(admin)/admin/_actions/live";
import type { FormState } from "@/lib/form-state";
import { FormMessage } from "./FormMessage";

type Props =
  /** "Mulai laporan langsung" or "Akhiri laporan langsung" for a story. */
  | { articleId: number; live: boolean; update?: undefined }
  /** "Sematkan" or "Lepas sematan", and "Hapus pembaruan", for one update; `label` names it for screen readers. */
  | { articleId?: undefined; live?: undefined; update: { id: number; pinned: boolean; label: string } };

const button = "rounded border px-3 py-1 text-sm font-semibold";

/** The one-click writes of the live report: each a small form of its own, working without JavaScript. */
export function LiveActionButtons(props: Props) {
  const [state, action] = useActionState<FormState, FormData>(props.update ? liveUpdateAction : setLiveAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <FormMessage message={state.message} />
      {props.update ? (
        <>
          <input type="hidden" name="pembaruan-id" value={props.update.id} />
          <button name="aksi" value={props.update.pinned ? "lepas" : "sematkan"} className={`${button} border-slate-500`}>
            {props.update.pinned ? "Lepas sematan" : "Sematkan"}
            <span className="sr-only"> {props.update.label}</span>
          </button>
          <button name="aksi" value="hapus" className={`${button} border-red-700 text-red-800`}>
            Hapus pembaruan<span className="sr-only"> {props.update.label}</span>
          </button>
        </>
      ) : (
        <>
          <input type="hidden" name="id" value={props.articleId} />
          <button name="aksi" value={props.live ? "akhiri" : "mulai"} className={props.live ? `${button} border-red-700 text-red-800` : "rounded bg-brand px-4 py-2 font-semibold text-white"}>
            {props.live ? "Akhiri laporan langsung" : "Mulai laporan langsung"}
          </button>
        </>
      )}
    </form>
  );
}
