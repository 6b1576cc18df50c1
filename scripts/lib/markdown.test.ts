import { describe, expect, it } from "vitest";
import { headingAnchors, headingSlug, isExternalLink, markdownLinks, renderedHeading } from "./markdown";

describe("markdownLinks", () => {
  it("finds inline links, images and reference definitions, with their lines", () => {
    const md = ["# T", "See [ops](docs/operations.md#logs) and ![shot](docs/img/a.png \"A\").", "[ref]: docs/x.md", "<https://example.org>"].join("\n");
    expect(markdownLinks(md)).toEqual([
      { line: 2, target: "docs/operations.md#logs" },
      { line: 2, target: "docs/img/a.png" },
      { line: 3, target: "docs/x.md" },
    ]);
  });

  it("skips code: fenced blocks and inline spans", () => {
    const md = ["```md", "[a](in-fence.md)", "```", "`[b](in-code.md)` but [c](real.md)", "~~~", "[d](tilde.md)", "~~~"].join("\n");
    expect(markdownLinks(md).map((l) => l.target)).toEqual(["real.md"]);
  });

  it("reads a link whose text holds code or brackets, and a target in angle brackets", () => {
    expect(markdownLinks("[`lib/config.ts`](../lib/config.ts) [a [b] c](<x y.md>)").map((l) => l.target)).toEqual(["../lib/config.ts", "x y.md"]);
  });
});

describe("isExternalLink", () => {
  it("tells schemes from repository paths", () => {
    expect([isExternalLink("https://a.b"), isExternalLink("mailto:x@y.z"), isExternalLink("docs/a.md"), isExternalLink("#top")]).toEqual([true, true, false, false]);
  });
});

describe("headings", () => {
  it("renders code, links and emphasis as GitHub shows them", () => {
    expect(renderedHeading("The ad desk: `/admin/iklan` (**admins** only)")).toBe("The ad desk: /admin/iklan (admins only)");
    expect(renderedHeading("See [Logs](#logs) <br>")).toBe("See Logs ");
  });

  it("slugs as GitHub does: lowercase, punctuation dropped, spaces to hyphens, letters of any script kept", () => {
    expect(headingSlug("Where code lives")).toBe("where-code-lives");
    expect(headingSlug("The newsroom: `/admin`")).toBe("the-newsroom-admin");
    expect(headingSlug("Backups, restore & upgrading")).toBe("backups-restore--upgrading");
    expect(headingSlug("`TERPOPULER_CACHE_MS` — 30 s")).toBe("terpopuler_cache_ms--30-s");
    expect(headingSlug("Berita Lainnya (Kafé)")).toBe("berita-lainnya-kafé");
  });

  it("numbers repeated headings and ignores headings in code", () => {
    expect(headingAnchors("# A\n## Logs\n```\n# Not\n```\n## Logs\n### Logs")).toEqual(["a", "logs", "logs-1", "logs-2"]);
    // A heading that slugs to an already numbered one takes the next free number.
    expect(headingAnchors("## a\n## a\n## a-1")).toEqual(["a", "a-1", "a-1-1"]);
  });
});
