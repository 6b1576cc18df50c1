import { defineConfig, devices } from "@playwright/test";
import { chromiumExecutable } from "./e2e/chromium";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATA_DIR = ".e2e";

const launchOptions = {
  executablePath: chromiumExecutable(),
  // Without these Chromium keeps phoning home, which a closed network answers with errors.
  args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: "retain-on-failure",
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: [/admin\//, /views\.spec\.ts/, /nginx\.spec\.ts/, /durability\.spec\.ts/, /postgres\.spec\.ts/, /taxonomy\.spec\.ts/, /redis\.spec\.ts/, /desk-.*\.spec\.ts/, /cluster\.spec\.ts/, /live\.spec\.ts/, /media-library\.spec\.ts/] },
    { name: "mobile", use: { ...devices["Pixel 7"], launchOptions }, testIgnore: [/admin\//, /views\.spec\.ts/, /nginx\.spec\.ts/, /durability\.spec\.ts/, /postgres\.spec\.ts/, /taxonomy\.spec\.ts/, /redis\.spec\.ts/, /desk-.*\.spec\.ts/, /cluster\.spec\.ts/, /live\.spec\.ts/, /media-library\.spec\.ts/] },
    // Kanal, tags and author profiles: renaming and hiding kanal changes every reader page's navigation,
    // so each project runs the spec on a `next start` of its own (E2E_PORT + 21 and + 22) with a copy of the database.
    { name: "taxonomy", testMatch: /taxonomy\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "taxonomy-mobile", testMatch: /taxonomy\.spec\.ts/, use: { ...devices["Pixel 7"], launchOptions } },
    // View counting is about the server, not the device: it runs once, and its exact-count
    // tests start their own `next start` on E2E_PORT + 1…3 (e2e/helpers/server.ts).
    { name: "views", testMatch: /views\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
    // Ralat & koreksi and the desk's readership (issue 15), desktop and phone in each file, each on a `next start`
    // of its own (E2E_PORT + 23, + 24) on a copy of the e2e database, with real beacons and a 200 ms flush.
    { name: "desk", testMatch: /desk-.*\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
    // "Laporan langsung" (issue 16), desktop and phone in the file, on a `next start` of its own (E2E_PORT + 41)
    // on a copy of the e2e database, with deploy/nginx.conf in front (E2E_PORT + 42) for the freshness check.
    { name: "live", testMatch: /live\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
    // The photo library (issue 16): uploads, edits and deletions on a `next start` of its own (E2E_PORT + 33)
    // with a copy of the e2e database; desktop and the phone at 360 px inside the file.
    { name: "media", testMatch: /media-library\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
    // The main journeys on PostgreSQL: the same build, a `next start` of its own (E2E_PORT + 9) on a
    // throwaway cluster that the spec starts on a loopback port and removes (e2e/helpers/server.ts).
    { name: "postgres", testMatch: /postgres\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
    // Atur Beranda: its saves change the home page, so a `next start` of its own (E2E_PORT + 10) on a copy of the e2e database.
    { name: "admin-beranda", testMatch: /admin\/beranda\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
    // Two instances of the same build on one PostgreSQL and one Redis (E2E_PORT + 25, + 26; redis-server on + 27),
    // all started and removed by the spec (e2e/helpers/shared-instances.ts).
    { name: "redis", testMatch: /redis\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
    // deploy/nginx.conf in front of a `next start` of its own (E2E_PORT + 4), nginx on E2E_PORT + 5.
    { name: "nginx", testMatch: /nginx\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
    // The newsroom's journeys publish stories, so they run after the reader checks, against the same server:
    // first the one-time setup of a fresh install, then everything that needs its accounts.
    {
      name: "admin-setup",
      testMatch: /admin\/setup\.setup\.ts/,
      dependencies: ["desktop", "mobile", "views"],
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
    // One file after another and one test at a time: they edit the same stories and settings, and
    // each test's expectations about cached reader pages assume no other test is saving meanwhile.
    ...[
      { name: "admin", file: /admin\/newsroom\.spec\.ts/, after: "admin-setup" },
      { name: "admin-cache", file: /admin\/caching\.spec\.ts/, after: "admin" },
      { name: "admin-ads", file: /admin\/ads\.spec\.ts/, after: "admin-cache" },
      { name: "admin-headers", file: /admin\/security-headers\.spec\.ts/, after: "admin-ads" },
      { name: "admin-uploads", file: /admin\/uploads\.spec\.ts/, after: "admin-headers" },
      { name: "admin-a11y", file: /admin\/a11y\.spec\.ts/, after: "admin-uploads" },
      { name: "admin-edits", file: /admin\/edits\.spec\.ts/, after: "admin-a11y" },
      { name: "admin-autosave", file: /admin\/autosave\.spec\.ts/, after: "admin-edits" },
      // Replays every mutation with bad Origins and sessions, and locks an account with guesses: last.
      { name: "admin-security", file: /admin\/security\.spec\.ts/, after: "admin-autosave" },
    ].map(({ name, file, after }) => ({
      name,
      testMatch: file,
      dependencies: [after],
      fullyParallel: false,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1180, height: 820 }, launchOptions },
    })),
    // Kills a `next start` of its own (E2E_PORT + 6) in the middle of a stream of writes. Last, on its own:
    // its load next to the views bursts made those reset connections on a busy two-core machine.
    { name: "durability", testMatch: /durability\.spec\.ts/, dependencies: ["admin-security"], use: { ...devices["Desktop Chrome"], launchOptions } },
    // Three `next start` of the same build behind deploy/nginx.conf, on one PostgreSQL, Redis and S3 bucket
    // (s3rver), all on loopback ports E2E_PORT + 13…18 and started by the spec itself (e2e/helpers/cluster.ts).
    // After durability, on its own: its failover test kills a server under load.
    { name: "cluster", testMatch: /cluster\.spec\.ts/, dependencies: ["durability"], use: { ...devices["Desktop Chrome"], launchOptions } },
  ],
  // A production build on a fresh database, as a newsroom would run it.
  webServer: {
    command: `node -e "require('fs').rmSync('${E2E_DATA_DIR}',{recursive:true,force:true})" && npm run build && npm run start`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    env: {
      PORT: String(E2E_PORT),
      DATABASE_PATH: `${E2E_DATA_DIR}/warta.db`,
      MEDIA_DIR: `${E2E_DATA_DIR}/media`,
      SITE_URL: `http://127.0.0.1:${E2E_PORT}`,
    },
  },
});
