import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import nextConfig from "../next.config.js";
import * as routes from "./route-patterns";

const PAGE_FILES = ["page.tsx", "page.ts", "page.jsx", "page.js"];

describe("route patterns for revalidatePath", () => {
  it("each names a page file under app/, route group included", () => {
    // HOME_ROUTE is a path, checked below.
    const all = Object.entries(routes).flatMap(([name, value]) => (name === "HOME_ROUTE" ? [] : value));
    expect(all.length).toBeGreaterThan(0);
    for (const pattern of all) {
      const files = PAGE_FILES.map((f) => `app${pattern}/${f}`);
      expect(files.some((f) => existsSync(f)), `${pattern}: no ${files[0]}; revalidatePath(pattern, "page") would drop nothing (lib/revalidate.ts)`).toBe(true);
    }
  });

  it("HOME_ROUTE is where next.config.js rewrites the home page", async () => {
    const rewrites = await nextConfig.rewrites!();
    const beforeFiles = Array.isArray(rewrites) ? rewrites : (rewrites.beforeFiles ?? []);
    expect(beforeFiles.find((r) => r.source === "/")?.destination).toBe(routes.HOME_ROUTE);
  });
});
