import { isReportMarker, markedSheet, newMarkerId, reportKindKey, reportMarker } from "./reportMarker";

describe("isReportMarker", () => {
  const marker = reportMarker("pipelineHealth", "0A1B2C3D");

  it("rejects a name without the comment, with another id in the comment, or of another kind", () => {
    expect(isReportMarker("pipelineHealth", { name: marker.name })).toBe(false);
    expect(isReportMarker("pipelineHealth", { name: marker.name, comment: null })).toBe(false);
    expect(
      isReportMarker("pipelineHealth", { ...marker, name: "FUNNEL_REPORT_PIPELINE_HEALTH_FFFFFFFF" }),
    ).toBe(false);
    expect(isReportMarker("forecast", marker)).toBe(false);
    expect(isReportMarker("pipelineHealth", { ...marker, name: "FUNNEL_REPORT_PIPELINE_HEALTH_XYZ" })).toBe(
      false,
    );
  });

  it("recognises the marker it wrote, and only with the id its comment repeats", () => {
    expect(isReportMarker("pipelineHealth", marker)).toBe(true);
    expect(isReportMarker("pipelineHealth", { ...marker, name: marker.name.toLowerCase() })).toBe(false);
    expect(marker.name).toBe("FUNNEL_REPORT_PIPELINE_HEALTH_0A1B2C3D");
    expect(marker.comment).toContain("请勿修改");
    expect(marker.comment).toContain("do not edit");
  });
});

describe("reportKindKey", () => {
  it("writes the kind in capitals with words split by underscores", () => {
    expect(reportKindKey("pipelineHealth")).toBe("PIPELINE_HEALTH");
    expect(reportKindKey("pipeline-health")).toBe("PIPELINE_HEALTH");
    expect(reportKindKey(" Forecast 2 ")).toBe("FORECAST_2");
  });
});

describe("markedSheet", () => {
  it("finds no sheet in a broken reference or something that is not a reference", () => {
    expect(markedSheet("=#REF!")).toBeUndefined();
    expect(markedSheet("=#REF!$A$1")).toBeUndefined();
    expect(markedSheet(42)).toBeUndefined();
    expect(markedSheet("=1+1")).toBeUndefined();
  });

  it("reads quoted and plain sheet names", () => {
    expect(markedSheet("='漏斗健康 (2)'!$A$1")).toBe("漏斗健康 (2)");
    expect(markedSheet("='Bob''s'!$A$1")).toBe("Bob's");
    expect(markedSheet("=Report!$A$1")).toBe("Report");
  });
});

describe("newMarkerId", () => {
  it("draws eight hexadecimal digits, different each time", () => {
    const ids = new Set(Array.from({ length: 20 }, () => newMarkerId()));
    expect([...ids].every((id) => /^[0-9A-F]{8}$/.test(id))).toBe(true);
    expect(ids.size).toBe(20);
  });
});
