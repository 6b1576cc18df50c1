import { describe, expect, it } from "vitest";
import { FailureLimiter } from "./rate-limit";

describe("FailureLimiter", () => {
  it("blocks after the maximum failures until the oldest leaves the window", () => {
    let now = 1_000_000;
    const limiter = new FailureLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfterMs("a")).toBe(0);
      limiter.recordFailure("a");
      now += 1000;
    }
    expect(limiter.retryAfterMs("a")).toBe(57_000);
    expect(limiter.retryAfterMs("b")).toBe(0);
    now += 57_000;
    expect(limiter.retryAfterMs("a")).toBe(0);
  });

  it("takes back one failure with forget, and forgets a key on reset", () => {
    let now = 0;
    const limiter = new FailureLimiter(2, 60_000, () => now);
    limiter.recordFailure("a");
    now = 5;
    const second = limiter.recordFailure("a");
    expect(limiter.retryAfterMs("a")).toBeGreaterThan(0);
    limiter.forget("a", second);
    expect(limiter.retryAfterMs("a")).toBe(0);
    limiter.forget("a", 12_345);
    limiter.recordFailure("a");
    expect(limiter.retryAfterMs("a")).toBeGreaterThan(0);
    limiter.reset("a");
    expect(limiter.retryAfterMs("a")).toBe(0);
  });
});
