/**
 * A regenerated report replaces only the sheet the add-in marked as its own report (see reportMarker.ts): never
 * a user's sheet, whatever it is called, whatever names it holds, and never because of a name a user could make —
 * and the report is recognised by its marker's comment, id and reference even where Excel left the marker
 * visible (office-js #3878, #3949).
 */
import type { SheetSpec } from "../core/sheet";
import { createOfficeGateway } from "./officeGateway";
import { reportMarker } from "./reportMarker";
import {
  installRecordingExcel,
  type RecordedName,
  type RecordingExcelOptions,
} from "./testing/recordingExcel";
import { KIND, markerName, markers, report, USER_SHEETS } from "./testing/reportFixtures";

/** A workbook with the user's sheets and a sheet "Mine" of theirs, with `names`. */
function workbookWith(names: RecordedName[], options: RecordingExcelOptions = {}) {
  return installRecordingExcel({
    sheets: { ...USER_SHEETS, Mine: { A1: "keep me", B2: 42 } },
    definedNames: names,
    ...options,
  });
}

/** The markers' sheets, each with whether its marker is visible (a name is, unless hidden). */
const shown = (excel: Recording) => markers(excel).map((m) => [m.sheet, m.visible ?? true]);

/** Collects what the add-in says on the console while `run` runs, saying nothing itself. */
async function warnings(run: () => Promise<void>): Promise<string[]> {
  const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
  try {
    await run();
    return warn.mock.calls.map((call) => String(call[0]));
  } finally {
    warn.mockRestore();
  }
}

describe("writeReport beside look-alikes of its marker", () => {
  it.each([
    ["a hidden name without a comment", markerName("Mine", "0A1B2C3D", { comment: undefined })],
    [
      "a visible name without a comment",
      markerName("Mine", "0A1B2C3D", { comment: undefined, visible: true }),
    ],
    [
      "a visible name whose comment names another id",
      markerName("Mine", "0A1B2C3D", { comment: markerName("Mine", "0A1B2C3E").comment, visible: true }),
    ],
    [
      "a hidden name whose comment names another kind",
      markerName("Mine", "0A1B2C3D", {
        comment: reportMarker("forecast", "0A1B2C3D").comment,
      }),
    ],
    [
      "a hidden name whose comment is garbled",
      markerName("Mine", "0A1B2C3D", { comment: "funnel-report pipelineHealth 0A1B2C3D ¿?" }),
    ],
    ["a hidden name with a lower-case id", markerName("Mine", "0a1b2c3d", { comment: undefined })],
    [
      "a visible name pointing at another cell",
      markerName("Mine", "0A1B2C3D", { address: "B2", visible: true }),
    ],
    ["a hidden name pointing at a range", markerName("Mine", "0A1B2C3D", { address: "A1:B2" })],
    [
      "a user's name with the marker's prefix and its own comment",
      { ...markerName("Mine", "MINE"), name: "FUNNEL_REPORT_PIPELINE_HEALTH_MINE", visible: true },
    ],
    [
      "a user's name that extends a marker's",
      {
        ...markerName("Mine", "0A1B2C3D"),
        name: "FUNNEL_REPORT_PIPELINE_HEALTH_0A1B2C3D_OLD",
        visible: true,
      },
    ],
  ])("replaces no sheet for %s, and leaves the name alone", async (_what, name) => {
    const excel = workbookWith([name]);
    const before = excel.userContent();
    const result = await createOfficeGateway().writeReport(KIND, report("v1"));
    expect(result).toEqual({ ok: true, value: { sheet: "管线健康 (2)" } });
    expect(excel.userContent(["管线健康 (2)"])).toEqual(before);
  });

  it("deletes no sheet for its own markers pointing at #REF!, hidden or visible, and drops those markers only", async () => {
    const lookAlike = markerName("管线健康", "11111111", {
      broken: true,
      visible: true,
      comment: markerName("管线健康", "11111112").comment,
    });
    const hidden = markerName("管线健康", "22222222", { broken: true });
    const visible = markerName("管线健康", "33333333", { broken: true, visible: true });
    const excel = workbookWith([lookAlike, hidden, visible]);
    const result = await createOfficeGateway().writeReport(KIND, report("v1"));
    expect(result).toEqual({ ok: true, value: { sheet: "管线健康 (2)" } });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["商机", "管线健康", "Mine", "管线健康 (2)"]);
    expect(excel.sheet("管线健康").cells.get("A1")).toEqual({ input: "my own notes" });
    const names = excel.workbook.names.map((n) => n.name);
    expect(names).toContain(lookAlike.name);
    expect(names).not.toContain(hidden.name);
    expect(names).not.toContain(visible.name);
  });
});

describe("writeReport again", () => {
  it("replaces the report and not the user's copy of it, which holds the marker's name scoped to the copy", async () => {
    const excel = workbookWith([]);
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, report("v1"));
    // Excel's "Move or Copy… › Create a copy": the cells, and the report's workbook names as names of the copy.
    // A copy is a sheet of its own: another id.
    const copy = { ...structuredClone(excel.sheet("管线健康 (2)")), id: "{COPY}" };
    copy.name = "管线健康 (3)";
    copy.names.push(...markers(excel).map((m) => ({ name: m.name, address: m.address, comment: m.comment })));
    copy.cells.set("C3", { input: "my note on the copy" });
    excel.workbook.sheets.push(copy);
    const before = excel.userContent(["管线健康 (2)"]);

    const result = await gateway.writeReport(KIND, report("v2"));
    expect(result).toEqual({ ok: true, value: { sheet: "管线健康 (2)" } });
    expect(excel.sheet("管线健康 (2)").cells.get("A1")?.input).toBe("v2");
    expect(excel.userContent(["管线健康 (2)"])).toEqual(before);
  });

  it("follows the report the user renamed, leaving the sheet they then gave its old name", async () => {
    const excel = installRecordingExcel({ sheets: { 商机: USER_SHEETS.商机 } });
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, report("v1"));
    excel.sheet("管线健康").name = "Q3 health";
    markers(excel)[0].sheet = "Q3 health";
    excel.workbook.sheets.push({ ...structuredClone(excel.sheet("商机")), name: "管线健康", id: "{COPY}" });
    const before = excel.userContent(["Q3 health"]);

    expect(await gateway.writeReport(KIND, report("v2"))).toEqual({
      ok: true,
      value: { sheet: "Q3 health" },
    });
    expect(excel.sheet("Q3 health").cells.get("A1")?.input).toBe("v2");
    expect(excel.userContent(["Q3 health"])).toEqual(before);
  });

  it("replaces the one report where two reports of the kind were left, keeping the first one's place", async () => {
    const excel = workbookWith([]);
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, report("v1"));
    // A report written while another Excel.run was cut short: both carry a marker.
    excel.workbook.sheets.push({
      ...structuredClone(excel.sheet("管线健康 (2)")),
      name: "管线健康 (3)",
      id: "{LEFT}",
    });
    excel.workbook.names.push(markerName("管线健康 (3)", "33333333"));
    const before = excel.userContent(["管线健康 (2)", "管线健康 (3)"]);

    expect(await gateway.writeReport(KIND, report("v2"))).toEqual({
      ok: true,
      value: { sheet: "管线健康 (2)" },
    });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["商机", "管线健康", "Mine", "管线健康 (2)"]);
    expect(markers(excel)).toHaveLength(1);
    expect(excel.userContent(["管线健康 (2)"])).toEqual(before);
  });
});

/** A report whose contents are too large for one request: they are sent in parts (see requestBudget.ts). */
const LARGE: SheetSpec = {
  name: "管线健康",
  cells: Array.from({ length: 80_000 }, (_, row) => ({
    row,
    col: 0,
    value: `客户 ${row} 的备注：需要在本季度内完成评估，并确认预算与决策人`,
  })),
};

describe("writeReport where Excel ignores hiding a name in the request that adds it", () => {
  const host = { nameHiding: "ignoredWithAdd" } as const;

  it("hides the marker in the next request, and regenerating replaces the report: no 管线健康 (3)", async () => {
    const excel = workbookWith([], host);
    const gateway = createOfficeGateway();
    const said = await warnings(async () => {
      for (const title of ["v1", "v2", "v3"]) {
        expect(await gateway.writeReport(KIND, report(title))).toEqual({
          ok: true,
          value: { sheet: "管线健康 (2)" },
        });
        expect(shown(excel)).toEqual([["管线健康 (2)", false]]);
      }
    });
    expect(said).toEqual([]);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["商机", "管线健康", "Mine", "管线健康 (2)"]);
    expect(excel.sheet("管线健康 (2)").cells.get("A1")?.input).toBe("v3");
    // Hidden in the request that finishes the first report (its third); a report regenerated in place keeps the
    // hidden marker, in three requests: read (with what the earlier report holds), write, finish.
    expect(excel.syncs()).toBe(3 + 3 + 3);
  });

  it("hides the marker of a report sent in parts in its second part, at no extra request", async () => {
    const excel = installRecordingExcel({ sheets: { 商机: USER_SHEETS.商机 }, ...host });
    expect(await createOfficeGateway().writeReport(KIND, LARGE)).toEqual({
      ok: true,
      value: { sheet: "管线健康" },
    });
    const log = excel.callLog();
    expect(excel.syncs()).toBeGreaterThan(2);
    expect(log.indexOf("name.visible")).toBeGreaterThan(log.indexOf("names.add"));
    expect(log.indexOf("name.visible")).toBeLessThan(log.lastIndexOf("range.formulas"));
    expect(log.filter((call) => call === "name.visible")).toHaveLength(1);
    expect(shown(excel)).toEqual([["管线健康", false]]);
  });
});

describe("writeReport where its marker stays visible", () => {
  it("recognises the marker Excel never hid: regenerating replaces the report, and says so on the console", async () => {
    const excel = workbookWith([], { nameHiding: "ignored" });
    const gateway = createOfficeGateway();
    const said = await warnings(async () => {
      await gateway.writeReport(KIND, report("v1"));
      expect(shown(excel)).toEqual([["管线健康 (2)", true]]);
      const before = excel.userContent(["管线健康 (2)"]);
      expect(await gateway.writeReport(KIND, report("v2"))).toEqual({
        ok: true,
        value: { sheet: "管线健康 (2)" },
      });
      expect(excel.userContent(["管线健康 (2)"])).toEqual(before);
    });
    expect(excel.sheet("管线健康 (2)").cells.get("A1")?.input).toBe("v2");
    expect(shown(excel)).toEqual([["管线健康 (2)", true]]);
    expect(said).toEqual([
      expect.stringMatching(/report marker FUNNEL_REPORT_PIPELINE_HEALTH_[0-9A-F]{8} visible/),
      expect.stringMatching(/report marker FUNNEL_REPORT_PIPELINE_HEALTH_[0-9A-F]{8} visible/),
    ]);
  });

  it("recognises an earlier report whose marker the workbook holds visible, and replaces it there", async () => {
    const excel = installRecordingExcel({
      sheets: { ...USER_SHEETS, "Q3 health": { A1: "v0" } },
      definedNames: [markerName("Q3 health", "0A1B2C3D", { visible: true })],
    });
    expect(await createOfficeGateway().writeReport(KIND, report("v1"))).toEqual({
      ok: true,
      value: { sheet: "Q3 health" },
    });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["商机", "管线健康", "Q3 health"]);
    expect(excel.sheet("Q3 health").cells.get("A1")?.input).toBe("v1");
    expect(shown(excel)).toEqual([["Q3 health", false]]);
  });

  it.each([
    ["Excel refuses the call that hides it", (excel: Recording) => excel.failOn("name.visible", 1)],
    ["Excel refuses the request that hides it", (excel: Recording) => excel.abortAt(3)],
  ])("keeps the whole first report when %s, and replaces it the next time", async (_what, refuse) => {
    const excel = workbookWith([]);
    const gateway = createOfficeGateway();
    refuse(excel);
    expect(await gateway.writeReport(KIND, report("v1"))).toEqual({
      ok: true,
      value: { sheet: "管线健康 (2)" },
    });
    expect(excel.sheet("管线健康 (2)").cells.get("A1")?.input).toBe("v1");
    expect(shown(excel)).toEqual([["管线健康 (2)", true]]);
    expect(await gateway.writeReport(KIND, report("v2"))).toEqual({
      ok: true,
      value: { sheet: "管线健康 (2)" },
    });
    expect(excel.sheet("管线健康 (2)").cells.get("A1")?.input).toBe("v2");
    expect(shown(excel)).toEqual([["管线健康 (2)", false]]);
  });

  it("keeps the regenerated report in its sheet when Excel refuses to hide the kept marker it left visible", async () => {
    const excel = workbookWith([], { nameHiding: "ignored" });
    const gateway = createOfficeGateway();
    await warnings(async () => void (await gateway.writeReport(KIND, report("v1"))));
    expect(shown(excel)).toEqual([["管线健康 (2)", true]]);
    excel.failOn("name.visible", 1);
    expect(await gateway.writeReport(KIND, report("v2"))).toEqual({
      ok: true,
      value: { sheet: "管线健康 (2)" },
    });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["商机", "管线健康", "Mine", "管线健康 (2)"]);
    expect(excel.sheet("管线健康 (2)").cells.get("A1")?.input).toBe("v2");
    expect(shown(excel)).toEqual([["管线健康 (2)", true]]);
  });
});

type Recording = ReturnType<typeof installRecordingExcel>;
