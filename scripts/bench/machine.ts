// Was the machine quiet while a benchmark ran? A figure from a busy machine is no evidence of a
// limit, so every run records two things:
// - the 1-minute load average before and after. Before the first run it is the machine alone;
//   later it also carries our own earlier runs (it decays over about a minute), so only the
//   first one is judged against a threshold;
// - the CPU time that other processes took during the run, from /proc: /proc/stat's total less
//   what this process and its children (the server, nginx) used. This one is free of our own
//   load, so it judges every run.
import { readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";

/** Thresholds above which a run is reported as measured on a busy machine. */
export const QUIET = {
  /** 1-minute load average per core before the first run. */
  loadPerCore: 0.5,
  /** Cores' worth of CPU other processes may use during a run (0.1 = a tenth of one core). */
  othersCores: 0.1,
};

export type Proc = { ppid: number; name: string; ticks: number };
export type CpuSnapshot = { at: number; busyTicks: number; procs: Map<number, Proc> };
export type Others = { cores: number; top: { name: string; cores: number }[] };
export type MachineDuringRun = { loadBefore: number; loadAfter: number; others: Others | null };

/**
 * Busy clock ticks of all CPUs from /proc/stat: user, nice, system and steal (what the hypervisor
 * gave another guest). Interrupt time is left out: on loopback it is mostly our own traffic, and
 * Linux charges it to no process, so it could not be told apart from someone else's work.
 */
export function busyTicks(procStat: string): number {
  const line = procStat.split("\n").find((l) => l.startsWith("cpu "));
  if (!line) throw new Error("/proc/stat has no cpu line");
  const [user, nice, system, , , , , steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  return user + nice + system + steal;
}

/** pid, parent, command name and CPU ticks (user + system) from /proc/<pid>/stat; null if unreadable. */
export function parsePidStat(text: string): ({ pid: number } & Proc) | null {
  // The name is in parentheses and may itself hold spaces and parentheses: split at the last ")".
  const open = text.indexOf("(");
  const close = text.lastIndexOf(")");
  if (open < 0 || close < open) return null;
  const rest = text.slice(close + 2).split(" ");
  // Fields after the name, counted from 3 (state): ppid is 4, utime 14, stime 15.
  const ppid = Number(rest[1]);
  const ticks = Number(rest[11]) + Number(rest[12]);
  const pid = Number(text.slice(0, open));
  if (![pid, ppid, ticks].every(Number.isFinite)) return null;
  return { pid, ppid, name: text.slice(open + 1, close), ticks };
}

/** Pids of `self` and everything started under it, by the parent links of either snapshot. */
export function ownPids(self: number, ...snapshots: Map<number, Proc>[]): Set<number> {
  const own = new Set([self]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const procs of snapshots) {
      for (const [pid, p] of procs) {
        if (!own.has(pid) && own.has(p.ppid)) {
          own.add(pid);
          grew = true;
        }
      }
    }
  }
  return own;
}

/** CPU ticks used so far by `root` and everything started under it. */
export function treeTicks(root: number, procs: Map<number, Proc>): number {
  let ticks = 0;
  for (const pid of ownPids(root, procs)) ticks += procs.get(pid)?.ticks ?? 0;
  return ticks;
}

/**
 * How many cores' worth of CPU other processes used between two snapshots, and which did most.
 * A process that exited in between is missing from the names but not from the total.
 */
export function othersDuring(a: CpuSnapshot, b: CpuSnapshot, self: number, ticksPerSecond = 100): Others {
  const seconds = (b.at - a.at) / 1000;
  if (seconds <= 0) return { cores: 0, top: [] };
  const own = ownPids(self, a.procs, b.procs);
  const used = (pid: number, p: Proc) => Math.max(0, p.ticks - (a.procs.get(pid)?.ticks ?? 0));
  let ownTicks = 0;
  const byName = new Map<string, number>();
  for (const [pid, p] of b.procs) {
    if (own.has(pid)) ownTicks += used(pid, p);
    else byName.set(p.name, (byName.get(p.name) ?? 0) + used(pid, p));
  }
  const cores = (t: number) => t / ticksPerSecond / seconds;
  const top = [...byName]
    .map(([name, t]) => ({ name, cores: cores(t) }))
    .filter((x) => x.cores >= 0.02)
    .sort((x, y) => y.cores - x.cores)
    .slice(0, 3);
  return { cores: Math.max(0, cores(b.busyTicks - a.busyTicks - ownTicks)), top };
}

/** Why a run's figures may not be evidence, in words; empty when the machine was quiet. */
export function busyReasons(m: { loadBefore?: number; cores: number; others?: Others | null }): string[] {
  const reasons: string[] = [];
  if (m.loadBefore !== undefined && m.loadBefore / m.cores > QUIET.loadPerCore) {
    reasons.push(
      `load average ${m.loadBefore.toFixed(2)} before the first run: ${(m.loadBefore / m.cores).toFixed(2)} per core, above ${QUIET.loadPerCore}`,
    );
  }
  if (m.others && m.others.cores > QUIET.othersCores) {
    const who = m.others.top.map((p) => `${p.name} ${p.cores.toFixed(2)}`).join(", ");
    reasons.push(`other processes used ${m.others.cores.toFixed(2)} of a core during the run${who ? ` (${who})` : ""}`);
  }
  return reasons;
}

/** A snapshot of this machine's CPU use, or null where there is no /proc (not Linux). */
export function snapshot(): CpuSnapshot | null {
  try {
    const procs = new Map<number, Proc>();
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let text: string;
      try {
        text = readFileSync(`/proc/${entry}/stat`, "utf8");
      } catch {
        continue; // exited while we looked
      }
      const p = parsePidStat(text);
      if (p) procs.set(p.pid, { ppid: p.ppid, name: p.name, ticks: p.ticks });
    }
    return { at: Date.now(), busyTicks: busyTicks(readFileSync("/proc/stat", "utf8")), procs };
  } catch {
    return null;
  }
}

/** The machine's CPUs; not availableParallelism(), which counts only those this process may use (one, when pinned). */
export const cores = () => cpus().length;

/** Runs `fn` and reports what the rest of the machine did meanwhile. */
export async function watched<T>(fn: () => Promise<T>): Promise<{ result: T; machine: MachineDuringRun }> {
  const loadBefore = loadavg()[0];
  const a = snapshot();
  const result = await fn();
  const b = snapshot();
  return { result, machine: { loadBefore, loadAfter: loadavg()[0], others: a && b ? othersDuring(a, b, process.pid) : null } };
}
