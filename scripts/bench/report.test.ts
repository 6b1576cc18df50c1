import { describe, expect, it } from "vitest";
import { TABLE_HEAD, tableLines, toFloor } from "./report";

const floor = { rps: 1250, p50: 24, p99: 45, non2xx: 0 };

describe("toFloor", () => {
  it("gives rate and p99 as multiples of the floor measured in the same run", () => {
    expect(toFloor({ rps: 1000, p50: 30, p99: 90, non2xx: 0 }, floor)).toEqual({ rps: 0.8, p99: 2 });
  });

  it("gives NaN rather than Infinity against a floor that measured nothing", () => {
    const r = toFloor({ rps: 1000, p50: 30, p99: 90, non2xx: 0 }, { rps: 0, p50: 0, p99: 0, non2xx: 3 });
    expect(r.rps).toBeNaN();
    expect(r.p99).toBeNaN();
  });
});

describe("tableLines", () => {
  it("puts the ratios next to the absolute figures, under the head's columns", () => {
    const [article, missing] = tableLines(
      [
        { name: "article", figures: { rps: 1290.4, p50: 23, p99: 53, non2xx: 0 } },
        { name: "kanal", figures: undefined },
      ],
      { floor, ceiling: { rps: 12_904, p50: 2, p99: 5, non2xx: 0 } },
    );
    expect(article).toBe("article      1,290    1.03  0.100    23    53      1.18       0");
    expect(article.length).toBe(TABLE_HEAD.length);
    expect(missing).toBe("kanal            —");
  });

  it("leaves a ratio out when there is nothing to divide by", () => {
    const [line] = tableLines([{ name: "static", figures: floor }], {});
    expect(line).toBe("static       1,250       —      —    24    45         —       0");
  });
});
