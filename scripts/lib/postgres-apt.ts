import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";

export const CREATECLUSTER_CONF = "/etc/postgresql-common/createcluster.conf";

/**
 * Tells Debian's postgresql package not to create (and start) the system cluster on port 5432
 * when it is installed: Warta's tests start throwaway clusters of their own. Must run before
 * apt-get, which then needs `--force-confold` to keep this file. A setting already there,
 * either way, is the machine owner's and stays. Returns whether it wrote anything.
 */
export function disableMainCluster(conf = CREATECLUSTER_CONF): boolean {
  mkdirSync(dirname(conf), { recursive: true });
  if (existsSync(conf) && /^\s*create_main_cluster\s*=/m.test(readFileSync(conf, "utf8"))) return false;
  appendFileSync(conf, "\n# Warta: no system cluster; the tests start their own.\ncreate_main_cluster = false\n");
  return true;
}
