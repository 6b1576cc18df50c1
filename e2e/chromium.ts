import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * Which Chromium drives the tests: CHROMIUM_PATH when set; else Playwright's own
 * browser when `npx playwright install` has put one on this machine; else Debian's
 * /usr/bin/chromium (the only kind a machine without browser downloads can have).
 * Undefined means Playwright's own, which may still be missing.
 */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return undefined;
}

/** Whether the browser chromiumExecutable() picks is actually on disk. */
export function hasChromium(): boolean {
  return existsSync(chromiumExecutable() ?? chromium.executablePath());
}
