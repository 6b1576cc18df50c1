import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts"],
    env: { TZ: "Asia/Jakarta" },
    // Starts no database by itself: see db/testing/pg-global-setup.ts.
    globalSetup: ["db/testing/pg-global-setup.ts"],
  },
});
