// Page weight: HTML bytes and the client JS a reader page makes the browser load, split into
// what every Next.js page loads anyway (the framework) and what Warta adds.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

export type Weight = {
  htmlBytes: number;
  htmlGzip: number;
  /** gzip sizes (level 6, as servers send) of the scripts the page loads. */
  jsGzip: number;
  frameworkJsGzip: number;
  ownJsGzip: number;
  ownChunks: string[];
};

export const WEIGHT_METHOD =
  "JS = every script the HTML makes a modern browser load: <script src> on this site, preloads, and the /_next/static/chunks/*.js " +
  "the RSC payload names (a cached reader page keeps none of Next's, lib/reader-html.mjs), except the nomodule polyfills modern " +
  "browsers skip; framework = the build manifest's rootMainFiles, which every route of any Next.js app loads (React, React DOM, " +
  "the router, the Turbopack runtime); Warta's own = the rest (public/warta.js included). Sizes are each file gzipped at level 6.";

type Manifest = { rootMainFiles: string[]; polyfillFiles: string[] };

function manifest(): Manifest {
  return JSON.parse(readFileSync(".next/build-manifest.json", "utf8")) as Manifest;
}

/** The same-site script paths ("/_next/static/chunks/….js", "/warta.js?v=…") a page's HTML makes a modern browser load. */
export function scriptsOf(html: string, m: Pick<Manifest, "polyfillFiles">): string[] {
  // Flight data escapes slashes in some builds: accept both.
  const chunks = [...html.matchAll(/static(?:\/|\\\/)chunks(?:\/|\\\/)[\w.-]+\.js/g)].map((x) => `/_next/${x[0].replace(/\\\//g, "/")}`);
  const sources = [...html.matchAll(/<script\b[^>]*\ssrc="(\/[^"/][^"]*)"/g)].map((x) => x[1].replace(/&amp;/g, "&"));
  const skip = new Set(m.polyfillFiles.map((f) => `/_next/${f}`));
  return [...new Set([...chunks, ...sources])].filter((f) => !skip.has(f));
}

export async function pageWeight(base: string, path: string): Promise<Weight> {
  const html = await (await fetch(base + path)).text();
  const m = manifest();
  const framework = new Set(m.rootMainFiles.map((f) => `/_next/${f}`));
  let frameworkJsGzip = 0;
  let ownJsGzip = 0;
  const ownChunks: string[] = [];
  for (const file of scriptsOf(html, m)) {
    const res = await fetch(base + file);
    if (!res.ok) throw new Error(`${file}: ${res.status}`);
    const size = gzipSync(Buffer.from(await res.arrayBuffer()), { level: 6 }).length;
    if (framework.has(file)) frameworkJsGzip += size;
    else {
      ownJsGzip += size;
      ownChunks.push(`${file.replace("/_next/static/chunks/", "")} ${(size / 1024).toFixed(1)} kB`);
    }
  }
  const bytes = Buffer.from(html);
  return {
    htmlBytes: bytes.length,
    htmlGzip: gzipSync(bytes, { level: 6 }).length,
    jsGzip: frameworkJsGzip + ownJsGzip,
    frameworkJsGzip,
    ownJsGzip,
    ownChunks,
  };
}
