import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * The database-level tests: they run through db/testing/seeded-database.ts, so each runs once on
 * SQLite (project `unit`) and once on PostgreSQL (project `postgres`, WARTA_TEST_ENGINE), the same
 * file both times. A file joins this list once it keeps to engine-neutral setup (no raw SQLite).
 */
const BOTH_ENGINES = [
  "db/ads.test.ts",
  "db/autosaves.test.ts",
  "db/corrections.test.ts",
  "db/live.test.ts",
  "db/article-changes.test.ts",
  "db/discovery.test.ts",
  "db/front-page.test.ts",
  "db/discovery-blocks.test.ts",
  "db/latest-revision.test.ts",
  "db/login.test.ts",
  "db/queries.test.ts",
  "db/readership.test.ts",
  "db/refused-saves.test.ts",
  "db/taxonomy.test.ts",
  "db/restore-revision.test.ts",
  "db/uploads.test.ts",
  "db/photo-library.test.ts",
  "server/ads-impressions-route.test.ts",
];

/** PostgreSQL's own database-level tests that need the project's engine setup (not run in `unit`). */
const POSTGRES_ONLY = ["db/engine/postgres-exit.test.ts", "db/engine/postgres-plans.test.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // Tests run server code directly; Next's own empty module stands in, as on its server.
      "server-only": "next/dist/compiled/server-only/empty.js",
    },
  },
  test: {
    // Starts no database by itself: see db/testing/pg-global-setup.ts.
    globalSetup: ["db/testing/pg-global-setup.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "db/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...POSTGRES_ONLY],
          env: { TZ: "Asia/Jakarta" },
        },
      },
      {
        extends: true,
        test: { name: "postgres", include: [...BOTH_ENGINES, ...POSTGRES_ONLY], env: { TZ: "Asia/Jakarta", WARTA_TEST_ENGINE: "postgres" } },
      },
    ],
  },
});
