import { buildHealthReport } from "../core/reports";
import { sampleHealth } from "../core/health/testing/sampleHealth";
import { cellAddress } from "../core/sheet";
import { createOfficeGateway } from "./officeGateway";
import { hyperlinkOf } from "./testing/linkFormulaModel";
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
    expect(result).toEqual({ ok: true, value: { sheet: "管线健康 (2)" } });
    // Read, write, finish (see finishSheet.ts) — which hides the marker, after the request that added it (#3878).
    expect(excel.syncs()).toBe(3);
    expect(excel.sheet("管线健康").cells.get("A1")).toEqual({ input: "my own notes" });
    expect(markers(excel)).toEqual([
      {
        name: expect.stringMatching(/^FUNNEL_REPORT_PIPELINE_HEALTH_[0-9A-F]{8}$/),
        sheet: "管线健康 (2)",
        address: "A1",
        comment: expect.stringContaining("funnel-report pipelineHealth "),
        visible: false,
      },
    ]);
    expect(excel.workbook.active).toBe("管线健康 (2)");
  });

  it("defines the report's names on the report sheet, pointing at the user's data sheet", async () => {
    const excel = installRecordingExcel({ sheets: USER_SHEETS });
    await createOfficeGateway().writeReport(KIND, report("v1"));
    expect(excel.sheet("管线健康 (2)").names).toEqual([
      { name: "FUNNEL_DATA_AMOUNT", address: "D2:D4", comment: undefined, sheet: "商机" },
    ]);
    expect(excel.workbook.names.map((n) => n.name)).not.toContain("FUNNEL_DATA_AMOUNT");
  });
});

describe("writeReport again", () => {
  it("regenerates only its earlier report, in place and in three syncs: the same sheet, name, place and marker", async () => {
    const excel = installRecordingExcel({ sheets: { ...USER_SHEETS, Notes: {} } });
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, report("v1"));
    // The user moves the report between their sheets and renames it.
    const reportSheet = excel.workbook.sheets.splice(3, 1)[0];
    excel.workbook.sheets.splice(1, 0, reportSheet);
    reportSheet.name = "My health";
    excel.workbook.names.forEach((n) => n.sheet === "管线健康 (2)" && (n.sheet = "My health"));

    const before = excel.syncs();
    const marker = markers(excel)[0].name;
    const result = await gateway.writeReport(KIND, report("v2"));
    expect(result).toEqual({ ok: true, value: { sheet: "My health" } });
    // Read the workbook with what the earlier report holds, empty it and write the new one, finish it.
    expect(excel.syncs() - before).toBe(3);
    expect(excel.sheet("My health")).toBe(reportSheet);
    expect(excel.callLog()).not.toContain("worksheet.delete");
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["商机", "My health", "管线健康", "Notes"]);
    expect(excel.sheet("My health").cells.get("A1")?.input).toBe("v2");
    expect(excel.sheet("管线健康").cells.get("A1")).toEqual({ input: "my own notes" });
    expect(markers(excel)).toHaveLength(1);
    expect(markers(excel)[0]).toMatchObject({ name: marker, sheet: "My health", visible: false });
    expect(markers(excel)[0].broken).toBeUndefined();
  });

  it("empties the earlier report of all it held — charts, tables, names, links, merges, widths, panes — before writing the new one", async () => {
    const { sample, health, source } = sampleHealth("zh", "商机");
    const excel = installRecordingExcel({ grids: { 商机: { values: [sample.header, ...sample.rows] } } });
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, buildHealthReport(health, source, { language: "zh" }));
    const sheet = excel.sheet("管线健康");
    sheet.protection = { options: {} };
    // Its links to deals are HYPERLINK formulas; one set by a call (a text no formula can show) goes too.
    sheet.links.push({
      address: "B40",
      hyperlink: { documentReference: "'商机'!A2", textToDisplay: "D1\nD2" },
    });
    expect([sheet.charts.length, sheet.names.length, sheet.links.length, sheet.merges.length]).not.toContain(
      0,
    );
    expect(sheet.frozen).toBeDefined();

    const small = { ...report("v2", true), freeze: undefined };
    expect(await gateway.writeReport(KIND, small)).toEqual({ ok: true, value: { sheet: "管线健康" } });
    expect(excel.sheet("管线健康")).toBe(sheet);
    const held = [...sheet.cells].filter(([, cell]) => cell.input !== "" || Object.keys(cell).length > 1);
    expect(held.map(([address]) => address).sort()).toEqual(["A1", "A2", "B2"]);
    expect(sheet.cells.get("A1")).toEqual({ input: "v2" });
    expect(sheet.charts).toEqual([]);
    expect(sheet.links).toEqual([]);
    expect(sheet.merges).toEqual([]);
    expect(sheet.validations).toEqual([]);
    expect(sheet.frozen).toBeUndefined();
    expect(sheet.protection).toBeUndefined();
    expect([...sheet.columnWidths.keys()]).toEqual([]);
    expect(sheet.names.map((n) => n.name)).toEqual(["FUNNEL_DATA_AMOUNT"]);
    expect(sheet.tables.map((t) => t.name)).toEqual(["HealthStages"]);
  });

  it("gives the new report's table back its name once the earlier report is gone", async () => {
    const excel = installRecordingExcel({ sheets: USER_SHEETS });
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, report("v1", true));
    await gateway.writeReport(KIND, report("v2", true));
    expect(excel.sheet("管线健康 (2)").tables.map((t) => t.name)).toEqual(["HealthStages"]);
    expect(excel.sheet("管线健康 (2)").cells.get("A1")?.input).toBe("v2");
  });

  it("keeps the earlier report as it was when Excel refuses the write request whole", async () => {
    for (const sync of [2]) {
      const excel = installRecordingExcel({ sheets: USER_SHEETS });
      const gateway = createOfficeGateway();
      await gateway.writeReport(KIND, report("v1"));
      excel.abortAt(sync);
      const result = await gateway.writeReport(KIND, report("v2"));
      expect([sync, result.ok]).toEqual([sync, false]);
      if (!result.ok) expect(result.error.message.en).toContain("The previous report is unchanged");
      expect(excel.sheet("管线健康 (2)").cells.get("A1")?.input).toBe("v1");
      expect(excel.sheet("管线健康 (2)").names).toHaveLength(1);
    }
  });

  it("clears the kept sheet and writes a notice on it when Excel refuses the write midway: the sheet, its marker and the user's references stay", async () => {
    const excel = installRecordingExcel({ sheets: USER_SHEETS });
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, report("v1", true));
    const sheet = excel.sheet("管线健康 (2)");
    const before = excel.syncs();
    excel.failOn("range.formulas", 1);
    const result = await gateway.writeReport(KIND, report("v2", true));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message.en).toContain('Could not regenerate the report "管线健康 (2)"');
      expect(result.error.message.en).toContain("range.formulas");
      expect(result.error.message.zh).toContain("工作表已保留并清空");
    }
    // Read (with what it holds), the refused write; then read what is left, clear it and write the notice.
    expect(excel.syncs() - before).toBe(4);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["商机", "管线健康", "管线健康 (2)"]);
    expect(excel.sheet("管线健康 (2)")).toBe(sheet);
    expect([...sheet.cells]).toEqual([
      ["A1", { input: expect.stringMatching(/^此报告未能重新生成：.*range\.formulas.*。请重新生成。$/) }],
      [
        "A2",
        { input: expect.stringMatching(/^This report could not be regenerated: .*\. Generate it again\.$/) },
      ],
    ]);
    expect([sheet.tables, sheet.names, sheet.charts, sheet.links]).toEqual([[], [], [], []]);
    expect(markers(excel).map((m) => [m.sheet, m.broken])).toEqual([["管线健康 (2)", undefined]]);

    expect(await gateway.writeReport(KIND, report("v3"))).toEqual({
      ok: true,
      value: { sheet: "管线健康 (2)" },
    });
    expect(sheet.cells.get("A1")?.input).toBe("v3");
    expect(sheet.cells.get("A2")?.input).toBe("金额");
  });

  it("says the sheet could not be cleared when Excel refuses the notice too", async () => {
    const excel = installRecordingExcel({ sheets: USER_SHEETS });
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, report("v1"));
    excel.failOn("range.clear");
    const result = await gateway.writeReport(KIND, report("v2"));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message.en).toContain("could not be cleared; generate it again");
      expect(result.error.message.zh).toContain("未能清空");
    }
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["商机", "管线健康", "管线健康 (2)"]);
    expect(markers(excel)).toHaveLength(1);
  });

  it("writes into the earlier report by its id: renamed meanwhile, and its old name given to a user's sheet, that sheet stays", async () => {
    const excel = installRecordingExcel({ sheets: USER_SHEETS });
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, report("v1"));
    // After the workbook was read, the user renames the report and names a sheet of theirs as it was.
    excel.beforeSync(2, () => {
      excel.sheet("管线健康 (2)").name = "Old health";
      excel.workbook.names.forEach((n) => n.sheet === "管线健康 (2)" && (n.sheet = "Old health"));
      excel.addSheet("管线健康 (2)", { A1: "theirs" });
    });
    const result = await gateway.writeReport(KIND, report("v2"));
    expect(result).toEqual({ ok: true, value: { sheet: "Old health" } });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual([
      "商机",
      "管线健康",
      "Old health",
      "管线健康 (2)",
    ]);
    expect(excel.sheet("管线健康 (2)").cells).toEqual(new Map([["A1", { input: "theirs" }]]));
    expect(excel.sheet("Old health").cells.get("A1")?.input).toBe("v2");
    expect(markers(excel).map((m) => m.sheet)).toEqual(["Old health"]);
  });

  it("changes nothing and says so when the user deleted the earlier report after the workbook was read", async () => {
    const excel = installRecordingExcel({ sheets: USER_SHEETS });
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, report("v1"));
    const before = excel.userContent(["管线健康 (2)"]);
    excel.beforeSync(2, () => {
      excel.workbook.sheets.splice(excel.workbook.sheets.indexOf(excel.sheet("管线健康 (2)")), 1);
      excel.workbook.names.forEach((n) => n.sheet === "管线健康 (2)" && (n.broken = true));
    });
    const result = await gateway.writeReport(KIND, report("v2"));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message.en).toMatch(
        /^Could not replace the previous report "管线健康 \(2\)": .*ItemNotFound/,
      );
    }
    // Read, the write refused at its first call on the sheet: nothing cleared, nothing added.
    expect(excel.syncs()).toBe(3 + 2);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["商机", "管线健康"]);
    expect(excel.userContent(["管线健康 (2)"])).toEqual(before);
  });

  it("never takes a user's name that merely looks like a marker, nor a report of another kind", async () => {
    const excel = installRecordingExcel({
      sheets: { ...USER_SHEETS, Forecast: {} },
      definedNames: [
        { name: "FUNNEL_REPORT_PIPELINE_HEALTH_0A1B2C3D", sheet: "管线健康", address: "A1" },
        {
          name: "FUNNEL_REPORT_FORECAST_0A1B2C3D",
          sheet: "Forecast",
          address: "A1",
          comment: "funnel-report forecast 0A1B2C3D — marker",
        },
      ],
    });
    const result = await createOfficeGateway().writeReport(KIND, report("v1"));
    expect(result).toEqual({ ok: true, value: { sheet: "管线健康 (2)" } });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual([
      "商机",
      "管线健康",
      "Forecast",
      "管线健康 (2)",
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
    expect(result).toEqual({ ok: true, value: { sheet: "管线健康" } });
    expect(markers(excel).map((m) => m.name)).not.toContain(stale.name);
    expect(markers(excel)).toHaveLength(1);
  });
});

describe("writeReport with the pipeline-health report of the sample pipeline", () => {
  const { sample, health, source } = sampleHealth("zh", "商机");
  const spec = buildHealthReport(health, source, { language: "zh" });

  it("renders the whole report — names, links, charts — in three syncs, and regenerates it in place in three", async () => {
    const excel = installRecordingExcel({ grids: { 商机: { values: [sample.header, ...sample.rows] } } });
    const gateway = createOfficeGateway();
    expect(await gateway.writeReport(KIND, spec)).toEqual({ ok: true, value: { sheet: "管线健康" } });
    expect(excel.syncs()).toBe(3);
    const sheet = excel.sheet("管线健康");
    expect(sheet.charts).toHaveLength(spec.charts?.length ?? -1);
    expect(sheet.charts.length).toBeGreaterThan(0);
    expect(
      sheet.charts.every((c) => c.title && c.position && c.series.every((s) => s.name && s.categories)),
    ).toBe(true);
    // Each link to a deal is a HYPERLINK formula that shows what the spec's cell says and jumps to its target.
    const linked = spec.cells.filter((c) => c.link !== undefined);
    expect(linked.length).toBeGreaterThan(0);
    const links = linked.map((c) => hyperlinkOf(sheet.cells.get(cellAddress(c.row, c.col))?.input));
    expect(links).toEqual(linked.map((c) => ({ target: c.link, shown: c.value })));
    expect(sheet.links).toEqual([]);
    expect(sheet.names.map((n) => n.sheet)).toEqual((spec.names ?? []).map(() => "商机"));

    expect(await gateway.writeReport(KIND, spec)).toEqual({ ok: true, value: { sheet: "管线健康" } });
    expect(excel.syncs()).toBe(6);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["商机", "管线健康"]);
  });
});
