"use client";

import { type RefObject, useEffect, useRef } from "react";

export const LEAVE_MESSAGE = "Ada perubahan yang belum disimpan. Tinggalkan halaman ini dan buang perubahan itu?";

/**
 * The form's fields as one string: their current values, or the values the page loaded them with
 * (the DOM's defaults, which typing does not touch, so a baseline taken late is still the loaded one).
 */
function snapshot(form: HTMLFormElement, which: "current" | "loaded"): string {
  const loaded = which === "loaded";
  const parts: string[] = [];
  for (const el of Array.from(form.elements)) {
    if (el instanceof HTMLInputElement && el.name && !["submit", "button", "reset", "image"].includes(el.type)) {
      if (el.type === "checkbox" || el.type === "radio") parts.push(`${el.name}:${el.value}=${loaded ? el.defaultChecked : el.checked}`);
      else if (el.type === "file") parts.push(`${el.name}=${loaded ? "" : Array.from(el.files ?? [], (f) => `${f.name}/${f.size}`).join()}`);
      else parts.push(`${el.name}=${loaded ? el.defaultValue : el.value}`);
    } else if (el instanceof HTMLTextAreaElement && el.name) {
      parts.push(`${el.name}=${loaded ? el.defaultValue : el.value}`);
    } else if (el instanceof HTMLSelectElement && el.name) {
      const options = Array.from(el.options);
      // With no option marked as the default, a one-line select loads (and resets) to its first option.
      const picked = loaded ? options.filter((o) => o.defaultSelected) : options.filter((o) => o.selected);
      parts.push(`${el.name}=${(picked.length || !loaded || el.multiple ? picked : options.slice(0, 1)).map((o) => o.value).join()}`);
    }
  }
  return parts.join("\n");
}

/** A click that leaves this page for another one in the same tab. */
function leavingLink(e: MouseEvent): boolean {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return false;
  const a = e.target instanceof Element ? e.target.closest("a[href]") : null;
  if (!(a instanceof HTMLAnchorElement) || (a.target && a.target !== "_self") || a.hasAttribute("download")) return false;
  const to = new URL(a.href, location.href);
  // A jump within the page (the skip link) leaves nothing behind.
  return !(to.origin === location.origin && to.pathname === location.pathname && to.search === location.search && to.hash);
}

/**
 * Asks before the form's unsaved changes are lost: the browser's own question on a reload or a
 * closed tab (beforeunload), and a confirm on a link click, since the admin's next/link
 * navigations never unload the page. A change is any field that differs from what the page
 * loaded, the editor body included; a refused save is still unsaved.
 * `loaded` names the server's values: when it changes after this form was sent (a save that
 * went through), what was sent becomes the baseline. `answer` is the action's state: a new one
 * is a refusal, so what was sent was not saved.
 */
export function useLeaveGuard(form: RefObject<HTMLFormElement | null>, loaded: string, answer: unknown): void {
  const baseline = useRef<string | null>(null);
  const sent = useRef<string | null>(null);
  useEffect(() => {
    sent.current = null;
  }, [answer]);
  useEffect(() => {
    if (sent.current === null) return;
    baseline.current = sent.current;
    sent.current = null;
  }, [loaded]);

  useEffect(() => {
    if (form.current && baseline.current === null) baseline.current = snapshot(form.current, "loaded");
    // Set once the user agrees to leave, so a full-page navigation after the confirm does not ask a second time.
    let agreed = false;
    const dirty = () => !agreed && !!form.current && baseline.current !== null && snapshot(form.current, "current") !== baseline.current;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!dirty()) return;
      e.preventDefault();
      e.returnValue = "";
    };
    // Capture phase on the document: it runs before React's handler on the root, so a refused click never reaches next/link.
    const onClick = (e: MouseEvent) => {
      if (!leavingLink(e) || !dirty()) return;
      if (window.confirm(LEAVE_MESSAGE)) agreed = true;
      else {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    const onSubmit = (e: SubmitEvent) => {
      if (e.target === form.current && form.current) sent.current = snapshot(form.current, "current");
    };
    // A new edit after agreeing is a new unsaved change.
    const onEdit = () => {
      agreed = false;
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    document.addEventListener("submit", onSubmit, true);
    document.addEventListener("input", onEdit, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("submit", onSubmit, true);
      document.removeEventListener("input", onEdit, true);
    };
  }, [form]);
}
