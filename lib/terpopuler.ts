const HOUR = 60 * 60 * 1000;

export const TERPOPULER_MAX_SIZE = 10;

/**
 * The two ranking windows, as bucket starts. Views are kept per hour, so "the last 24
 * hours" is the current hour and the 23 before it, and "the last 7 days" the current
 * hour and the 167 before it.
 * @example terpopulerWindows(new Date("2026-11-28T10:30:00Z")).daySince // Date.parse("2026-11-27T11:00:00Z")
 */
export function terpopulerWindows(now: Date): { daySince: number; weekSince: number } {
  const hour = Math.floor(now.getTime() / HOUR) * HOUR;
  return { daySince: hour - 23 * HOUR, weekSince: hour - (7 * 24 - 1) * HOUR };
}

/** @example terpopulerSize(25) // 10 */
export function terpopulerSize(requested: number): number {
  return Math.min(Math.max(Math.trunc(requested) || 1, 1), TERPOPULER_MAX_SIZE);
}

/** One ranking per size and set of kanal, whatever order the kanal ids come in. */
export function terpopulerKey(size: number, kanalIds?: number[]): string {
  return `${size}|${kanalIds ? [...kanalIds].sort((a, b) => a - b).join(",") : "*"}`;
}
