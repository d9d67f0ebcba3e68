/**
 * Section: the Deal reviews board (src/taskpane/DealReviews/reviewRun's buildBoard through the Office.js gateway and
 * the recording Excel): its context.sync() round trips and time over 20 and over 200 evaluation sheets, against
 * merely listing the workbook's sheet-scoped names (the least that finding the sheets costs). The board's reads
 * are batched by request size, not by sheet, so its syncs should not grow with the number of sheets.
 */
import { evaluationSheet, type EvaluationKind } from "../../../src/core/reviews";
import { recogniseColumns } from "../../../src/core/pipeline";
import { createOfficeGateway } from "../../../src/excel/officeGateway";
import { installRecordingExcel } from "../../../src/excel/testing/recordingExcel";
import { buildBoard, readEvaluations } from "../../../src/taskpane/DealReviews/reviewRun";
import { medianMsAsync } from "../support/measure";
import { count, ms, times, verdict, type BenchRow, type BenchSection } from "../support/report";

const SHEET_COUNTS = [20, 200] as const;
const KINDS: readonly EvaluationKind[] = [
  "preliminary",
  "secondary",
  "negotiationReadiness",
  "swot",
  "stageCheck",
];
const AS_OF = 45900;
const PIPELINE_SHEET = "CRM";

type Workbook = Awaited<ReturnType<typeof workbookWith>>;

/** A recording Excel with a pipeline of `sheets` deals and one evaluation sheet for each (kinds in turn). */
async function workbookWith(sheets: number) {
  const header = ["商机编号", "商机名称", "客户名称", "负责人", "阶段", "金额"];
  const stages = ["立项", "认可", "谈判"];
  const rows = Array.from({ length: sheets }, (_, i) => [
    `D-${i + 1}`,
    `Opportunity ${i + 1}`,
    `Customer ${i % 37}`,
    `Owner ${i % 5}`,
    stages[i % stages.length],
    10_000 + i * 100,
  ]);
  const excel = installRecordingExcel({ grids: { [PIPELINE_SHEET]: { values: [header, ...rows] } } });
  const gateway = createOfficeGateway();
  for (let i = 0; i < sheets; i++) {
    const kind = KINDS[i % KINDS.length];
    const spec = evaluationSheet(
      kind,
      { dealId: `D-${i + 1}`, opportunity: `Opportunity ${i + 1}` },
      "zh",
      AS_OF,
    );
    const made = await gateway.createSheet(spec);
    if (!made.ok) throw new Error(made.error.message.en);
  }
  const table = await gateway.readTable({ kind: "sheet", sheet: PIPELINE_SHEET });
  if (!table.ok) throw new Error(table.error.message.en);
  const mapping = recogniseColumns(table.value.header).mapping;
  return { excel, gateway, input: { table: table.value, mapping, dateOrder: "ymd" as const } };
}

/** The syncs of finding the evaluation sheets and reading their evidence (the board's reads). */
async function readSyncs({ excel, gateway }: Workbook): Promise<number> {
  const before = excel.syncs();
  const read = await readEvaluations(gateway);
  if (!read.ok) throw new Error(read.error.message.en);
  return excel.syncs() - before;
}

/** One board update: its syncs and the largest request and reply. */
async function boardOnce({ excel, gateway, input }: Workbook) {
  const [syncs, replies, requests] = [excel.syncs(), excel.payloads().length, excel.requests().length];
  const built = await buildBoard(gateway, input, AS_OF, "zh");
  if (!built.ok) throw new Error(built.error.message.en);
  return {
    found: built.value.evaluations.found.length,
    syncs: excel.syncs() - syncs,
    largestReply: Math.max(0, ...excel.payloads().slice(replies)),
    largestRequest: Math.max(0, ...excel.requests().slice(requests)),
  };
}

/**
 * Measures the review board over 20 and 200 evaluation sheets: syncs (the same at both sizes is the target) and time.
 * @example (await reviewBoardSection()).rows.length // 4
 */
export async function reviewBoardSection(): Promise<BenchSection> {
  const rows: BenchRow[] = [];
  const measured: { sheets: number; reads: number }[] = [];
  for (const sheets of SHEET_COUNTS) {
    const workbook = await workbookWith(sheets);
    const first = await boardOnce(workbook);
    if (first.found !== sheets) throw new Error(`The board found ${first.found} of ${sheets} sheets.`);
    const again = await boardOnce(workbook);
    const boardMs = await medianMsAsync(() => buildBoard(workbook.gateway, workbook.input, AS_OF, "zh"), {
      runs: 5,
      warmup: 1,
    });
    const listMs = await medianMsAsync(() => workbook.gateway.listSheetScopedNames(), { runs: 5, warmup: 1 });
    measured.push({ sheets, reads: await readSyncs(workbook) });
    rows.push({
      figure: "Review board: build, then update in place (syncs)",
      size: `${count(sheets)} evaluation sheets`,
      value: `${first.syncs} + ${again.syncs} syncs`,
      baseline: `largest request ${count(again.largestRequest)} B · reply ${count(again.largestReply)} B`,
      ratio: "",
      target: "",
      verdict: "",
    });
    rows.push({
      figure: "Review board: update (time, recording Excel)",
      size: `${count(sheets)} evaluation sheets`,
      value: ms(boardMs),
      baseline: `listing the sheet-scoped names ${ms(listMs)}`,
      ratio: times(boardMs / listMs),
      target: "",
      verdict: "",
    });
  }
  const [few, many] = measured;
  rows.push({
    figure: "Review board reads: syncs do not grow with the sheets",
    size: `${count(few.sheets)} → ${count(many.sheets)} sheets`,
    value: `${few.reads} → ${many.reads} syncs`,
    baseline: `${few.reads} syncs at ${count(few.sheets)} sheets`,
    ratio: times(many.reads / few.reads),
    target: "same syncs",
    verdict: verdict(many.reads <= few.reads),
  });
  return {
    title: "Deal reviews board (buildBoard through the Office.js gateway, recording Excel)",
    rows,
    notes: [
      "Each deal of the pipeline has one evaluation sheet (初步评估, 二次评估, 谈判条件, SWOT, 阶段判断 in turn); the times are the recording Excel's (office-addin-mock), so they show the add-in's own work, not Excel's.",
      "The reads (sheet-scoped names: 3 syncs; identities: 1; evidence: 1) do not grow with the sheets. The board's write does, by the request budget: its requests are planned with a per-call estimate (src/excel/requestBudget.ts), so 200 deals' formulas and links take two more requests than 20 deals' although the largest is about 1.3 MB of the 4 MB allowed.",
    ],
  };
}
