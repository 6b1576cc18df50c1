import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { disableMainCluster } from "./postgres-apt";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("disableMainCluster", () => {
  it("writes the setting before the package exists, and only once", () => {
    dir = mkdtempSync(join(tmpdir(), "warta-pgconf-"));
    const conf = join(dir, "postgresql-common", "createcluster.conf");
    expect(disableMainCluster(conf)).toBe(true);
    expect(disableMainCluster(conf)).toBe(false);
    expect(readFileSync(conf, "utf8").match(/^create_main_cluster = false$/gm)).toHaveLength(1);
  });

  it("adds to Debian's file, whose default is commented out, and leaves an owner's choice alone", () => {
    dir = mkdtempSync(join(tmpdir(), "warta-pgconf-"));
    const debian = join(dir, "debian.conf");
    writeFileSync(debian, "#create_main_cluster = true\nstart_conf = 'auto'\n");
    expect(disableMainCluster(debian)).toBe(true);
    expect(readFileSync(debian, "utf8")).toContain("start_conf = 'auto'\n\n# Warta");
    const owner = join(dir, "owner.conf");
    writeFileSync(owner, "create_main_cluster = true\n");
    expect(disableMainCluster(owner)).toBe(false);
    expect(readFileSync(owner, "utf8")).toBe("create_main_cluster = true\n");
  });
});
