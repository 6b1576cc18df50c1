// Keeps the docs true to the repository: links resolve, every setting is documented with the default
// the code uses, and .env.example starts a portal instead of stopping it.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CONFIG_DEFAULTS, CONFIG_VARIABLES, readConfig } from "@/lib/config";
import { headingAnchors, isExternalLink, markdownLinks } from "./lib/markdown";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

/** README.md and docs/**: what a reader of the repository follows. docs/_incoming/ holds drafts for the lead. */
const MARKDOWN = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md") && !f.startsWith("_incoming"))
    .map((f) => join("docs", f))
    .sort(),
];

/** Where `target`, linked from `from`, leads; a problem in words, or null when it resolves. */
function linkProblem(from: string, target: string): string | null {
  const [path, anchor] = target.split("#", 2) as [string, string | undefined];
  const file = path === "" ? join(ROOT, from) : resolve(ROOT, dirname(from), decodeURIComponent(path));
  if (relative(ROOT, file).startsWith("..")) return "leads outside the repository";
  if (!existsSync(file)) return "no such file";
  if (anchor === undefined) return null;
  if (!file.endsWith(".md") || statSync(file).isDirectory()) return "an anchor into a file that is not markdown (line anchors drift: link the file)";
  return headingAnchors(readFileSync(file, "utf8")).includes(anchor) ? null : `no heading with the anchor #${anchor}`;
}

/** The rows of the markdown tables in a file, by each backticked name in their first cell. */
function documentedNames(markdown: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of markdown.split("\n")) {
    if (!line.startsWith("|")) continue;
    const cells = line.split("|").slice(1, -1).map((c) => c.trim());
    for (const [, name] of (cells[0] ?? "").matchAll(/`([A-Z][A-Z0-9_]*)`/g)) rows.set(name, cells);
  }
  return rows;
}

/** .env.example as dotenv reads it: `NAME=value` lines; `# NAME=value` lines are optional examples. */
function readEnvExample(text: string): { set: Record<string, string>; examples: Record<string, string>; unreadable: string[] } {
  const out = { set: {} as Record<string, string>, examples: {} as Record<string, string>, unreadable: [] as string[] };
  for (const line of text.split("\n")) {
    const assignment = /^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (assignment) (assignment[1] ? out.examples : out.set)[assignment[2]] = assignment[3];
    else if (line.trim() !== "" && !line.trim().startsWith("#")) out.unreadable.push(line);
  }
  return out;
}

// Set by Node or Next themselves, or by the tests for their own clock: not Warta's settings.
const NOT_SETTINGS = new Set(["NODE_ENV", "NEXT_PHASE", "NEXT_RUNTIME", "TZ"]);
const SOURCE_DIRS = ["app", "components", "db", "e2e", "lib", "scripts"];
const SOURCE_FILE = /\.(ts|tsx|mjs|js)$/;

/** Every variable the source reads from process.env (dotted or bracketed), with a file that reads it. */
function variablesTheCodeReads(): Map<string, string> {
  const files = [
    ...readdirSync(ROOT).filter((f) => SOURCE_FILE.test(f)),
    ...SOURCE_DIRS.flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" }).map((f) => join(dir, f))),
  ].filter((f) => SOURCE_FILE.test(f) && !f.includes("node_modules"));
  const found = new Map<string, string>();
  for (const file of files) {
    for (const [, a, b] of read(file).matchAll(/process\.env(?:\.([A-Z][A-Z0-9_]*)|\[\s*"([A-Z][A-Z0-9_]*)"\s*\])/g)) {
      const name = a ?? b;
      if (!NOT_SETTINGS.has(name) && !found.has(name)) found.set(name, file);
    }
  }
  return found;
}

describe("the docs", () => {
  it("finds the markdown it checks", () => {
    expect(MARKDOWN).toEqual(expect.arrayContaining(["README.md", "docs/README.md", "docs/operations.md", "docs/glossary.md"]));
  });

  it("link only to files and headings that exist", () => {
    const problems = MARKDOWN.flatMap((from) =>
      markdownLinks(read(from))
        .filter((l) => !isExternalLink(l.target))
        .map((l) => ({ l, problem: linkProblem(from, l.target) }))
        .filter((x) => x.problem !== null)
        .map(({ l, problem }) => `${from}:${l.line} → ${l.target}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it("keep the README short, with the map of the code and the test command", () => {
    const readme = read("README.md");
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(10_000);
    expect(readme).toMatch(/^## Where code lives$/m);
    expect(readme).toContain("npm ci && npm run build && npm start");
    expect(readme).toContain("npm test");
  });
});

describe("docs/operations.md", () => {
  it("documents every variable lib/config.ts reads, with the default the code uses", () => {
    const documented = documentedNames(read("docs/operations.md"));
    const problems = CONFIG_VARIABLES.flatMap((name) => {
      const row = documented.get(name);
      if (!row) return [`${name}: not in a table of docs/operations.md`];
      const value = `\`${CONFIG_DEFAULTS[name]}\``;
      return row[1]?.includes(value) ? [] : [`${name}: default column "${row[1]}" does not name ${value}`];
    });
    expect(problems).toEqual([]);
  });

  it("documents every variable the rest of the code reads", () => {
    const documented = documentedNames(read("docs/operations.md"));
    const missing = [...variablesTheCodeReads()].filter(([name]) => !documented.has(name)).map(([name, file]) => `${name} (read in ${file})`);
    expect(missing).toEqual([]);
  });
});

describe(".env.example", () => {
  const env = readEnvExample(read(".env.example"));

  it("holds only comments and NAME=value lines", () => {
    expect(env.unreadable).toEqual([]);
  });

  it("passes the config schema, examples included: copied to .env.local, the portal starts", () => {
    expect(() => readConfig({ ...env.set, ...env.examples })).not.toThrow();
  });

  it("sets every variable of the schema to its default", () => {
    const expected = Object.fromEntries(CONFIG_VARIABLES.map((name) => [name, String(CONFIG_DEFAULTS[name])]));
    const actual = Object.fromEntries(CONFIG_VARIABLES.map((name) => [name, env.set[name]]));
    expect(actual).toEqual(expected);
  });

  it("names only variables that docs/operations.md documents", () => {
    const documented = documentedNames(read("docs/operations.md"));
    expect(Object.keys({ ...env.set, ...env.examples }).filter((name) => !documented.has(name))).toEqual([]);
  });
});
