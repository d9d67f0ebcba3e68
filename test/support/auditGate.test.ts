// The CI gate on npm audit's JSON: high and critical findings fail, an unreachable or refusing audit endpoint
// skips with its reason, and anything unreadable fails (a broken audit is never taken for a clean one).
import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { auditVerdict } = require("./auditGate.cjs") as {
  auditVerdict(text: string): { outcome: "pass" | "fail" | "skipped"; message: string };
};

const counts = (levels: Partial<Record<"info" | "low" | "moderate" | "high" | "critical", number>>) => {
  const all = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...levels };
  return { ...all, total: Object.values(all).reduce((a, b) => a + b, 0) };
};

/** An npm 7+ report (auditReportVersion 2) with one vulnerable package per entry. */
function report(packages: { name: string; severity: string; title?: string }[]): string {
  const levels: Record<string, number> = {};
  for (const p of packages) levels[p.severity] = (levels[p.severity] ?? 0) + 1;
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(
      packages.map((p) => [
        p.name,
        {
          name: p.name,
          severity: p.severity,
          isDirect: false,
          via: p.title
            ? [{ name: p.name, title: p.title, severity: p.severity, url: "https://example.invalid/a" }]
            : ["other"],
          effects: [],
          range: "<2.0.0",
          nodes: [`node_modules/${p.name}`],
          fixAvailable: true,
        },
      ]),
    ),
    metadata: { vulnerabilities: counts(levels), dependencies: { prod: 120, dev: 900, total: 1020 } },
  });
}

/** What this project's registry answers: it refuses the bulk advisory endpoint. */
const REFUSED = JSON.stringify({
  message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
  method: "POST",
  uri: "https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
  statusCode: 405,
  body: "",
  error: { summary: "", detail: "" },
});

/** What npm prints with no network. */
const OFFLINE = JSON.stringify({
  message:
    "request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org",
  error: { summary: "", detail: "" },
});

describe("auditVerdict", () => {
  it("passes a report with no finding", () => {
    expect(auditVerdict(report([]))).toEqual({
      outcome: "pass",
      message: "npm audit: no high or critical finding in the production dependencies",
    });
  });

  it("passes low and moderate findings, counting them", () => {
    const verdict = auditVerdict(
      report([
        { name: "a", severity: "moderate" },
        { name: "b", severity: "low" },
      ]),
    );
    expect(verdict).toEqual({
      outcome: "pass",
      message: "npm audit: no high or critical finding in the production dependencies (2 low or moderate)",
    });
  });

  it("fails a high finding, naming the package, its severity and the advisory", () => {
    const verdict = auditVerdict(
      report([
        { name: "left-pad", severity: "high", title: "Prototype pollution" },
        { name: "b", severity: "low" },
      ]),
    );
    expect(verdict.outcome).toBe("fail");
    expect(verdict.message).toBe(
      "npm audit: FAILED, 1 high or critical finding in the production dependencies: left-pad (high: Prototype pollution)",
    );
  });

  it("fails critical findings, each named", () => {
    const verdict = auditVerdict(
      report([
        { name: "a", severity: "critical", title: "Remote code execution" },
        { name: "b", severity: "high" },
      ]),
    );
    expect(verdict.outcome).toBe("fail");
    expect(verdict.message).toContain("2 high or critical findings");
    expect(verdict.message).toContain("a (critical: Remote code execution); b (high)");
  });

  it("reads npm 6 reports (advisories) too", () => {
    const old = JSON.stringify({
      advisories: { 1: { module_name: "minimist", severity: "critical", title: "Prototype Pollution" } },
      metadata: { vulnerabilities: counts({ critical: 1 }) },
    });
    expect(auditVerdict(old)).toEqual({
      outcome: "fail",
      message:
        "npm audit: FAILED, 1 high or critical finding in the production dependencies: minimist (critical: Prototype Pollution)",
    });
  });

  it("skips when the registry refuses the audit endpoint, saying so", () => {
    expect(auditVerdict(REFUSED)).toEqual({
      outcome: "skipped",
      message:
        "npm audit: skipped (registry audit endpoint unavailable: 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk)",
    });
  });

  it("skips when the endpoint cannot be reached", () => {
    const verdict = auditVerdict(OFFLINE);
    expect(verdict.outcome).toBe("skipped");
    expect(verdict.message).toContain(
      "registry audit endpoint unavailable: request to https://registry.npmjs.org",
    );
    expect(verdict.message).toContain("ENOTFOUND");
  });

  it("skips on an error that has only a code", () => {
    expect(auditVerdict(JSON.stringify({ error: { code: "ETIMEDOUT", summary: "", detail: "" } }))).toEqual({
      outcome: "skipped",
      message: "npm audit: skipped (registry audit endpoint unavailable: ETIMEDOUT)",
    });
  });

  it("fails a project that cannot be audited (no lockfile)", () => {
    const verdict = auditVerdict(
      JSON.stringify({
        error: { code: "ENOLOCK", summary: "This command requires an existing lockfile.", detail: "" },
      }),
    );
    expect(verdict).toEqual({
      outcome: "fail",
      message: "npm audit: FAILED, npm audit cannot run: This command requires an existing lockfile.",
    });
  });

  it.each([
    ["no output", ""],
    ["text that is not JSON", "npm ERR! something broke"],
    ["JSON that is no audit report", '{"hello":"world"}'],
    ["a JSON value that is no object", "42"],
  ])("fails %s", (_, text) => {
    expect(auditVerdict(text).outcome).toBe("fail");
  });
});

describe("auditGate.cjs as CI runs it", () => {
  const run = (text: string) => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "funnel-audit-")), "audit.json");
    writeFileSync(file, text);
    return spawnSync(process.execPath, [path.join(__dirname, "auditGate.cjs"), file], { encoding: "utf8" });
  };

  it("exits 1 and prints the verdict on a high finding", () => {
    const result = run(report([{ name: "a", severity: "high" }]));
    expect(result.status).toBe(1);
    expect(result.stdout.trim()).toBe(
      "npm audit: FAILED, 1 high or critical finding in the production dependencies: a (high)",
    );
  });

  it("exits 0 when the endpoint refuses, printing that the audit was skipped", () => {
    const result = run(REFUSED);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^npm audit: skipped \(registry audit endpoint unavailable: 405 Method Not Allowed/,
    );
  });

  it("exits 0 on a clean report", () => {
    expect(run(report([])).status).toBe(0);
  });
});
