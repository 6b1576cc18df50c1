import { describe, expect, it } from "vitest";
import { focalCrop, focusAt, moveFocus, objectPosition } from "./focal-point";

describe("objectPosition", () => {
  it("leaves the middle to the stylesheet's default and writes any other point in percent", () => {
    expect(objectPosition({ focusX: 50, focusY: 50 })).toBeUndefined();
    expect(objectPosition({})).toBeUndefined();
    expect(objectPosition({ focusX: 0, focusY: 100 })).toBe("0% 100%");
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
