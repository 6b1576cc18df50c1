import { describe, expect, it } from "vitest";
import { allowedStatuses, canDeleteArticle, canEditArticle, hasRole } from "./roles";

describe("roles", () => {
  it("rank reporter < editor < admin", () => {
    expect(hasRole("reporter", "editor")).toBe(false);
    expect(hasRole("editor", "editor")).toBe(true);
    expect(hasRole("admin", "editor")).toBe(true);
    expect(hasRole("editor", "admin")).toBe(false);
  });

  it("let only editors publish and schedule", () => {
    expect(allowedStatuses("reporter")).toEqual(["draft", "review"]);
    expect(allowedStatuses("editor")).toContain("published");
    expect(allowedStatuses("admin")).toContain("scheduled");
  });

  it("let reporters edit only their own unpublished stories", () => {
    const reporter = { id: 7, role: "reporter" as const };
    expect(canEditArticle(reporter, { createdById: 7, reporterId: null, status: "draft" })).toBe(true);
    expect(canEditArticle(reporter, { createdById: 1, reporterId: 7, status: "review" })).toBe(true);
    expect(canEditArticle(reporter, { createdById: 7, reporterId: 7, status: "published" })).toBe(false);
    expect(canEditArticle(reporter, { createdById: 1, reporterId: 2, status: "draft" })).toBe(false);
    expect(canEditArticle({ id: 1, role: "editor" }, { createdById: 9, reporterId: 9, status: "published" })).toBe(true);
  });

  it("reserve deleting for admins", () => {
    expect(canDeleteArticle("admin")).toBe(true);
    expect(canDeleteArticle("editor")).toBe(false);
  });
});
