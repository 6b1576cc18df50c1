import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The database-level tests: they run through db/testing/seeded-database.ts, so each runs once on
 * SQLite (project `unit`) and once on PostgreSQL (project `postgres`, WARTA_TEST_ENGINE), the same
 * file both times. A file joins this list once it keeps to engine-neutral setup (no raw SQLite).
 */
const BOTH_ENGINES = ["db/ads.test.ts", "db/corrections.test.ts", "db/readership.test.ts", "db/discovery-blocks.test.ts", "db/login.test.ts", "db/queries.test.ts", "db/uploads.test.ts"];

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
          env: { TZ: "Asia/Jakarta" },
        },
      },
      {
        extends: true,
        test: { name: "postgres", include: BOTH_ENGINES, env: { TZ: "Asia/Jakarta", WARTA_TEST_ENGINE: "postgres" } },
      },
    ],
  },
});
