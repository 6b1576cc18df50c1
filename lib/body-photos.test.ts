import { describe, expect, it } from "vitest";
import { photoIdsIn } from "./body-photos";

describe("photoIdsIn", () => {
  it("finds figures and gallery photos once each, in order", () => {
    const html = '<p>a</p><figure data-photo="7"></figure><div data-gallery=""><figure data-photo="2"></figure><figure data-photo="7"></figure></div>';
    expect(photoIdsIn(html)).toEqual([7, 2]);
  });
  it("ignores text that only looks like a reference", () => {
    expect(photoIdsIn('<p>data-photo="5"</p><figure data-photo="x"></figure>')).toEqual([]);
  });
});
