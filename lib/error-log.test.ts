import { describe, expect, it } from "vitest";
import { formatErrorLog, logPath } from "./error-log";

const NOW = new Date("2026-11-28T01:00:00Z");
const context = { routePath: "/berita/[id]/[[...slug]]", routeType: "render", renderSource: "react-server-components", revalidateReason: undefined };

describe("logPath", () => {
  it("drops the query and the fragment", () => {
    expect(logPath("/cari?q=nama+saya&halaman=2")).toBe("/cari");
    expect(logPath("/berita/abc#komentar")).toBe("/berita/abc");
    expect(logPath("/kanal/nasional")).toBe("/kanal/nasional");
  });
});

describe("formatErrorLog", () => {
  it("writes one JSON line with the request, the route, the digest and the first stack frames", () => {
    const err = Object.assign(new Error("no such table: article_related"), { digest: "2718281828" });
    err.stack = ["Error: no such table: article_related", ...Array.from({ length: 10 }, (_, i) => `    at frame${i} (file.js:${i}:1)`)].join("\n");
    const line = formatErrorLog(err, { path: "/berita/abcd1234/judul?token=rahasia", method: "GET" }, context, NOW);

    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      time: "2026-11-28T01:00:00.000Z",
      level: "error",
      message: "Error: no such table: article_related",
      digest: "2718281828",
      method: "GET",
      path: "/berita/abcd1234/judul",
      route: "/berita/[id]/[[...slug]]",
      routeType: "render",
      renderSource: "react-server-components",
      stack: ["at frame0 (file.js:0:1)", "at frame1 (file.js:1:1)", "at frame2 (file.js:2:1)", "at frame3 (file.js:3:1)", "at frame4 (file.js:4:1)", "at frame5 (file.js:5:1)"],
    });
    expect(line).not.toContain("rahasia");
  });

  it("keeps a multi-line message on one line", () => {
    const line = formatErrorLog(new TypeError("baris satu\nbaris dua"), { path: "/", method: "GET" }, context, NOW);
    expect(line.split("\n")).toHaveLength(1);
    expect(JSON.parse(line).message).toBe("TypeError: baris satu\nbaris dua");
  });

  it("logs something thrown that is not an Error, without a digest or stack", () => {
    const entry = JSON.parse(formatErrorLog("gagal", { path: "/api/views?id=x", method: "POST" }, { routePath: "/api/views", routeType: "route" }, NOW));
    expect(entry).toEqual({ time: "2026-11-28T01:00:00.000Z", level: "error", message: "gagal", method: "POST", path: "/api/views", route: "/api/views", routeType: "route" });
  });

  it("caps a huge message", () => {
    const entry = JSON.parse(formatErrorLog(new Error("x".repeat(10_000)), { path: "/", method: "GET" }, context, NOW));
    expect(entry.message.length).toBe(500);
  });
});
