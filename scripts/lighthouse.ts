// `npm run lighthouse`: Lighthouse (npm, 12.8) with its default mobile profile against Debian's
// Chromium, on the home page and an article. Builds if needed and starts Warta on a fresh seeded
// database, or measures a running site with `--url http://host:port`. `--story <slug>` (a published
// story, found through the sitemaps) and `--path /…` measure those pages instead, each may repeat.
// Prints performance, accessibility, best practices, SEO and CLS per page, and every audit that did
// not pass. LIGHTHOUSE_PORT (3250) is where it starts Warta; CHROMIUM_PATH picks the browser.
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuild, startNext, stopProcess } from "./bench/common";
import { choosePages, sitemapLocs, storyPathIn } from "./lib/lighthouse-pages";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3250);
const urlArg = process.argv.indexOf("--url");
const given = urlArg >= 0 ? process.argv[urlArg + 1]?.replace(/\/$/, "") : undefined;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHOICE = choosePages(process.argv.slice(2));
// Headless, and without Chromium's calls home, which a closed network answers with errors.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

type Result = {
  page: string;
  url: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  cls: number;
  failing: { category: string; id: string; title: string; score: number | null; value?: string; items: string[] }[];
};

/** The first few things an audit points at (a reason, an element, a URL), for the printout. */
function itemsOf(details: unknown): string[] {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const out: string[] = [];
  for (const item of items.flatMap((i) => ((i as { items?: unknown[] }).items as Record<string, unknown>[] | undefined) ?? [i])) {
    const node = item.node as { snippet?: string } | undefined;
    const source = item.source as { url?: string } | undefined;
    const text = item.reason ?? node?.snippet ?? item.url ?? source?.url ?? item.label;
    if (typeof text === "string" && text) out.push(text.length > 140 ? `${text.slice(0, 140)}…` : text);
    if (out.length === 3) break;
  }
  return out;
}

async function articleUrl(base: string): Promise<string> {
  const html = await (await fetch(`${base}/`)).text();
  const path = html.match(/href="(\/berita\/[^"]+)"/)?.[1];
  if (!path) throw new Error(`no article link on ${base}/`);
  return base + path;
}

/** The story with this slug, through the sitemap index and its story sitemaps (its public id is drawn at seeding). */
async function storyUrl(base: string, slug: string): Promise<string> {
  const index = sitemapLocs(await (await fetch(`${base}/sitemap.xml`)).text());
  for (const file of index.filter((loc) => /\/sitemap\/berita-\d+\.xml$/.test(loc))) {
    const path = storyPathIn(sitemapLocs(await (await fetch(base + new URL(file).pathname)).text()), slug);
    if (path) return base + path;
  }
  throw new Error(`tidak ada berita terbit dengan slug "${slug}" di ${base}/sitemap.xml`);
}

/** [label, URL] of each page to measure. */
async function pagesToMeasure(base: string): Promise<[string, string][]> {
  if (CHOICE.kind === "default") return [["home", `${base}/`], ["article", await articleUrl(base)]];
  const pages: [string, string][] = [];
  for (const p of CHOICE.pages) pages.push(p.kind === "path" ? [p.path, base + p.path] : [p.slug, await storyUrl(base, p.slug)]);
  return pages;
}

async function audit(page: string, url: string): Promise<Result> {
  const { launch } = await import("chrome-launcher");
  const { default: lighthouse } = await import("lighthouse");
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const run = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = run.lhr;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Result["scores"];
    const failing: Result["failing"] = [];
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c].auditRefs) {
        const a = lhr.audits[ref.id];
        if (!a || a.score === null || a.score >= 0.9 || ["informative", "manual", "notApplicable"].includes(a.scoreDisplayMode)) continue;
        if (c === "performance" && ref.weight === 0 && a.score >= 0.5) continue;
        failing.push({ category: c, id: a.id, title: a.title, score: a.score, value: a.displayValue, items: itemsOf(a.details) });
      }
    }
    return { page, url, scores, cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN, failing };
  } finally {
    chrome.kill();
  }
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium tidak ada di ${CHROMIUM}: apt-get install chromium, atau set CHROMIUM_PATH.`);
  let server: ChildProcess | undefined;
  let dir: string | undefined;
  let base = given;
  try {
    if (!base) {
      ensureBuild();
      dir = mkdtempSync(join(tmpdir(), "warta-lighthouse-"));
      server = await startNext({ dir, port: PORT, pin: false });
      base = `http://127.0.0.1:${PORT}`;
      // The first render of each route is slow (lazy loading, JIT): not what a reader gets.
      for (let i = 0; i < 5; i++) await fetch(`${base}/`).then((r) => r.text());
    }
    const pages = await pagesToMeasure(base);
    for (const [, url] of pages) {
      const status = (await fetch(url)).status;
      if (status !== 200) throw new Error(`${url} menjawab ${status}, bukan 200`);
      for (let i = 0; i < 5; i++) await fetch(url).then((r) => r.text());
    }
    const results: Result[] = [];
    for (const [page, url] of pages) {
      console.log(`Lighthouse ${page}: ${url} ...`);
      results.push(await audit(page, url));
    }

    console.log("\nLighthouse 12.8, mobile profile (default), Chromium " + CHROMIUM);
    const width = Math.max(9, ...results.map((r) => r.page.length));
    console.log(`${"page".padEnd(width)} perf  a11y  best   seo    CLS   (targets: perf ≥ 95; a11y, best practices, SEO 100; CLS < 0.01)`);
    for (const r of results) {
      const s = r.scores;
      console.log(
        `${r.page.padEnd(width)} ${String(s.performance).padStart(4)}  ${String(s.accessibility).padStart(4)}  ${String(s["best-practices"]).padStart(4)}  ${String(s.seo).padStart(4)}  ${r.cls.toFixed(3).padStart(6)}`,
      );
    }
    for (const r of results) {
      if (r.failing.length === 0) continue;
      console.log(`\nNot passing on ${r.page}:`);
      for (const f of r.failing) {
        console.log(`  [${f.category}] ${f.id}: ${f.title}${f.value ? ` (${f.value})` : ""}, score ${f.score}`);
        for (const item of f.items) console.log(`      ${item}`);
      }
    }
    mkdirSync("bench-results", { recursive: true });
    const out = join("bench-results", `lighthouse-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(out, JSON.stringify(results, null, 2));
    console.log(`\nJSON: ${out}`);
  } finally {
    if (server) await stopProcess(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
