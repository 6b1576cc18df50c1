import { describe, expect, it } from "vitest";
import { busyReasons, busyTicks, type CpuSnapshot, othersDuring, ownPids, parsePidStat, type Proc, treeTicks } from "./machine";

describe("busyTicks", () => {
  it("adds user, nice, system and steal of the all-CPU line, not idle, iowait or interrupts", () => {
    const stat = "cpu  100 20 30 9000 50 7 9 4 0 0\ncpu0 50 10 15 4500 25 3 4 2 0 0\nintr 1 2 3\n";
    expect(busyTicks(stat)).toBe(100 + 20 + 30 + 4);
  });

  it("fails on text that is not /proc/stat", () => {
    expect(() => busyTicks("intr 1 2 3\n")).toThrow(/cpu line/);
  });
});

describe("parsePidStat", () => {
  it("reads parent and CPU ticks after a name holding spaces and parentheses", () => {
    const text = "4242 (next-server (v1) x) S 4200 4242 4200 0 -1 4194560 10 0 0 0 1500 250 0 0 20 0 11 0 6000 0 0";
    expect(parsePidStat(text)).toEqual({ pid: 4242, ppid: 4200, name: "next-server (v1) x", ticks: 1750 });
  });

  it("gives null for text it cannot read", () => {
    expect(parsePidStat("garbage")).toBeNull();
  });
});

const procs = (entries: [number, Proc][]) => new Map(entries);

describe("ownPids", () => {
  it("follows parent links down from the benchmark, across both snapshots", () => {
    const a = procs([
      [10, { ppid: 1, name: "node", ticks: 0 }],
      [11, { ppid: 10, name: "next-server", ticks: 0 }],
      [20, { ppid: 1, name: "other", ticks: 0 }],
    ]);
    // nginx's worker started during the run: known only from the second snapshot.
    const b = procs([...a, [12, { ppid: 10, name: "nginx", ticks: 0 }], [13, { ppid: 12, name: "nginx", ticks: 0 }]]);
    expect([...ownPids(10, a, b)].sort()).toEqual([10, 11, 12, 13]);
  });
});

describe("treeTicks", () => {
  it("adds the CPU of a server and of the processes it started, not of its parent", () => {
    const p = procs([
      [10, { ppid: 1, name: "node", ticks: 900 }],
      [11, { ppid: 10, name: "next-server", ticks: 500 }],
      [12, { ppid: 11, name: "worker", ticks: 70 }],
    ]);
    expect(treeTicks(11, p)).toBe(570);
  });
});

describe("othersDuring", () => {
  const before: CpuSnapshot = {
    at: 0,
    busyTicks: 1000,
    procs: procs([
      [10, { ppid: 1, name: "node", ticks: 100 }],
      [11, { ppid: 10, name: "next-server", ticks: 500 }],
      [30, { ppid: 1, name: "tsc", ticks: 40 }],
    ]),
  };

  it("subtracts our own processes from the machine's busy time and names the rest", () => {
    const after: CpuSnapshot = {
      at: 10_000,
      // 10 s on two fully busy CPUs = 2,000 ticks.
      busyTicks: 3000,
      procs: procs([
        [10, { ppid: 1, name: "node", ticks: 1000 }], // +900
        [11, { ppid: 10, name: "next-server", ticks: 1300 }], // +800
        [30, { ppid: 1, name: "tsc", ticks: 240 }], // +200
        [31, { ppid: 1, name: "esbuild", ticks: 50 }], // started during the run
      ]),
    };
    const o = othersDuring(before, after, 10);
    // 2,000 busy ticks - 1,700 of ours = 300 ticks in 10 s = 0.3 of a core.
    expect(o.cores).toBeCloseTo(0.3);
    expect(o.top).toEqual([
      { name: "tsc", cores: 0.2 },
      { name: "esbuild", cores: 0.05 },
    ]);
  });

  it("finds nothing on a machine that did only our work", () => {
    const after: CpuSnapshot = {
      at: 5000,
      busyTicks: 1900,
      procs: procs([
        [10, { ppid: 1, name: "node", ticks: 500 }],
        [11, { ppid: 10, name: "next-server", ticks: 1000 }],
        [30, { ppid: 1, name: "tsc", ticks: 40 }],
      ]),
    };
    expect(othersDuring(before, after, 10)).toEqual({ cores: 0, top: [] });
  });
});

describe("busyReasons", () => {
  it("is empty on a quiet machine", () => {
    expect(busyReasons({ loadBefore: 0.6, cores: 2, others: { cores: 0.05, top: [] } })).toEqual([]);
  });

  it("names a high load before the first run and other processes' CPU during a run", () => {
    const reasons = busyReasons({ loadBefore: 1.5, cores: 2, others: { cores: 0.8, top: [{ name: "next-server", cores: 0.7 }] } });
    expect(reasons).toEqual([
      "load average 1.50 before the first run: 0.75 per core, above 0.5",
      "other processes used 0.80 of a core during the run (next-server 0.70)",
    ]);
  });

  it("judges a later run by other processes' CPU alone: its load average carries our own earlier runs", () => {
    expect(busyReasons({ cores: 2, others: { cores: 0.02, top: [] } })).toEqual([]);
  });
});
