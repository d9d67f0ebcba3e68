import { isReportMarker, markedSheet, newMarkerId, reportKindKey, reportMarker } from "./reportMarker";

describe("isReportMarker", () => {
  const marker = { ...reportMarker("pipelineHealth", "0A1B2C3D"), visible: false };

  it("recognises the hidden name it wrote, with the id its comment repeats", () => {
    expect(isReportMarker("pipelineHealth", marker)).toBe(true);
    expect(marker.name).toBe("FUNNEL_REPORT_PIPELINE_HEALTH_0A1B2C3D");
    expect(marker.comment).toContain("请勿修改");
    expect(marker.comment).toContain("do not edit");
  });

  it("rejects a name a user can make: visible, or of unknown visibility", () => {
    expect(isReportMarker("pipelineHealth", { ...marker, visible: true })).toBe(false);
    expect(isReportMarker("pipelineHealth", { name: marker.name, comment: marker.comment })).toBe(false);
  });

  it("rejects a name without the comment, with another id, or of another kind", () => {
    expect(isReportMarker("pipelineHealth", { ...marker, comment: undefined })).toBe(false);
    expect(isReportMarker("pipelineHealth", { ...marker, comment: null })).toBe(false);
    expect(
      isReportMarker("pipelineHealth", { ...marker, name: "FUNNEL_REPORT_PIPELINE_HEALTH_FFFFFFFF" }),
    ).toBe(false);
    expect(isReportMarker("forecast", marker)).toBe(false);
    expect(isReportMarker("pipelineHealth", { ...marker, name: "FUNNEL_REPORT_PIPELINE_HEALTH_XYZ" })).toBe(
      false,
    );
    expect(isReportMarker("pipelineHealth", { ...marker, name: marker.name.toLowerCase() })).toBe(false);
  });

  it.each([
    ["the start of the comment only", "funnel-report pipelineHealth 0A1B2C3D "],
    ["the comment cut short", marker.comment.slice(0, -1)],
    ["the comment with more after it", `${marker.comment} (copy)`],
    ["the comment in other case", marker.comment.toUpperCase()],
    ["another kind in the comment", marker.comment.replace("pipelineHealth", "forecast")],
    ["another id in the comment", marker.comment.replace("0A1B2C3D", "0A1B2C3E")],
  ])("rejects a garbled comment: %s", (_what, comment) => {
    expect(isReportMarker("pipelineHealth", { ...marker, comment })).toBe(false);
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
    expect(markedSheet("='漏斗健康'!#REF!")).toBeUndefined();
    expect(markedSheet(42)).toBeUndefined();
    expect(markedSheet("=1+1")).toBeUndefined();
    expect(markedSheet("Report!$A$1")).toBeUndefined();
  });

  it("finds no sheet where the reference is not the add-in's: another cell, a range, a formula, another workbook", () => {
    expect(markedSheet("=Report!$B$2")).toBeUndefined();
    expect(markedSheet("=Report!A1")).toBeUndefined();
    expect(markedSheet("=Report!$A$1:$C$9")).toBeUndefined();
    expect(markedSheet("=SUM(Report!$A$1)")).toBeUndefined();
    expect(markedSheet("=Other!$B$1+Report!$A$1")).toBeUndefined();
    expect(markedSheet("=[Book2.xlsx]Report!$A$1")).toBeUndefined();
    expect(markedSheet("='[Book2.xlsx]Report'!$A$1")).toBeUndefined();
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
