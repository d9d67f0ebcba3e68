/**
 * Text stays text: every text a generator copies into a sheet — a customer or deal name a user typed into a
 * template's header, the report's deal names, owners, anomaly list and skipped rows — is stored by Excel as that
 * very text, never as a formula, a number, a date or an error, however it starts.
 */
import { type SheetSpec, cellAddress } from "../core/sheet";
import { TEMPLATES } from "../core/templates";
import { createOfficeGateway } from "./officeGateway";
import { HOSTILE_TEXTS, hostilePipeline, textCells } from "./testing/hostileText";
import { installRecordingExcel } from "./testing/recordingExcel";
import { storedCell } from "./testing/recordingInput";
import { KIND } from "./testing/reportFixtures";

/** Each text cell of `spec` as Excel stored it on `sheet`, beside the text it should hold. */
function storedTexts(excel: ReturnType<typeof installRecordingExcel>, sheet: string, spec: SheetSpec) {
  const cells = excel.sheet(sheet).cells;
  return textCells(spec).map((cell) => {
    const address = cellAddress(cell.row, cell.col);
    return { address, stored: storedCell(cells.get(address)?.input), text: cell.value };
  });
}

describe("the recording Excel's reading of an input", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', "formula"],
    ["+1", "value"],
    ["-2", "value"],
    ["@SUM(A1)", "formula"],
    ["-x", "formula"],
    ["0042", "value"],
    ["2024-01-01", "value"],
    ["TRUE", "value"],
    ["#N/A", "value"],
    ["１２３", "value"],
    ["＝1+1", "formula"],
    ["'=1+1", "text"],
    ["-", "text"],
    ["客户", "text"],
  ])("reads %p as a %s", (input, kind) => {
    expect(storedCell(input).kind).toBe(kind);
  });
});

describe("text a user typed, written by the Office.js gateway", () => {
  it.each(HOSTILE_TEXTS.map((text) => [text]))("is stored as the text %p", async (text) => {
    const excel = installRecordingExcel();
    const spec: SheetSpec = { name: "T", cells: [{ row: 0, col: 0, value: text, input: true }] };
    await createOfficeGateway().createSheet(spec);
    expect(storedCell(excel.sheet("T").cells.get("A1")?.input)).toEqual({ kind: "text", text });
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    "in the %s template's customer and deal fields, is stored as text, as is every text of the form",
    async (_id, template) => {
      for (const [i, customer] of HOSTILE_TEXTS.entries()) {
        const opportunity = HOSTILE_TEXTS[(i + 1) % HOSTILE_TEXTS.length];
        const spec = template.build({ language: i % 2 === 0 ? "zh" : "en", customer, opportunity });
        const excel = installRecordingExcel();
        const result = await createOfficeGateway().createSheet(spec);
        if (!result.ok) throw new Error(result.error.message.en);
        const stored = storedTexts(excel, result.value.sheet, spec);
        expect(
          stored.filter((cell) => cell.stored.kind !== "text" || cell.stored.text !== cell.text),
        ).toEqual([]);
        const fields = stored.filter((cell) => cell.text === customer || cell.text === opportunity);
        if (spec.cells.some((cell) => cell.value === customer)) expect(fields.length).toBeGreaterThan(0);
      }
    },
  );

  it("in the report's deal names, owners, anomaly list and skipped rows, is stored as text", async () => {
    const { table, spec } = hostilePipeline("zh", "商机");
    const excel = installRecordingExcel({ grids: { 商机: { values: [table.header, ...table.rows] } } });
    const result = await createOfficeGateway().writeReport(KIND, spec);
    if (!result.ok) throw new Error(result.error.message.en);
    const stored = storedTexts(excel, result.value.sheet, spec);
    expect(stored.filter((cell) => cell.stored.kind !== "text" || cell.stored.text !== cell.text)).toEqual(
      [],
    );
    // Each hostile text (trimmed, as the report reads names) starts some name or reason the report copied.
    const unseen = HOSTILE_TEXTS.filter((text) => !stored.some((cell) => cell.text.startsWith(text.trim())));
    expect(unseen).toEqual([]);
    expect(
      stored.filter((cell) => HOSTILE_TEXTS.some((text) => cell.text.startsWith(text))).length,
    ).toBeGreaterThan(HOSTILE_TEXTS.length * 2);
  });
});
