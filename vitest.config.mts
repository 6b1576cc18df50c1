import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // Tests run server code directly; Next's own empty module stands in, as on its server.
      "server-only": "next/dist/compiled/server-only/empty.js",
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts"],
    env: { TZ: "Asia/Jakarta" },
    // Starts no database by itself: see db/testing/pg-global-setup.ts.
    globalSetup: ["db/testing/pg-global-setup.ts"],
  },
});
