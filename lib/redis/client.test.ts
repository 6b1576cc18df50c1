import { describe, expect, it } from "vitest";
import { RECONNECT_MAX_MS, reconnectDelay } from "./client.mjs";

describe("reconnectDelay", () => {
  it("doubles from 50 ms and never waits more than RECONNECT_MAX_MS, however long Redis stays away", () => {
    expect([0, 1, 2, 3].map(reconnectDelay)).toEqual([50, 100, 200, 400]);
    expect(reconnectDelay(6)).toBe(RECONNECT_MAX_MS);
    expect(reconnectDelay(10_000)).toBe(RECONNECT_MAX_MS);
  });
});
