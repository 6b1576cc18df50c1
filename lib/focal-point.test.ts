import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { focalCrop, focusAt, focusClass, moveFocus } from "./focal-point";

describe("focusClass", () => {
  it("leaves the middle to the default and names any other point in steps of 5 %", () => {
    expect(focusClass({ focusX: 50, focusY: 50 })).toBe("");
    expect(focusClass({ focusX: 52, focusY: 48 })).toBe("");
    expect(focusClass({})).toBe("");
    expect(focusClass({ focusX: 0, focusY: 100 })).toBe("focal focus-x-0 focus-y-100");
    expect(focusClass({ focusX: 32, focusY: 73 })).toBe("focal focus-x-30 focus-y-75");
  });

  it("names only classes the stylesheet defines", () => {
    const css = readFileSync("app/globals.css", "utf8");
    expect(css).toContain(".focal { object-position: var(--focus-x, 50%) var(--focus-y, 50%); }");
    for (let n = 0; n <= 100; n++) {
      for (const c of focusClass({ focusX: n, focusY: 100 - n }).split(" ").filter(Boolean)) expect(css, c).toContain(`.${c} {`);
    }
  });
});

describe("focalCrop", () => {
  const photo = { width: 1200, height: 675 };
  it("cuts a square from a wide photo at the focal point's side", () => {
    expect(focalCrop(photo, { width: 1, height: 1 }, { x: 0, y: 50 })).toEqual({ left: 0, top: 0, width: 675, height: 675 });
    expect(focalCrop(photo, { width: 1, height: 1 }, { x: 100, y: 50 })).toEqual({ left: 525, top: 0, width: 675, height: 675 });
    expect(focalCrop(photo, { width: 1, height: 1 }, { x: 50, y: 50 })).toEqual({ left: 263, top: 0, width: 675, height: 675 });
  });

  it("cuts the 1200×630 share image from the top or the bottom of a 16:9 photo", () => {
    expect(focalCrop(photo, { width: 1200, height: 630 }, { x: 50, y: 0 })).toEqual({ left: 0, top: 0, width: 1200, height: 630 });
    expect(focalCrop(photo, { width: 1200, height: 630 }, { x: 50, y: 100 })).toEqual({ left: 0, top: 45, width: 1200, height: 630 });
  });

  it("cuts a portrait photo to a wide frame around a low point, never past its edges", () => {
    const crop = focalCrop({ width: 800, height: 1200 }, { width: 1200, height: 630 }, { x: 50, y: 90 });
    expect(crop).toEqual({ left: 0, top: Math.round((1200 - 420) * 0.9), width: 800, height: 420 });
    expect(crop.top + crop.height).toBeLessThanOrEqual(1200);
  });
});

describe("moveFocus", () => {
  it("moves one percent a press, ten with Shift, and stops at the edges", () => {
    expect(moveFocus({ x: 50, y: 50 }, "ArrowRight")).toEqual({ x: 51, y: 50 });
    expect(moveFocus({ x: 50, y: 50 }, "ArrowUp", true)).toEqual({ x: 50, y: 40 });
    expect(moveFocus({ x: 95, y: 3 }, "ArrowRight", true)).toEqual({ x: 100, y: 3 });
    expect(moveFocus({ x: 5, y: 3 }, "ArrowUp", true)).toEqual({ x: 5, y: 0 });
    expect(moveFocus({ x: 40, y: 3 }, "Home")).toEqual({ x: 0, y: 3 });
  });

  it("ignores keys that are not arrows, so Tab and Enter keep working", () => {
    expect(moveFocus({ x: 50, y: 50 }, "Tab")).toBeNull();
    expect(moveFocus({ x: 50, y: 50 }, "Enter")).toBeNull();
  });
});

describe("focusAt", () => {
  it("turns a click on the drawn photo into percent, clamped to the photo", () => {
    expect(focusAt({ left: 10, top: 0, width: 200, height: 100 }, 60, 25)).toEqual({ x: 25, y: 25 });
    expect(focusAt({ left: 10, top: 0, width: 200, height: 100 }, 500, -5)).toEqual({ x: 100, y: 0 });
  });
});
