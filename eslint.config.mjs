import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Reader pages link with plain <a>: they go out without Next's client runtime (lib/reader-html.mjs),
    // and a whole-page load is what a reader of a news site gets anyway (docs/decisions/001-no-client-runtime-on-reader-pages.md).
    files: ["app/(site)/**", "components/{article,layout,search,shared}/**"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  globalIgnores([".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "data/**"]),
]);
