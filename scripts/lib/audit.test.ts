import { describe, expect, it } from "vitest";
import { readAuditReport } from "./audit";

const report = (vulnerabilities: Record<string, { severity: string; range?: string }>, counts: Record<string, number>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } } });

describe("readAuditReport", () => {
  it("passes a report without high or critical findings", () => {
    expect(readAuditReport(report({ x: { severity: "moderate" } }, { moderate: 1 }))).toMatchObject({ kind: "clean" });
  });

  it("names high and critical findings", () => {
    const out = readAuditReport(report({ x: { severity: "high", range: "<1.2.3" }, y: { severity: "low" }, z: { severity: "critical" } }, { high: 1, critical: 1, low: 1 }));
    expect(out).toMatchObject({ kind: "vulnerable", findings: ["x (high, <1.2.3)", "z (critical)"] });
  });

  it("treats an endpoint error, or anything unreadable, as no answer: never as clean", () => {
    // What npm 11 prints when the registry refuses the bulk advisory request.
    const refused = JSON.stringify({ message: "405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk", statusCode: 405, error: { summary: "", detail: "" } });
    expect(readAuditReport(refused)).toEqual({ kind: "unreachable", reason: "405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk" });
    expect(readAuditReport("")).toMatchObject({ kind: "unreachable" });
    expect(readAuditReport("{}")).toMatchObject({ kind: "unreachable" });
  });
});
