import { buildHealthReport } from "../core/reports";
import { sampleHealth } from "../core/health/testing/sampleHealth";
import { createOfficeGateway } from "./officeGateway";
import { KIND, markers, report, USER_SHEETS } from "./testing/reportFixtures";
import { installRecordingExcel } from "./testing/recordingExcel";

describe("writeReport where nothing may be written", () => {
  it("refuses a malformed spec before touching the workbook", async () => {
    const excel = installRecordingExcel({ sheets: USER_SHEETS });
    const spec = { ...report("v1"), cells: [{ row: 0, col: 0, value: 1, formula: "=1" }] };
    const result = await createOfficeGateway().writeReport(KIND, spec);
    expect(result.ok).toBe(false);
    expect(excel.syncs()).toBe(0);
  });
});

describe("writeReport the first time", () => {
  it("adds a new sheet beside a user's sheet of the same name, in three syncs, and marks it with a hidden name", async () => {
    const excel = installRecordingExcel({ sheets: USER_SHEETS });
    const result = await createOfficeGateway().writeReport(KIND, report("v1"));
    expect(result).toEqual({ ok: true, value: { sheet: "漏斗健康 (2)" } });
    // Read, write, finish (see finishSheet.ts) — which hides the marker, after the request that added it (#3878).
    expect(excel.syncs()).toBe(3);
    expect(excel.sheet("漏斗健康").cells.get("A1")).toEqual({ input: "my own notes" });
    expect(markers(excel)).toEqual([
      {
        name: expect.stringMatching(/^FUNNEL_REPORT_PIPELINE_HEALTH_[0-9A-F]{8}$/),
        sheet: "漏斗健康 (2)",
        address: "A1",
        comment: expect.stringContaining("funnel-report pipelineHealth "),
        visible: false,
      },
    ]);
    expect(excel.workbook.active).toBe("漏斗健康 (2)");
  });

  it("defines the report's names on the report sheet, pointing at the user's data sheet", async () => {
    const excel = installRecordingExcel({ sheets: USER_SHEETS });
    await createOfficeGateway().writeReport(KIND, report("v1"));
    expect(excel.sheet("漏斗健康 (2)").names).toEqual([
      { name: "FUNNEL_DATA_AMOUNT", address: "D2:D4", comment: undefined, sheet: "商机" },
    ]);
    expect(excel.workbook.names.map((n) => n.name)).not.toContain("FUNNEL_DATA_AMOUNT");
  });
});

describe("writeReport again", () => {
  it("replaces only its earlier report, in four syncs, keeping that report's name and place", async () => {
    const excel = installRecordingExcel({ sheets: { ...USER_SHEETS, Notes: {} } });
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, report("v1"));
    // The user moves the report between their sheets and renames it.
    const reportSheet = excel.workbook.sheets.splice(3, 1)[0];
    excel.workbook.sheets.splice(1, 0, reportSheet);
    reportSheet.name = "My health";
    excel.workbook.names.forEach((n) => n.sheet === "漏斗健康 (2)" && (n.sheet = "My health"));

    const before = excel.syncs();
    const result = await gateway.writeReport(KIND, report("v2"));
    expect(result).toEqual({ ok: true, value: { sheet: "My health" } });
    // Read, write, finish (see finishSheet.ts), then swap the earlier report for the new one.
    expect(excel.syncs() - before).toBe(4);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["商机", "My health", "漏斗健康", "Notes"]);
    expect(excel.sheet("My health").cells.get("A1")?.input).toBe("v2");
    expect(excel.sheet("漏斗健康").cells.get("A1")).toEqual({ input: "my own notes" });
    expect(markers(excel)).toHaveLength(1);
    expect(markers(excel)[0].sheet).toBe("My health");
    expect(markers(excel)[0].broken).toBeUndefined();
  });

  it("gives the new report's table back its name once the earlier report is gone", async () => {
    const excel = installRecordingExcel({ sheets: USER_SHEETS });
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, report("v1", true));
    await gateway.writeReport(KIND, report("v2", true));
    expect(excel.sheet("漏斗健康 (2)").tables.map((t) => t.name)).toEqual(["HealthStages"]);
    expect(excel.sheet("漏斗健康 (2)").cells.get("A1")?.input).toBe("v2");
  });

  it("removes the new report and keeps the earlier one when the earlier one cannot be deleted", async () => {
    const excel = installRecordingExcel({ sheets: USER_SHEETS });
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, report("v1"));
    excel.failOn("worksheet.delete", 1);
    const result = await gateway.writeReport(KIND, report("v2"));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message.en).toContain('Could not replace the previous report "漏斗健康 (2)"');
      expect(result.error.message.zh).toContain("之前的报告保持不变");
    }
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["商机", "漏斗健康", "漏斗健康 (2)"]);
    expect(excel.sheet("漏斗健康 (2)").cells.get("A1")?.input).toBe("v1");
    expect(markers(excel)).toHaveLength(1);
  });

  it("deletes the earlier report by its id: renamed meanwhile, and its name given to a user's sheet, that sheet stays", async () => {
    const excel = installRecordingExcel({ sheets: USER_SHEETS });
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, report("v1"));
    // Before the swap (read, write, finish, swap), the user renames the report and names a sheet of theirs so.
    excel.beforeSync(4, () => {
      excel.sheet("漏斗健康 (2)").name = "Old health";
      excel.workbook.names.forEach((n) => n.sheet === "漏斗健康 (2)" && (n.sheet = "Old health"));
      excel.addSheet("漏斗健康 (2)", { A1: "theirs" });
    });
    const result = await gateway.writeReport(KIND, report("v2"));
    expect(result).toEqual({ ok: true, value: { sheet: "漏斗健康 (3)" } });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual([
      "商机",
      "漏斗健康",
      "漏斗健康 (3)",
      "漏斗健康 (2)",
    ]);
    expect(excel.sheet("漏斗健康 (2)").cells.get("A1")).toEqual({ input: "theirs" });
    expect(excel.sheet("漏斗健康 (3)").cells.get("A1")?.input).toBe("v2");
    expect(
      markers(excel)
        .filter((m) => !m.broken)
        .map((m) => m.sheet),
    ).toEqual(["漏斗健康 (3)"]);
  });

  it("never takes a user's name that merely looks like a marker, nor a report of another kind", async () => {
    const excel = installRecordingExcel({
      sheets: { ...USER_SHEETS, Forecast: {} },
      definedNames: [
        { name: "FUNNEL_REPORT_PIPELINE_HEALTH_0A1B2C3D", sheet: "漏斗健康", address: "A1" },
        {
          name: "FUNNEL_REPORT_FORECAST_0A1B2C3D",
          sheet: "Forecast",
          address: "A1",
          comment: "funnel-report forecast 0A1B2C3D — marker",
        },
      ],
    });
    const result = await createOfficeGateway().writeReport(KIND, report("v1"));
    expect(result).toEqual({ ok: true, value: { sheet: "漏斗健康 (2)" } });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual([
      "商机",
      "漏斗健康",
      "Forecast",
      "漏斗健康 (2)",
    ]);
    expect(excel.syncs()).toBe(3);
  });

  it("writes a fresh report and drops the stale marker when the user deleted the earlier report", async () => {
    const excel = installRecordingExcel({ sheets: { 商机: USER_SHEETS.商机 } });
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, report("v1"));
    const stale = markers(excel)[0];
    stale.broken = true;
    excel.workbook.sheets.splice(1, 1);
    const result = await gateway.writeReport(KIND, report("v2"));
    expect(result).toEqual({ ok: true, value: { sheet: "漏斗健康" } });
    expect(markers(excel).map((m) => m.name)).not.toContain(stale.name);
    expect(markers(excel)).toHaveLength(1);
  });
});

describe("writeReport with the pipeline-health report of the sample pipeline", () => {
  const { sample, health, source } = sampleHealth("zh", "商机");
  const spec = buildHealthReport(health, source, { language: "zh" });

  it("renders the whole report — names, links, charts — in three syncs, and replaces it in four", async () => {
    const excel = installRecordingExcel({ grids: { 商机: { values: [sample.header, ...sample.rows] } } });
    const gateway = createOfficeGateway();
    expect(await gateway.writeReport(KIND, spec)).toEqual({ ok: true, value: { sheet: "漏斗健康" } });
    expect(excel.syncs()).toBe(3);
    const sheet = excel.sheet("漏斗健康");
    expect(sheet.charts).toHaveLength(spec.charts?.length ?? -1);
    expect(sheet.charts.length).toBeGreaterThan(0);
    expect(
      sheet.charts.every((c) => c.title && c.position && c.series.every((s) => s.name && s.categories)),
    ).toBe(true);
    const linked = spec.cells.filter((c) => c.link !== undefined);
    expect(sheet.links).toHaveLength(linked.length);
    expect(sheet.links[0].hyperlink).toEqual({
      documentReference: `'${linked[0].link?.sheet}'!${linked[0].link?.address}`,
      textToDisplay: linked[0].value,
    });
    expect(sheet.cells.get(sheet.links[0].address)?.input).toBe(linked[0].value);
    expect(sheet.names.map((n) => n.sheet)).toEqual((spec.names ?? []).map(() => "商机"));

    expect(await gateway.writeReport(KIND, spec)).toEqual({ ok: true, value: { sheet: "漏斗健康" } });
    expect(excel.syncs()).toBe(7);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["商机", "漏斗健康"]);
  });
});
