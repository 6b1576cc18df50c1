import { describe, expect, it } from "vitest";
import { TtlMemo } from "./ttl-memo";

const T0 = new Date("2026-11-28T01:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describe("TtlMemo", () => {
  it("reuses a value for less than its maximum age, with the time it was computed", () => {
    const memo = new TtlMemo<number>(60_000);
    let calls = 0;
    const compute = () => ++calls;
    expect(memo.get("k", T0, compute)).toEqual({ value: 1, computedAt: T0 });
    expect(memo.get("k", at(59_999), compute)).toEqual({ value: 1, computedAt: T0 });
    expect(memo.get("k", at(60_000), compute)).toEqual({ value: 2, computedAt: at(60_000) });
  });

  it("keeps keys apart", () => {
    const memo = new TtlMemo<string>(60_000);
    memo.get("a", T0, () => "A");
    expect(memo.get("b", T0, () => "B").value).toBe("B");
    expect(memo.get("a", T0, () => "x").value).toBe("A");
  });

  it("recomputes for an earlier moment, after clear, and always when the age is 0", () => {
    const memo = new TtlMemo<string>(60_000);
    memo.get("k", at(10_000), () => "later");
    expect(memo.get("k", T0, () => "earlier").value).toBe("earlier");
    memo.clear();
    expect(memo.get("k", T0, () => "fresh").value).toBe("fresh");
    const never = new TtlMemo<string>(0);
    never.get("k", T0, () => "a");
    expect(never.get("k", T0, () => "b").value).toBe("b");
  });

  it("forgets one key on delete and keeps the others", () => {
    const memo = new TtlMemo<string>(60_000);
    memo.get("a", T0, () => "A");
    memo.get("b", T0, () => "B");
    memo.delete("a");
    expect(memo.get("a", T0, () => "A2").value).toBe("A2");
    expect(memo.get("b", T0, () => "x").value).toBe("B");
  });
});
