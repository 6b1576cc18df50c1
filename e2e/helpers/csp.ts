import { expect, type Page, type Response } from "@playwright/test";

// What the security-headers specs share: catching CSP violations in a real browser, and
// checking a page's headers (docs/security.md, "Content-Security-Policy").

type Violation = { directive: string; blocked: string; sample: string; source: string };

/**
 * Records every CSP violation the page (and its frames) reports, from before the first byte:
 * the `securitypolicyviolation` events and Chromium's console errors about the policy.
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = [];
  // Console messages outlive a navigation; the init script's list is per document, so these are too.
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) consoleErrors.length = 0;
  });
  page.on("console", (msg) => {
    if (/Content Security Policy/i.test(msg.text())) consoleErrors.push(msg.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: Violation[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}` });
    });
  });
  return async () => {
    const events = await page.evaluate(() => (window as unknown as { __csp?: Violation[] }).__csp ?? []);
    return [...events.map((v) => `${v.directive} blocked ${v.blocked} "${v.sample}" at ${v.source}`), ...consoleErrors];
  };
}

/** "cached": an ISR page, its policy stored with it (hashes of any inline script left); "nonce": a per-request page. */
export type PolicyKind = "cached" | "nonce";

/** The script-src directive of a policy. */
export function scriptSrc(policy: string): string {
  return policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src ")) ?? "";
}

/** One CSP header of the given kind, no 'unsafe-inline' for scripts, nosniff and a Referrer-Policy. */
export async function expectPageHeaders(response: Response | null, kind: PolicyKind, label: string) {
  expect(response, label).not.toBeNull();
  const headers = await response!.headersArray();
  const csp = headers.filter((h) => h.name.toLowerCase() === "content-security-policy").map((h) => h.value);
  expect(csp, `${label}: exactly one Content-Security-Policy`).toHaveLength(1);
  const scripts = scriptSrc(csp[0]);
  expect(scripts, label).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  expect(scripts, `${label}: ${kind}`).toMatch(kind === "cached" ? /^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')*$/ : /^script-src 'self' 'nonce-[A-Za-z0-9+/]+=*'$/);
  expect(csp[0], label).toContain("object-src 'none'");
  const all = await response!.allHeaders();
  expect(all["x-content-type-options"], label).toBe("nosniff");
  expect(all["referrer-policy"], label).toMatch(/^(strict-origin-when-cross-origin|same-origin)$/);
  return csp[0];
}

/**
 * The policy bites: an inline script added the way an injected one would be does not run, and the
 * browser reports it. Without this a crawl that found no violations could mean no policy at all.
 */
export async function expectInjectedScriptBlocked(page: Page, violations: () => Promise<string[]>) {
  const before = (await violations()).length;
  const ran = await page.evaluate(async () => {
    const s = document.createElement("script");
    s.textContent = "window.__disuntik = true;";
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { __disuntik?: boolean }).__disuntik === true;
  });
  expect(ran, "an injected inline script ran").toBe(false);
  await expect.poll(async () => (await violations()).slice(before).join("\n")).toMatch(/script-src/);
}

/**
 * A cached reader page as it should reach a browser (lib/reader-html.mjs): Warta's own script loaded,
 * and none of Next's client runtime.
 */
export async function expectReaderScriptOnly(page: Page, label: string) {
  const scripts = () => page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => /\.js(\?|$)/.test(n)));
  await expect.poll(scripts, `${label}: warta.js`).toContainEqual(expect.stringMatching(/\/warta\.js\?v=[0-9a-f]{8}$/));
  expect((await scripts()).filter((n) => n.includes("/_next/")), `${label}: no Next runtime`).toEqual([]);
}

/** The client app booted: Next's route announcer exists only once React has hydrated the page. */
export async function expectHydrated(page: Page, label: string) {
  await expect(page.locator("next-route-announcer"), `${label}: hydrated`).toHaveCount(1);
}
