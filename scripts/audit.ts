// `npm run audit`: the production dependencies must have no high or critical advisory. When the
// advisory endpoint gives no answer the audit has not happened, and this says so and fails,
// unless AUDIT_UNREACHABLE=warn, which turns that one case into a loud warning (see .ci/run).
import { spawnSync } from "node:child_process";
import { readAuditReport } from "./lib/audit";

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", timeout: 120_000 });
const outcome = readAuditReport(run.stdout ?? "");

if (outcome.kind === "clean") {
  const c = outcome.counts;
  console.log(`npm audit (production dependencies): 0 high, 0 critical; ${c.moderate ?? 0} moderate, ${c.low ?? 0} low.`);
  process.exit(0);
}
if (outcome.kind === "vulnerable") {
  console.error(`npm audit (production dependencies): ${outcome.counts.high ?? 0} high, ${outcome.counts.critical ?? 0} critical:`);
  for (const f of outcome.findings) console.error(`  ${f}`);
  console.error("Update within Node-20-compatible versions (`npm audit fix --omit=dev`, or a newer minor), then run this again.");
  process.exit(1);
}
const banner = "=".repeat(78);
console.error(`${banner}\nNPM AUDIT NOT RUN: the advisory endpoint gave no answer (${outcome.reason}).\nThe production dependencies have NOT been checked for advisories.\n${banner}`);
process.exit(process.env.AUDIT_UNREACHABLE === "warn" ? 0 : 2);
