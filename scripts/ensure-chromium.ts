// Runs before the e2e tests: makes sure a Chromium exists, installing Debian's when we are
// root on a Debian-like machine (CI), and otherwise saying exactly what to do.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { hasChromium } from "../e2e/chromium";

if (!hasChromium()) {
  if (process.env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} tidak ditemukan.`);
    process.exit(1);
  }
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("[e2e] Chromium belum ada: memasang paket Debian chromium ...");
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null", {
      stdio: "inherit",
      shell: "/bin/bash",
    });
  } else {
    console.error(
      "Uji e2e butuh Chromium. Pasang salah satu: `npx playwright install chromium`, `sudo apt-get install chromium`, atau set CHROMIUM_PATH.",
    );
    process.exit(1);
  }
}
