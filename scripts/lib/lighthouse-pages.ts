// Which pages `npm run lighthouse` measures (scripts/lighthouse.ts): by default the home page and the
// newest story; `--path` and `--story` name others, such as the demo story with a gallery and embeds
// whose public id a fresh install draws at random.

export type PageChoice =
  | { kind: "default" }
  | { kind: "pages"; pages: ({ kind: "path"; path: string } | { kind: "story"; slug: string })[] };

/**
 * The pages asked for on the command line: every `--path /…` and `--story <slug>` in order, or the default.
 * @example choosePages(["--story", "banjir-surut"]) // { kind: "pages", pages: [{ kind: "story", slug: "banjir-surut" }] }
 */
export function choosePages(argv: string[]): PageChoice {
  const pages: Extract<PageChoice, { kind: "pages" }>["pages"] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag !== "--path" && flag !== "--story") continue;
    const value = argv[++i];
    if (!value || value.startsWith("--")) throw new Error(`${flag} perlu nilai, mis. ${flag === "--path" ? "--path /berita/k3v9q2mz/banjir-surut" : "--story banjir-surut"}`);
    if (flag === "--path") {
      if (!value.startsWith("/") || value.startsWith("//")) throw new Error(`--path harus jalur di situs, diawali "/": ${value}`);
      pages.push({ kind: "path", path: value });
    } else {
      if (!/^[a-z0-9-]+$/.test(value)) throw new Error(`--story perlu slug berita (huruf kecil, angka, tanda hubung): ${value}`);
      pages.push({ kind: "story", slug: value });
    }
  }
  return pages.length ? { kind: "pages", pages } : { kind: "default" };
}

/** Every <loc> of a sitemap or sitemap index, in order. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1].replaceAll("&amp;", "&"));
}

/**
 * The path of the story with this slug among a story sitemap's URLs, or undefined.
 * @example storyPathIn(["https://w.example/berita/k3v9q2mz/banjir-surut"], "banjir-surut") // "/berita/k3v9q2mz/banjir-surut"
 */
export function storyPathIn(locs: string[], slug: string): string | undefined {
  for (const loc of locs) {
    const { pathname } = new URL(loc);
    if (/^\/berita\/[^/]+\/[^/]+$/.test(pathname) && pathname.endsWith(`/${slug}`)) return pathname;
  }
  return undefined;
}
