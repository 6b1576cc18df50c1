// The benchmark's tables. An absolute req/s or p99 depends on the machine and on whatever else
// it was doing; a ratio to a floor measured in the same run does much less. The floor is
// /icon.svg: a file from the build, with no rendering and no database, so no page can beat it.

export type Figures = { rps: number; p50: number; p99: number; non2xx: number };

/** A page's rate and p99 as multiples of the floor's (rate 0.9 = 90 % of the floor's req/s; p99 1.5 = 1.5 × its p99). */
export type FloorRatio = { rps: number; p99: number };

export function toFloor(f: Figures, floor: Figures): FloorRatio {
  return { rps: floor.rps > 0 ? f.rps / floor.rps : NaN, p99: floor.p99 > 0 ? f.p99 / floor.p99 : NaN };
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const ratio = (n: number | undefined, digits = 2) => (n === undefined || !Number.isFinite(n) ? "—" : n.toFixed(digits));

export const TABLE_HEAD = `${"".padEnd(10)} ${"req/s".padStart(7)} ${"×floor".padStart(7)} ${"×ceil".padStart(6)} ${"p50".padStart(5)} ${"p99".padStart(5)} ${"p99÷floor".padStart(9)} ${"non-2xx".padStart(7)}`;

/**
 * One line per page: its req/s, that as a multiple of the floor's and of the ceiling's, p50 and
 * p99 in ms, p99 as a multiple of the floor's p99, and the failed answers. A page not measured is a dash.
 */
export function tableLines(rows: { name: string; figures?: Figures }[], refs: { floor?: Figures; ceiling?: Figures }): string[] {
  return rows.map(({ name, figures: f }) => {
    if (!f) return `${name.padEnd(10)} ${"—".padStart(7)}`;
    const toF = refs.floor ? toFloor(f, refs.floor) : undefined;
    const ceil = refs.ceiling && refs.ceiling.rps > 0 ? f.rps / refs.ceiling.rps : undefined;
    return [
      name.padEnd(10),
      fmt(f.rps).padStart(7),
      ratio(toF?.rps).padStart(7),
      ratio(ceil, 3).padStart(6),
      String(f.p50).padStart(5),
      String(f.p99).padStart(5),
      ratio(toF?.p99).padStart(9),
      String(f.non2xx).padStart(7),
    ].join(" ");
  });
}
