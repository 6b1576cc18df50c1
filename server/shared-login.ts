import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { LoginBucket } from "@/lib/auth/login-guard";
import { type FailureCounter, FailureLimiter, type FailureMark, type FailureTry } from "@/lib/auth/rate-limit";
import { type RedisLink, sharedRedis } from "@/lib/redis/client.mjs";

// The login guard's buckets in Redis, so that five wrong guesses spread over three instances lock the
// account as five on one would (docs/security.md). A bucket is a sorted set of failure times per key,
// `warta:login:<bucket>:<sha256 of the key>` (no address or email in Redis), trimmed to the window and
// gone once the window has passed. While Redis is down each instance counts in its own memory, as one
// server does: the limit then holds per instance until Redis is back.

// KEYS[1] the bucket's set. ARGV: now, window (ms), max failures, a member for this failure.
// Answers {1, wait} when at the limit (nothing counted), or {0} once counted.
const TRY_FAILURE = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local max = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
if count >= max then
  local oldest = redis.call('ZRANGE', KEYS[1], count - max, count - max, 'WITHSCORES')
  return {1, tonumber(oldest[2]) + window - now}
end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
return {0}
`;

export class RedisFailureCounter implements FailureCounter {
  private readonly local: FailureLimiter;

  constructor(
    private readonly link: RedisLink,
    private readonly bucket: LoginBucket,
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.local = new FailureLimiter(maxFailures, windowMs, now);
  }

  private key(key: string): string {
    return `warta:login:${this.bucket}:${createHash("sha256").update(key).digest("base64url")}`;
  }

  async tryFailure(key: string): Promise<FailureTry> {
    const member = randomUUID();
    try {
      const [locked, wait] = (await this.link.client.eval(TRY_FAILURE, {
        keys: [this.key(key)],
        arguments: [String(this.now()), String(this.windowMs), String(this.maxFailures), member],
      })) as [number, number?];
      return locked === 1 ? { locked: true, retryAfterMs: Math.max(1, Number(wait)) } : { locked: false, mark: member };
    } catch {
      return this.local.tryFailure(key);
    }
  }

  async forget(key: string, mark: FailureMark): Promise<void> {
    if (typeof mark === "number") return this.local.forget(key, mark);
    await this.link.client.zRem(this.key(key), mark).catch(() => undefined);
  }

  async reset(key: string): Promise<void> {
    this.local.reset(key);
    await this.link.client.del(this.key(key)).catch(() => undefined);
  }
}

/** The counter factory for LoginGuard: shared through Redis with REDIS_URL, else undefined (the guard's in-memory default). */
export function sharedLoginCounters(): ((bucket: LoginBucket, maxFailures: number, windowMs: number) => FailureCounter) | undefined {
  const link = sharedRedis();
  if (!link) return undefined;
  return (bucket, max, windowMs) => new RedisFailureCounter(link, bucket, max, windowMs);
}
