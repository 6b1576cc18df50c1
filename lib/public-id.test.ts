import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generatePublicId, isPublicId } from "./public-id";

describe("public ids", () => {
  it("are 8 characters of the alphabet", () => {
    for (let i = 0; i < 200; i++) {
      const id = generatePublicId((n) => randomBytes(n));
      expect(isPublicId(id), id).toBe(true);
    }
  });

  it("follow the bytes they are given", () => {
    expect(generatePublicId(() => new Uint8Array([0, 1, 2, 3, 31, 32, 33, 255]))).toBe("0123z01z");
  });

  it("reject look-alikes, wrong lengths and upper case", () => {
    for (const bad of ["0123456", "012345678", "0123456i", "0123456O", "ABCDEFGH", "../etc/p"]) {
      expect(isPublicId(bad), bad).toBe(false);
    }
  });
});
