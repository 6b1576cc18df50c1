/** What a server action hands back to its form: a message, errors by field, and what was typed. */
export type FormState = {
  message?: string;
  errors?: Partial<Record<string, string>>;
  values?: Record<string, string>;
};

/**
 * The first message for each field of a failed zod parse.
 * @example fieldErrors([{ path: ["judul"], message: "Wajib" }]) // { judul: "Wajib" }
 */
export function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * The record a form edits, from its hidden `id` field: null for a new one (empty field),
 * undefined when the value is not a record id at all. Forms carry the id as a field rather than
 * a bound action argument: React's no-JavaScript form state loops forever on a Server Function
 * bound in a client component (vercel/next.js#98045), and that hung the whole server.
 * @example recordIdFrom(new URLSearchParams("id=12")) // 12
 */
export function recordIdFrom(form: { get(name: string): unknown }, name = "id"): number | null | undefined {
  const raw = form.get(name);
  if (raw === null || raw === "") return null;
  if (typeof raw !== "string" || !/^[1-9][0-9]{0,15}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}
