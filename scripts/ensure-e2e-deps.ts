// Runs before the tests (.ci/run, test:e2e): makes sure the system programs they drive exist
// (Chromium, nginx for the front-cache test, PostgreSQL for the database tests, redis-server for the
// shared-state tests), installing
// Debian's packages in one apt-get run when we are root on a Debian-like machine (CI), and
// otherwise saying exactly what to do.
import { execSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { hasChromium } from "../e2e/chromium";
import { findPgBin } from "../db/testing/pg-cluster";
import { findNginx } from "./lib/nginx";
import { disableMainCluster } from "./lib/postgres-apt";
import { findRedisServer } from "./lib/redis-server";

const canApt = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
const packages: string[] = [];
let nginxBrotli = false;

if (!hasChromium()) {
  if (process.env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} tidak ditemukan.`);
    process.exit(1);
  }
  if (!canApt) {
    console.error(
      "Uji e2e butuh Chromium. Pasang salah satu: `npx playwright install chromium`, `sudo apt-get install chromium`, atau set CHROMIUM_PATH.",
    );
    process.exit(1);
  }
  packages.push("chromium");
}

if (!findNginx()) {
  if (canApt) {
    packages.push("nginx");
    nginxBrotli = true;
  } else {
    // Only one project needs it, and it skips with this same advice outside CI.
    console.warn("[e2e] nginx tidak ada: uji lewat nginx dilewati. Pasang dengan `sudo apt-get install nginx`.");
  }
}

if (!findPgBin()) {
  if (canApt) {
    packages.push("postgresql");
    // The tests start throwaway clusters (db/testing/pg-cluster.ts): no system service wanted.
    disableMainCluster();
  } else {
    // Outside CI the PostgreSQL tests skip with this same advice; under CI=true they fail.
    console.warn("[e2e] PostgreSQL 15+ tidak ada: uji PostgreSQL dilewati. Pasang dengan `sudo apt-get install postgresql`.");
  }
}

if (!findRedisServer()) {
  // The tests start throwaway servers (scripts/lib/redis-server.ts); the package's own service is not used.
  if (canApt) packages.push("redis-server");
  else console.warn("[e2e] redis-server tidak ada: uji Redis dilewati. Pasang dengan `sudo apt-get install redis-server`.");
}

if (packages.length > 0) {
  console.log(`[e2e] Memasang paket Debian: ${packages.join(" ")} ...`);
  // confold keeps the createcluster.conf written above when postgresql-common brings its own.
  const apt = "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Options::=--force-confold";
  execSync(`apt-get update -qq && ${apt} ${packages.join(" ")} >/dev/null`, { stdio: "inherit", shell: "/bin/bash" });
  // Brotli is a bonus: the nginx config works without it, so a release lacking the package is no failure.
  if (nginxBrotli && spawnSync("apt-cache", ["show", "libnginx-mod-http-brotli-filter"], { stdio: "ignore" }).status === 0) {
    execSync(`${apt} libnginx-mod-http-brotli-filter >/dev/null`, { stdio: "inherit", shell: "/bin/bash" });
  }
}
