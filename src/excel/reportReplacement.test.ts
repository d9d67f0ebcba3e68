/**
 * A regenerated report replaces only the sheet the add-in marked as its own report (see reportMarker.ts): never
 * a user's sheet, whatever it is called, whatever names it holds, and never because of a name a user could make.
 */
import { createOfficeGateway } from "./officeGateway";
import { installRecordingExcel, type RecordedName } from "./testing/recordingExcel";
import { KIND, markerName, markers, report, USER_SHEETS } from "./testing/reportFixtures";

/** A workbook with the user's sheets and a sheet "Mine" of theirs, with `names`. */
function workbookWith(names: RecordedName[]) {
  return installRecordingExcel({
    sheets: { ...USER_SHEETS, Mine: { A1: "keep me", B2: 42 } },
    definedNames: names,
  });
}

describe("writeReport beside look-alikes of its marker", () => {
  it.each([
    ["a visible name with the marker's name and comment", markerName("Mine", "0A1B2C3D", { visible: true })],
    ["a name of unknown visibility", markerName("Mine", "0A1B2C3D", { visible: undefined })],
    ["a hidden name without a comment", markerName("Mine", "0A1B2C3D", { comment: undefined })],
    [
      "a hidden name whose comment names another id",
      markerName("Mine", "0A1B2C3D", { comment: markerName("Mine", "0A1B2C3E").comment }),
    ],
    [
      "a hidden name whose comment is garbled",
      markerName("Mine", "0A1B2C3D", { comment: "funnel-report pipelineHealth 0A1B2C3D ¿?" }),
    ],
    ["a hidden name with a lower-case id", markerName("Mine", "0a1b2c3d", { comment: undefined })],
    ["a hidden name pointing at another cell", markerName("Mine", "0A1B2C3D", { address: "B2" })],
    ["a hidden name pointing at a range", markerName("Mine", "0A1B2C3D", { address: "A1:B2" })],
  ])("replaces no sheet for %s, and leaves the name alone", async (_what, name) => {
    const excel = workbookWith([name]);
    const before = excel.userContent();
    const result = await createOfficeGateway().writeReport(KIND, report("v1"));
    expect(result).toEqual({ ok: true, value: { sheet: "漏斗健康 (2)" } });
    expect(excel.userContent(["漏斗健康 (2)"])).toEqual(before);
  });

  it("deletes no sheet for its own marker pointing at #REF!, and drops that marker only", async () => {
    const lookAlike = markerName("漏斗健康", "11111111", { broken: true, visible: true });
    const own = markerName("漏斗健康", "22222222", { broken: true });
    const excel = workbookWith([lookAlike, own]);
    const result = await createOfficeGateway().writeReport(KIND, report("v1"));
    expect(result).toEqual({ ok: true, value: { sheet: "漏斗健康 (2)" } });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["商机", "漏斗健康", "Mine", "漏斗健康 (2)"]);
    expect(excel.sheet("漏斗健康").cells.get("A1")).toEqual({ input: "my own notes" });
    expect(excel.workbook.names.map((n) => n.name)).toContain(lookAlike.name);
    expect(excel.workbook.names.map((n) => n.name)).not.toContain(own.name);
  });
});

describe("writeReport again", () => {
  it("replaces the report and not the user's copy of it, which holds the marker's name scoped to the copy", async () => {
    const excel = workbookWith([]);
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, report("v1"));
    // Excel's "Move or Copy… › Create a copy": the cells, and the report's workbook names as names of the copy.
    const copy = structuredClone(excel.sheet("漏斗健康 (2)"));
    copy.name = "漏斗健康 (3)";
    copy.names.push(...markers(excel).map((m) => ({ name: m.name, address: m.address, comment: m.comment })));
    copy.cells.set("C3", { input: "my note on the copy" });
    excel.workbook.sheets.push(copy);
    const before = excel.userContent(["漏斗健康 (2)"]);

    const result = await gateway.writeReport(KIND, report("v2"));
    expect(result).toEqual({ ok: true, value: { sheet: "漏斗健康 (2)" } });
    expect(excel.sheet("漏斗健康 (2)").cells.get("A1")?.input).toBe("v2");
    expect(excel.userContent(["漏斗健康 (2)"])).toEqual(before);
  });

  it("follows the report the user renamed, leaving the sheet they then gave its old name", async () => {
    const excel = installRecordingExcel({ sheets: { 商机: USER_SHEETS.商机 } });
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, report("v1"));
    excel.sheet("漏斗健康").name = "Q3 health";
    markers(excel)[0].sheet = "Q3 health";
    excel.workbook.sheets.push({ ...structuredClone(excel.sheet("商机")), name: "漏斗健康" });
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
    excel.workbook.sheets.push({ ...structuredClone(excel.sheet("漏斗健康 (2)")), name: "漏斗健康 (3)" });
    excel.workbook.names.push(markerName("漏斗健康 (3)", "33333333"));
    const before = excel.userContent(["漏斗健康 (2)", "漏斗健康 (3)"]);

    expect(await gateway.writeReport(KIND, report("v2"))).toEqual({
      ok: true,
      value: { sheet: "漏斗健康 (2)" },
    });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["商机", "漏斗健康", "Mine", "漏斗健康 (2)"]);
    expect(markers(excel)).toHaveLength(1);
    expect(excel.userContent(["漏斗健康 (2)"])).toEqual(before);
  });
});
