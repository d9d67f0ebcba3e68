/**
 * FUNNEL.CONVERSION and FUNNEL.WINRATE over the columns Pipeline health reads as evidence, called as Excel
 * calls them: deal ids (rows sharing an id are one deal's history, in row order), per-stage date columns
 * (HubSpot's `Date entered "…"`) and the rule for lost deals of unknown stage of loss. Each table is
 * counted by hand, and the functions give the figures the pane computes from it (readPipeline →
 * pipelineHealth).
 */
import { pipelineHealth } from "../core/health";
import type { UnknownLossRule } from "../core/metrics";
import { readPipeline } from "../core/pipeline";
import { HISTORY_TABLE, HUBSPOT_TABLE } from "../core/pipeline/testing/evidenceTables";
import { DEFAULT_SCHEME } from "../core/stages";
import { CONVERSION, WINRATE } from "./functions";
import { column, excelCall, expectExcelError } from "./testing/cells";
import { ErrorCode, installCustomFunctionsRuntime } from "../workbench/engine/customFunctionsRuntime";

beforeAll(() => installCustomFunctionsRuntime());

type Table = { readonly header: readonly string[]; readonly rows: readonly (readonly unknown[])[] };

/** Column c of a table as Excel passes it (a blank cell as null). */
const columnOf = (table: Table, c: number) => column(...table.rows.map((cells) => cells[c] ?? null));

/** Columns from..to (inclusive) of a table as Excel passes the block. */
const blockOf = (table: Table, from: number, to: number) =>
  table.rows.map((cells) => cells.slice(from, to + 1).map((cell) => cell ?? null));

/** The pane's stage figures of a table under a rule. */
function paneOf(table: Table, unknownLoss: UnknownLossRule) {
  const read = readPipeline(table, { scheme: DEFAULT_SCHEME });
  if (!read.ok) throw new Error(read.error.message.en);
  return pipelineHealth(read.value, DEFAULT_SCHEME, { asOf: 45838, unknownLoss });
}

/** Arguments of CONVERSION after stageList, by name. */
interface Evidence {
  readonly dealIds?: unknown;
  readonly stageDates?: unknown;
  readonly unknownLoss?: UnknownLossRule;
  readonly badRows?: unknown;
}

const NAMES = DEFAULT_SCHEME.stages.map((stage) => stage.name.zh);

/** CONVERSION's next-step and cumulative conversion of every stage, as the pane's stage table lists them. */
function conversionsOf(stages: unknown[][], evidence: Evidence) {
  const call = (from: unknown, to: unknown) =>
    (
      excelCall(
        CONVERSION,
        stages,
        from,
        to,
        null,
        null,
        evidence.dealIds ?? null,
        evidence.stageDates ?? null,
        evidence.unknownLoss ?? null,
        evidence.badRows ?? null,
      ) as unknown[][]
    ).map((cell) => cell[0]);
  const nextStep = [...call(column(...NAMES.slice(0, -1)), column(...NAMES.slice(1))), ""];
  const cumulative = call(NAMES[0], column(...NAMES));
  return { nextStep, cumulative };
}

/** The pane's conversions, a stage no deal reached as a blank. */
function paneConversions(table: Table, rule: UnknownLossRule) {
  const stages = paneOf(table, rule).stages;
  return {
    nextStep: stages.map((stage) => stage.nextStepConversion ?? ""),
    cumulative: stages.map((stage) => stage.cumulativeConversion ?? ""),
  };
}

const HISTORY = HISTORY_TABLE;
const [historyIds, historyStages] = [columnOf(HISTORY, 0), columnOf(HISTORY, 1)];

describe("bad arguments", () => {
  it("rejects deal ids that do not line up with the stages, naming both", () => {
    expectExcelError(
      excelCall(WINRATE, historyStages, null, null, column("A", "B")),
      ErrorCode.invalidValue,
      "“stages”",
      "“dealIds”",
    );
  });

  it("rejects stage dates with another number of rows than stages, asking for one row per deal", () => {
    expectExcelError(
      excelCall(CONVERSION, column("意向", "谈判"), null, null, null, null, null, [[45658]]),
      ErrorCode.invalidValue,
      "“stageDates”",
      "one row per deal",
    );
  });

  it("rejects more stage-date columns than the stage list has stages", () => {
    const dates = [[45658, 45659, 45660, 45661, 45662, 45663, 45664, 45665]];
    expectExcelError(
      excelCall(CONVERSION, column("意向"), null, null, null, null, null, dates),
      ErrorCode.invalidValue,
      "8 columns",
      "7 stages",
    );
  });

  it("stops at a stage date that is not a date by default, naming its row and column", () => {
    expectExcelError(
      excelCall(CONVERSION, column("意向", "谈判"), null, null, null, null, null, [
        [45658, null],
        [45658, "soon"],
      ]),
      ErrorCode.invalidValue,
      "“stageDates” row 2, column 2",
    );
  });

  it("rejects an unknownLoss word it does not know, listing firstStage and knownPaths", () => {
    expectExcelError(
      excelCall(CONVERSION, historyStages, null, null, null, null, null, null, "sometimes"),
      ErrorCode.invalidValue,
      "firstStage",
      "knownPaths",
    );
  });
});

describe("a stage history (rows sharing a deal id)", () => {
  it("counts one deal per id, by its last row: 1 won (C) and 2 lost (B, D)", () => {
    expect(excelCall(WINRATE, historyStages, null, null, historyIds)).toBe(1 / 3);
    expect(excelCall(WINRATE, historyStages, null, null, historyIds)).toBe(
      paneOf(HISTORY, "firstStage").overall.winRate,
    );
    // Without ids every row counts as a deal: 1 won of the 12 rows.
    expect(excelCall(CONVERSION, historyStages, NAMES[0], NAMES[6])).toEqual([[1 / 12]]);
  });

  it("counts the stages each history reached, and B as lost at 谈判, by hand", () => {
    // Furthest stages: A 意向(2), B 谈判(5), C 成交(6), D first stage only, E 立项(3), F 认可(4).
    const table = excelCall(CONVERSION, historyStages, null, null, null, null, historyIds) as unknown[][];
    expect(table.slice(1).map((row) => row[1])).toEqual([6, 5, 5, 4, 3, 2, 1]);
  });

  it.each<UnknownLossRule>(["firstStage", "knownPaths"])(
    "gives the pane's next-step and cumulative conversions under %s",
    (rule) => {
      const live = conversionsOf(historyStages, { dealIds: historyIds, unknownLoss: rule });
      const pane = paneConversions(HISTORY, rule);
      expect(live.nextStep).toEqual(pane.nextStep);
      expect(live.cumulative).toEqual(pane.cumulative);
    },
  );

  it("leaves D, lost at an unknown stage, out of the first stage under knownPaths: won 1 of 5", () => {
    const rate = (rule: UnknownLossRule) =>
      excelCall(CONVERSION, historyStages, NAMES[0], NAMES[6], null, null, historyIds, null, rule);
    expect([rate("firstStage"), rate("knownPaths")]).toEqual([[[1 / 6]], [[1 / 5]]]);
  });

  it("takes a history's rows in row order: B's two rows reversed leave B open at 谈判", () => {
    const ids = column("B", "B");
    expect(excelCall(WINRATE, column("谈判", "丢单"), null, null, ids)).toBe(0);
    expectExcelError(
      excelCall(WINRATE, column("丢单", "谈判"), null, null, ids),
      ErrorCode.divisionByZero,
      "No closed deal",
    );
  });

  it("reads ids as the pane does: trimmed text, a number as its text", () => {
    const ids = column(7, " 7 ", "7");
    expect(excelCall(WINRATE, column("谈判", "丢单", "成交"), null, null, ids)).toBe(1);
  });
});

const HUBSPOT = HUBSPOT_TABLE;
const [hubspotStages, hubspotDates] = [columnOf(HUBSPOT, 1), blockOf(HUBSPOT, 2, 8)];

describe("per-stage date columns (HubSpot's Date entered)", () => {
  it("reads the seven date columns as the pane does", () => {
    const read = readPipeline(HUBSPOT, { scheme: DEFAULT_SCHEME });
    expect(read.ok && read.value.stageDates?.map((dated) => dated.stage)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("counts the stages the dates show, by hand", () => {
    // Furthest: P 认可(4), Q 立项(3, its stage of loss), R first stage only, S 成交(6), T 目标(0).
    const table = excelCall(
      CONVERSION,
      hubspotStages,
      null,
      null,
      null,
      null,
      null,
      hubspotDates,
      null,
      "skip",
    ) as unknown[][];
    expect(table.slice(1).map((row) => row[1])).toEqual([5, 3, 3, 3, 2, 1, 1]);
  });

  it.each<UnknownLossRule>(["firstStage", "knownPaths"])(
    "gives the pane's next-step and cumulative conversions under %s",
    (rule) => {
      const live = conversionsOf(hubspotStages, {
        stageDates: hubspotDates,
        unknownLoss: rule,
        badRows: "skip",
      });
      const pane = paneConversions(HUBSPOT, rule);
      expect(live.nextStep).toEqual(pane.nextStep);
      expect(live.cumulative).toEqual(pane.cumulative);
    },
  );

  it("takes fewer columns than stages as the first stages' dates", () => {
    const table = excelCall(CONVERSION, column("目标", "目标"), null, null, null, null, null, [
      [45600, 45610],
      [45600, null],
    ]) as unknown[][];
    expect(table.slice(1, 3).map((row) => row[1])).toEqual([2, 1]);
  });
});

describe("a history with per-stage dates", () => {
  it("takes the furthest stage any row of the history dates", () => {
    const stages = column("目标", "潜在", "意向");
    const ids = column("K", "K", "L");
    const dates = [
      [45600, null, null, 45630],
      [45600, 45610, null, null],
      [45600, null, null, null],
    ];
    const table = excelCall(CONVERSION, stages, null, null, null, null, ids, dates) as unknown[][];
    // K (now 潜在) reached 立项 by its first row's date; L is at 意向.
    expect(table.slice(1, 5).map((row) => row[1])).toEqual([2, 2, 2, 1]);
  });
});
