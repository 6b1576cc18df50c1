import { describe, expect, it } from "vitest";
import { z } from "./zod";

describe("zod", () => {
  it("never compiles a schema with new Function (the pages' CSP forbids eval)", () => {
    expect(z.config().jitless).toBe(true);
    expect(z.object({ a: z.string() }).parse({ a: "ok" })).toEqual({ a: "ok" });
  });
});
