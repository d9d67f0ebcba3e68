#!/usr/bin/env node
/* eslint-disable */
/**
 * The CI gate on `npm audit --omit=dev --audit-level=high --json`: fails on any high or critical finding in
 * the production dependencies, and skips (saying why) when the registry's audit endpoint cannot be reached
 * or refuses the request, as mirrors and offline machines do. Anything else it cannot read fails, so a
 * broken audit is never taken for a clean one.
 *
 * Usage (.ci/run): node test/support/auditGate.cjs <npm audit JSON file>
 * Prints one line; exits 1 when the gate fails, else 0.
 */
const fs = require("fs");

/** npm's codes for a project that cannot be audited at all (no lockfile): the project's fault, not the endpoint's. */
const PROJECT_ERRORS = new Set(["ENOLOCK", "EAUDITNOLOCK"]);

const SERIOUS = ["critical", "high"];

/**
 * The gate's verdict on the text npm audit printed with --json.
 * @example auditVerdict('{"metadata":{"vulnerabilities":{"high":0,"critical":0,"total":0}}}').outcome // "pass"
 * @returns {{ outcome: "pass" | "fail" | "skipped", message: string }}
 */
function auditVerdict(text) {
  let report;
  try {
    report = JSON.parse(text);
  } catch {
    return fail(`npm audit printed no JSON report (${excerpt(text) || "nothing"})`);
  }
  if (report === null || typeof report !== "object") return fail("npm audit printed no report");

  const counts = report.metadata && report.metadata.vulnerabilities;
  if (counts && typeof counts === "object") {
    const serious = SERIOUS.reduce((sum, level) => sum + (Number(counts[level]) || 0), 0);
    if (serious === 0) {
      const others = (Number(counts.total) || 0) - serious;
      return {
        outcome: "pass",
        message: `npm audit: no high or critical finding in the production dependencies${others ? ` (${others} low or moderate)` : ""}`,
      };
    }
    const findings = seriousFindings(report);
    return fail(
      `${serious} high or critical finding${serious === 1 ? "" : "s"} in the production dependencies: ${findings.join("; ") || "see npm audit"}`,
    );
  }

  const error = report.error && typeof report.error === "object" ? report.error : {};
  if (PROJECT_ERRORS.has(error.code)) return fail(`npm audit cannot run: ${error.summary || error.code}`);
  const reason =
    report.message || error.summary || error.code || (report.statusCode && `HTTP ${report.statusCode}`);
  if (reason)
    return {
      outcome: "skipped",
      message: `npm audit: skipped (registry audit endpoint unavailable: ${excerpt(String(reason))})`,
    };
  return fail(`npm audit printed a report the gate cannot read (${excerpt(text)})`);
}

/** "name (severity: first advisory title)" for each high or critical package, npm 7+ and npm 6 reports alike. */
function seriousFindings(report) {
  if (report.vulnerabilities && typeof report.vulnerabilities === "object") {
    return Object.values(report.vulnerabilities)
      .filter((v) => SERIOUS.includes(v.severity))
      .map((v) => {
        const advisory = (v.via || []).find((via) => via && typeof via === "object" && via.title);
        return `${v.name} (${v.severity}${advisory ? `: ${advisory.title}` : ""})`;
      });
  }
  if (report.advisories && typeof report.advisories === "object") {
    return Object.values(report.advisories)
      .filter((a) => SERIOUS.includes(a.severity))
      .map((a) => `${a.module_name} (${a.severity}: ${a.title})`);
  }
  return [];
}

function fail(reason) {
  return { outcome: "fail", message: `npm audit: FAILED, ${reason}` };
}

function excerpt(text) {
  const line = String(text).replace(/\s+/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

if (require.main === module) {
  const file = process.argv[2];
  const text = file && fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const verdict = auditVerdict(text);
  console.log(verdict.message);
  process.exit(verdict.outcome === "fail" ? 1 : 0);
}

module.exports = { auditVerdict };
