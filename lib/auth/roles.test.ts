import { describe, expect, it } from "vitest";
import { allowedStatuses, canDeleteArticle, canEditArticle, hasRole, statusActions } from "./roles";

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

  it("give editors publish or take down, and reporters only the hand-over of a draft", () => {
    const intents = (role: "reporter" | "editor" | "admin", status: "draft" | "review" | "scheduled" | "published") => statusActions(role, status).map((a) => a.intent);
    expect(statusActions("editor", "draft")).toEqual([{ intent: "published", label: "Terbitkan sekarang" }]);
    expect(intents("admin", "review")).toEqual(["published"]);
    expect(statusActions("editor", "published")).toEqual([{ intent: "draft", label: "Tarik dari situs" }]);
    expect(intents("admin", "scheduled")).toEqual(["draft"]);
    expect(statusActions("reporter", "draft")).toEqual([{ intent: "review", label: "Ajukan ke redaktur" }]);
    expect(intents("reporter", "review")).toEqual([]);
  });
});
