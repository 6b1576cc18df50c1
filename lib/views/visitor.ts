import { createHash, randomBytes } from "node:crypto";
import { wibParts } from "@/lib/wib";
import type { HeaderReader } from "./filter";

/**
 * The reader's address. `next start` fills X-Forwarded-For with the socket address when
 * the request has none; behind a reverse proxy the proxy must set it (overwrite, not
 * append) so that the first entry is the reader and not something the client typed.
 * @example clientIp(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.2" })) // "203.0.113.7"
 */
export function clientIp(headers: HeaderReader): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "";
}

/**
 * A visitor's pseudonym: sha256 of the day's salt, address and User-Agent, cut to
 * 128 bits. Without the salt it cannot be turned back into an address, and once the
 * salt is gone (the next day) not even Warta can link it to the same reader again.
 * @example visitorId("garam", "203.0.113.7", "Mozilla/5.0").length // 22
 */
export function visitorId(salt: string, ip: string, userAgent: string): string {
  return createHash("sha256").update(`${salt}\n${ip}\n${userAgent}`).digest().subarray(0, 16).toString("base64url");
}

/** @example wibDay(new Date("2026-11-27T17:30:00Z")) // "2026-11-28" (already past midnight in Jakarta) */
export function wibDay(date: Date): string {
  const p = wibParts(date);
  return `${p.year}-${String(p.month + 1).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/**
 * A random salt per WIB day, kept only in memory. For a short while after midnight the
 * previous salt is still offered, so that a reader straddling midnight is not counted
 * twice inside one dedupe window.
 */
export class DailySalt {
  private day = "";
  private current = "";
  private previous: string | null = null;
  private rotatedAt = 0;

  constructor(
    private readonly overlapMs: number,
    private readonly makeSalt: () => string = () => randomBytes(32).toString("base64url"),
  ) {}

  /** The salts to recognise a visitor by at `now`: today's first. */
  saltsAt(now: Date): string[] {
    const day = wibDay(now);
    if (day !== this.day) {
      this.previous = this.day ? this.current : null;
      this.current = this.makeSalt();
      this.day = day;
      this.rotatedAt = now.getTime();
    }
    const overlapping = this.previous !== null && now.getTime() - this.rotatedAt < this.overlapMs;
    return overlapping ? [this.current, this.previous!] : [this.current];
  }
}
