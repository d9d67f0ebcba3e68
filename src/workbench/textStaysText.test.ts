/**
 * Text stays text in the workbench too: every text a generator copies into a sheet — a customer or deal name
 * typed into a template, the report's deal names, owners, anomaly list and skipped rows — is held by the
 * workbench's engine as that very text, never as a formula, a number, a boolean or an error.
 */
import type { SheetSpec } from "../core/sheet";
import { TEMPLATES } from "../core/templates";
import { HOSTILE_TEXTS, hostilePipeline, textCells } from "../excel/testing/hostileText";
import { WorkbookEngine } from "./engine/workbookEngine";
import { createEngineGateway } from "./engineGateway";
import { createSelectionStore } from "./selection";

function setUp() {
  const engine = WorkbookEngine.create(["商机"]);
  const gateway = createEngineGateway(engine, createSelectionStore({ sheet: "商机", row: 0, col: 0 }));
  return { engine, gateway };
}

/** The text cells of `spec` whose cell on `sheet` holds anything but that text, with what it holds. */
function notText(engine: WorkbookEngine, sheet: string, spec: SheetSpec) {
  return textCells(spec)
    .map((cell) => ({ text: cell.value, held: engine.cell(sheet, { row: cell.row, col: cell.col }) }))
    .filter(({ text, held }) => held.value !== text || held.input.startsWith("="));
}

describe("text a user typed, written by the workbench's gateway", () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    "in the %s template's customer and deal fields, is held as text, as is every text of the form",
    async (_id, template) => {
      const { engine, gateway } = setUp();
      for (const [i, customer] of HOSTILE_TEXTS.entries()) {
        const opportunity = HOSTILE_TEXTS[(i + 1) % HOSTILE_TEXTS.length];
        const spec = template.build({ language: i % 2 === 0 ? "zh" : "en", customer, opportunity });
        const result = await gateway.createSheet(spec);
        if (!result.ok) throw new Error(result.error.message.en);
        expect(notText(engine, result.value.sheet, spec)).toEqual([]);
      }
    },
  );

  it("in the report's deal names, owners, anomaly list and skipped rows, is held as text", async () => {
    const { table, spec } = hostilePipeline("en", "商机");
    const { engine, gateway } = setUp();
    engine.setCells("商机", { row: 0, col: 0 }, [table.header, ...table.rows]);
    const result = await gateway.writeReport("pipelineHealth", spec);
    if (!result.ok) throw new Error(result.error.message.en);
    expect(notText(engine, result.value.sheet, spec)).toEqual([]);
    const copied = textCells(spec).filter((cell) =>
      HOSTILE_TEXTS.some((text) => cell.value.startsWith(text)),
    );
    expect(copied.length).toBeGreaterThan(HOSTILE_TEXTS.length * 2);
  });
});
