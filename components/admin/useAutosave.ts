"use client";

import { type RefObject, useEffect, useRef, useState } from "react";
import { autosaveDelay, autosaveRetryDelay, type AutosaveStatus } from "@/lib/autosave";

export const AUTOSAVE_ENDPOINT = "/admin/simpanan-otomatis";
/** How often the form is looked at. Polling, not input events: the editor's toolbar and a restore change it without any. */
const TICK_MS = 1_000;
/** fetch's keepalive carries at most 64 KiB; a longer story's last words go in a plain request. */
const KEEPALIVE_MAX_CHARS = 60_000;
/** Fields that are no typed work: the record, its version (sent beside), and the buttons. */
const SKIPPED = new Set(["id", "version", "intent", "timpa"]);

/** The form's text fields; the server keeps the ones it knows (lib/autosave-values.ts). */
function readValues(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) if (typeof value === "string" && !SKIPPED.has(name)) out[name] = value;
  return out;
}

type Options = {
  articleId: number | null;
  /** False while a save is under way (its answer decides) or an offered autosave waits for Pulihkan or Buang. */
  active: boolean;
};

/**
 * Saves the form on the server by itself, a few seconds after the editor stops typing and at
 * least every AUTOSAVE_MAX_WAIT_MS while they type on (lib/autosave.ts), and once more when the
 * tab is hidden or closed. Only a change since the last autosave is sent; a failure is retried
 * with a growing wait. What it keeps is the editor's own copy beside the story, never the story
 * (docs/decisions/009-autosave-beside-the-story.md). Returns the status for the form's status line.
 */
export function useAutosave(form: RefObject<HTMLFormElement | null>, { articleId, active }: Options): AutosaveStatus {
  const [status, setStatus] = useState<AutosaveStatus>({ kind: "idle" });
  const activeRef = useRef(active);
  useEffect(() => {
    activeRef.current = active;
  }, [active]);

  useEffect(() => {
    let seen: string | null = null;
    // What the server holds: at first, what the page loaded (nothing to keep yet).
    let saved: string | null = null;
    let firstEditAt: number | null = null;
    let lastEditAt: number | null = null;
    let inFlight = false;
    let failures = 0;
    let retryAt = 0;

    const current = () => {
      const el = form.current;
      if (!el) return null;
      const version = el.elements.namedItem("version");
      return JSON.stringify({ id: articleId, version: version instanceof HTMLInputElement ? version.value : "", values: readValues(el) });
    };

    const send = async (body: string, keepalive = false) => {
      inFlight = true;
      try {
        const res = await fetch(AUTOSAVE_ENDPOINT, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body,
          keepalive: keepalive && body.length <= KEEPALIVE_MAX_CHARS,
        });
        if (!res.ok) throw new Error(String(res.status));
        const { savedAt } = (await res.json()) as { savedAt: string };
        saved = body;
        failures = 0;
        // Typing that went on while this was in flight is still waiting.
        if (seen === body) firstEditAt = lastEditAt = null;
        setStatus({ kind: "saved", at: new Date(savedAt) });
      } catch {
        failures++;
        retryAt = Date.now() + autosaveRetryDelay(failures);
        setStatus({ kind: "failed" });
      } finally {
        inFlight = false;
      }
    };

    const tick = () => {
      const now = Date.now();
      const body = current();
      if (body === null) return;
      if (saved === null) saved = seen = body;
      if (body !== seen) {
        seen = body;
        lastEditAt = now;
        firstEditAt ??= now;
      }
      if (!activeRef.current || inFlight || body === saved || now < retryAt) return;
      if (autosaveDelay({ firstEditAt: firstEditAt ?? now, lastEditAt: lastEditAt ?? now, now }) === 0) void send(body);
    };

    // A hidden tab may be closed without another word: what is waiting goes now.
    const flush = () => {
      const body = current();
      if (body !== null && saved !== null && body !== saved && activeRef.current && !inFlight) void send(body, true);
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flush();
    };

    const timer = window.setInterval(tick, TICK_MS);
    tick();
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", flush);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", flush);
    };
  }, [form, articleId]);

  return status;
}
