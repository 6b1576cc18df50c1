export type AuditOutcome =
  | { kind: "clean"; counts: Record<string, number> }
  | { kind: "vulnerable"; counts: Record<string, number>; findings: string[] }
  | { kind: "unreachable"; reason: string };

const SERIOUS = new Set(["high", "critical"]);

type Report = {
  auditReportVersion?: number;
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; range?: string; via?: unknown[] }>;
  message?: string;
  statusCode?: number;
  error?: { code?: string; summary?: string };
};

/**
 * Reads `npm audit --json`: clean, high or critical findings, or no answer from the advisory
 * endpoint. An answer it cannot read counts as no answer, so an audit never passes unread.
 * @example readAuditReport('{"auditReportVersion":2,"vulnerabilities":{},"metadata":{"vulnerabilities":{"high":0,"critical":0}}}') // { kind: "clean", … }
 */
export function readAuditReport(json: string): AuditOutcome {
  let report: Report;
  try {
    report = JSON.parse(json) as Report;
  } catch {
    return { kind: "unreachable", reason: `npm audit printed no JSON: ${json.slice(0, 200)}` };
  }
  const counts = report.metadata?.vulnerabilities;
  if (report.auditReportVersion !== 2 || !counts || !report.vulnerabilities) {
    const why = report.message ?? report.error?.summary ?? report.error?.code ?? "an answer without a report";
    return { kind: "unreachable", reason: why };
  }
  const findings = Object.entries(report.vulnerabilities)
    .filter(([, v]) => SERIOUS.has(v.severity))
    .map(([name, v]) => `${name} (${v.severity}${v.range ? `, ${v.range}` : ""})`);
  return findings.length || (counts.high ?? 0) + (counts.critical ?? 0) > 0 ? { kind: "vulnerable", counts, findings } : { kind: "clean", counts };
}
