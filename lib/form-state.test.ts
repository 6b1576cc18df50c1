import { describe, expect, it } from "vitest";
import { fieldErrors } from "./form-state";

describe("fieldErrors", () => {
  it("keeps the first message per field and files pathless issues under form", () => {
    expect(
      fieldErrors([
        { path: ["judul"], message: "a" },
        { path: ["judul"], message: "b" },
        { path: [], message: "c" },
      ]),
    ).toEqual({ judul: "a", form: "c" });
  });
});
