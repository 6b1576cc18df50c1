/**
 * The visitor's address as the proxy in front reports it. `next start` sets
 * X-Forwarded-For itself; behind nginx, the proxy must set it (docs/operations.md, "Behind nginx").
 * @example clientIp(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" })) // "203.0.113.7"
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
