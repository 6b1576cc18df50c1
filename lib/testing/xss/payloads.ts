import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const PLACEHOLDERS: Record<string, string> = {
  TAB: "\t",
  LF: "\n",
  CR: "\r",
  FF: "\f",
  VT: "\v",
  NUL: "\u0000",
  SOH: "\u0001",
};

/** The known XSS payloads of payloads.txt (one a line, "#" comments), with their {TAB}-style placeholders filled in. */
export function loadXssPayloads(): string[] {
  // Vitest and Playwright both run from the repository root.
  const text = readFileSync(resolve("lib/testing/xss/payloads.txt"), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => line.replace(/\{(TAB|LF|CR|FF|VT|NUL|SOH)\}/g, (_, name: string) => PLACEHOLDERS[name]));
}
