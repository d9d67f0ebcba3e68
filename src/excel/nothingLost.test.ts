/**
 * Nothing of the user's is lost: every generator of the add-in — the nine templates, the pipeline-health report
 * (with its forecast section) written the first time and regenerated — run through the Office.js gateway on a
 * workbook full of the user's content leaves every sheet, cell, look, name and table of the user's exactly as it
 * was. Regenerating the report writes into the add-in's own report sheet in place: that sheet — its id, name and
 * place — is kept, so a user's formula that refers to it keeps resolving, while what the earlier report held on it
 * is the add-in's and is not kept (nor, when Excel refuses the write midway, is it restored: a notice replaces it,
 * see halfWritten.test.ts). (The Forecast view writes nothing to the workbook; its figures live in the task pane.)
 */
import { buildHealthReport } from "../core/reports";
import { sampleHealth } from "../core/health/testing/sampleHealth";
import { TEMPLATES } from "../core/templates";
import { createOfficeGateway } from "./officeGateway";
import { installRecordingExcel } from "./testing/recordingExcel";
import { KIND } from "./testing/reportFixtures";

const LANGUAGES = ["zh", "en"] as const;
const HOSTILE = '=HYPERLINK("http://x","y")';

/** Every sheet name a generator wants: the templates' in both languages, and the report's. */
const WANTED = [
  ...new Set([
    ...TEMPLATES.flatMap((t) => LANGUAGES.map((language) => t.build({ language }).name)),
    "管线健康",
    "Pipeline health",
  ]),
];

/**
 * A workbook of the user's: the deals the report reads, a sheet of theirs under every name a generator wants,
 * each with values, formulas, looks, widths, merges, a dropdown, a link, a chart, a sheet name, frozen panes,
 * page setup and protection; workbook names and tables named as the add-in names its own.
 */
function usersWorkbook() {
  const { sample, health, source, read } = sampleHealth("zh", "商机");
  const excel = installRecordingExcel({
    sheets: Object.fromEntries([
      ["商机", {}],
      ...WANTED.map((name) => [name, { A1: `mine: ${name}`, B2: 1200, C3: "=B2*2", D4: HOSTILE }]),
    ]),
    grids: { 商机: { values: [sample.header, ...sample.rows] } },
    definedNames: [
      { name: "FUNNEL_STAGES", sheet: "初步评估", address: "A1:A7", comment: "my stages" },
      { name: "FUNNEL_DATA_AMOUNT", sheet: "商机", address: "E2:E361" },
      { name: "MyTotal", sheet: "管线健康", address: "B2", visible: false },
    ],
    tables: ["FunnelPipeline", "FunnelStageSettings", "HealthStages"],
  });
  for (const name of WANTED) {
    const sheet = excel.sheet(name);
    sheet.cells.set("A1", { input: `mine: ${name}`, fill: "#FF0000", bold: true, numberFormat: "@" });
    sheet.columnWidths.set("A:A", 210);
    sheet.rowHeights.set("2:2", 30);
    sheet.merges.push("E1:F1");
    sheet.validations.push({
      address: "B2",
      rule: { wholeNumber: { formula1: 0, formula2: 9, operator: "Between" } },
    });
    sheet.tables.push({ address: "H1:I3", hasHeaders: true });
    sheet.names.push({ name: "FUNNEL_DATA_STAGE", address: "A1" });
    sheet.links.push({ address: "A1", hyperlink: { documentReference: "'商机'!A2" } });
    sheet.charts.push({ type: "Line", source: "B2:B3", series: [{ values: "B2:B3" }], title: "mine" });
    sheet.frozen = { rows: 1 };
    sheet.printArea = "A1:F9";
    sheet.page.orientation = "Landscape";
    sheet.protection = { options: { allowSort: true }, password: "secret" };
    sheet.selected = "C3";
  }
  const report = buildHealthReport(health, source, { language: "zh", forecast: { deals: read.deals } });
  return { excel, report };
}

describe("every generator on a workbook full of the user's content", () => {
  it("changes none of it: the nine templates in both languages, the report written and regenerated", async () => {
    const { excel, report } = usersWorkbook();
    const before = excel.userContent();
    const gateway = createOfficeGateway();
    const made: string[] = [];
    for (const template of TEMPLATES) {
      for (const language of LANGUAGES) {
        const spec = template.build({ language, customer: HOSTILE, opportunity: "+1", date: 45_800 });
        const result = await gateway.createSheet(spec);
        if (!result.ok) throw new Error(result.error.message.en);
        expect(result.value.sheet).not.toBe(spec.name);
        made.push(result.value.sheet);
      }
    }
    const first = await gateway.writeReport(KIND, report);
    const { id } = excel.sheet("管线健康 (2)");
    const again = await gateway.writeReport(KIND, report);
    expect(first).toEqual({ ok: true, value: { sheet: "管线健康 (2)" } });
    expect(again).toEqual(first);
    expect(excel.sheet("管线健康 (2)").id).toBe(id);
    made.push("管线健康 (2)");

    expect(excel.userContent(made)).toEqual(before);
    expect(excel.workbook.sheets).toHaveLength(WANTED.length + 1 + made.length);
  });
});
