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
