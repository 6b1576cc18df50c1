import { describe, expect, it } from "vitest";
import { fieldErrors, recordIdFrom } from "./form-state";

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

describe("recordIdFrom", () => {
  it("reads a positive id, null for an empty or missing field, undefined for anything else", () => {
    expect(recordIdFrom(new URLSearchParams("id=12"))).toBe(12);
    expect(recordIdFrom(new URLSearchParams("id="))).toBeNull();
    expect(recordIdFrom(new URLSearchParams(""))).toBeNull();
    for (const bad of ["0", "-3", "1.5", "abc", "12abc", "99999999999999999"]) expect(recordIdFrom(new URLSearchParams({ id: bad })), bad).toBeUndefined();
    const withFile = new FormData();
    withFile.set("id", new Blob(["1"]));
    expect(recordIdFrom(withFile)).toBeUndefined();
  });
});
