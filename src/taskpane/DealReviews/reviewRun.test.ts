import { valueOf } from "../../core/kernel/testing/results";
import { evaluationSheet } from "../../core/reviews";
import { recogniseColumns } from "../../core/pipeline";
import { cellAddress } from "../../core/sheet";
import { GATE_RULES } from "../../core/stages";
import { EVALUATION_NAMES, GATE_SWITCHES_RANGE, templateById } from "../../core/templates";
import { generateHealthReport } from "../PipelineHealth/healthRun";
import { createFakeGateway } from "../testing/fakeGateway";
import { buildBoard, reviewGates } from "./reviewRun";
import { answer, REVIEW_PIPELINE } from "./testing/reviewWorkbook";

const AS_OF = 45900;

async function workbook(withSheets: boolean) {
  const gateway = createFakeGateway({ sheet: "CRM", sheetData: { CRM: REVIEW_PIPELINE } });
  const table = valueOf(await gateway.readTable({ kind: "sheet", sheet: "CRM" }));
  const mapping = recogniseColumns(table.header).mapping;
  if (withSheets) {
    const spec = evaluationSheet("negotiationReadiness", { dealId: "D-2" }, "zh");
    const { sheet } = valueOf(await gateway.createSheet(spec));
    answer(gateway, sheet, spec, EVALUATION_NAMES.conditions, ["是", "是", "是", "是", "是", "否", "否"]);
  }
  return { gateway, input: { table, mapping, dateOrder: "ymd" as const } };
}

describe("reviewGates", () => {
  it("is undefined when the workbook has no evaluation sheet: nothing to check against", async () => {
    const { gateway, input } = await workbook(false);
    expect(valueOf(await reviewGates(gateway, input, AS_OF))).toBeUndefined();
  });

  it("checks each deal that has evaluation sheets against them, and no other", async () => {
    const { gateway, input } = await workbook(true);
    const gates = valueOf(await reviewGates(gateway, input, AS_OF))!.gates;
    expect(gates.get("D-2")?.map((f) => f.rule.id)).toContain("negotiationEntry");
    expect([...gates.keys()]).toEqual(["D-2"]);
  });
});

describe("reviewGates and the stage settings' gate switches", () => {
  /** The workbook with a stage settings sheet whose switch of negotiationEntry says 否. */
  async function withNegotiationEntryOff() {
    const { gateway, input } = await workbook(true);
    const spec = templateById("stageSettings")!.build({ language: "zh" });
    const { sheet } = valueOf(await gateway.createSheet(spec));
    const row = GATE_SWITCHES_RANGE.row + GATE_RULES.findIndex((rule) => rule.id === "negotiationEntry");
    (gateway.contents.get(sheet) as Map<string, string>).set(cellAddress(row, GATE_SWITCHES_RANGE.col), "否");
    return { gateway, input, sheet };
  }

  it("leaves out a rule switched off in the workbook's settings, though the pipeline is read with the seven stages", async () => {
    const { gateway, input, sheet } = await withNegotiationEntryOff();
    const gates = valueOf(await reviewGates(gateway, { ...input, gateSwitchesSheet: sheet }, AS_OF))!.gates;
    expect(gates.get("D-2")?.map((f) => f.rule.id)).not.toContain("negotiationEntry");
  });

  it("checks every rule when no settings sheet is given", async () => {
    const { gateway, input } = await withNegotiationEntryOff();
    const gates = valueOf(await reviewGates(gateway, input, AS_OF))!.gates;
    expect(gates.get("D-2")?.map((f) => f.rule.id)).toContain("negotiationEntry");
  });
});

describe("buildBoard", () => {
  it("writes the board as the add-in's report, regenerated in place on the next update", async () => {
    const { gateway, input } = await workbook(true);
    const first = valueOf(await buildBoard(gateway, input, AS_OF, "en"));
    const second = valueOf(await buildBoard(gateway, input, AS_OF, "en"));
    expect(second.sheet).toBe(first.sheet);
    expect([...first.gates.keys()]).toEqual(["D-2"]);
  });
});

describe("Pipeline health with evaluation sheets", () => {
  const health = async (withSheets: boolean) => {
    const { gateway, input } = await workbook(withSheets);
    return valueOf(
      await generateHealthReport(gateway, { ...input, asOf: AS_OF, language: "en" }),
    ).health.anomalies.filter((a) => a.kind === "unsupportedStage");
  };

  it("adds a deal whose stage its sheets do not support, naming the missing conditions", async () => {
    const found = await health(true);
    const negotiation = found.find((a) => a.dealId === "D-2" && a.detail.en.includes("5 of 7"));
    expect(negotiation?.detail.zh).toContain("只具备 5 项");
  });

  it("adds nothing when the workbook has no evaluation sheets", async () => {
    expect(await health(false)).toEqual([]);
  });
});
