/**
 * FUNNEL.CONVERSION, FUNNEL.WINRATE and FUNNEL.WEIGHTED, called as Excel calls them (WINWORTH: functions.winworth.test.ts).
 */
import { CONVERSION, WEIGHTED, WINRATE } from "./functions";
import { column, excelCall, expectExcelError, row, withDisplayLanguage } from "./testing/cells";
import { installCustomFunctionsRuntime, ErrorCode } from "../workbench/engine/customFunctionsRuntime";

beforeAll(() => installCustomFunctionsRuntime());

/**
 * Eight deals and a blank row: 目标 1, 潜在 2, 意向 1, 谈判 1, 成交 2, one lost (stage of loss unknown).
 * Reached: 目标 8, 潜在 6, 意向 4, 立项 3, 认可 3, 谈判 3, 成交 2.
 */
const STAGES = column("目标", "潜在", "潜在", "意向", "谈判", "成交", "丢单", null, "成交");

/** Four deals with outcomes: open at 意向, lost at 谈判, lost at 立项, won. */
const OUTCOME_STAGES = column("意向", "谈判", "立项", "成交");
const OUTCOMES = column(null, "lost", "丢单", "won");

describe("FUNNEL.CONVERSION", () => {
  it("rejects stages that are not one row or column", () => {
    expectExcelError(
      CONVERSION([
        ["意向", "谈判"],
        ["立项", "认可"],
      ]),
      ErrorCode.invalidValue,
      "“stages”",
    );
  });

  it("rejects an unknown stage, naming the row", () => {
    expectExcelError(
      CONVERSION(column("意向", "Closing")),
      ErrorCode.invalidValue,
      "“stages” row 2",
      "Closing",
    );
  });

  it("rejects outcomes that do not line up with stages, naming both and their sizes", () => {
    const result = excelCall(CONVERSION, column("意向", "谈判"), null, null, column("won"));
    expectExcelError(
      result,
      ErrorCode.invalidValue,
      "“stages” (2 rows × 1 column)",
      "“outcomes” (1 row × 1 column)",
    );
  });

  it("rejects a stage in outcomes beside a deal that is not lost", () => {
    const result = excelCall(CONVERSION, column("意向"), null, null, column("谈判"));
    expectExcelError(
      result,
      ErrorCode.invalidValue,
      "“outcomes”",
      "stage of loss of a deal marked Closed lost",
    );
  });

  it("rejects a deal lost at the won stage", () => {
    const result = excelCall(CONVERSION, column("意向", "成交"), null, null, column(null, "lost"));
    expectExcelError(result, ErrorCode.invalidValue, "“stages” row 2", "cannot be lost");
  });

  it("rejects the lost outcome as a from or to stage", () => {
    expectExcelError(excelCall(CONVERSION, STAGES, "丢单"), ErrorCode.invalidValue, "“fromStage”", "outcome");
    expectExcelError(excelCall(CONVERSION, STAGES, null, "Lost"), ErrorCode.invalidValue, "“toStage”");
  });

  it("rejects a from stage after the to stage", () => {
    expectExcelError(excelCall(CONVERSION, STAGES, "谈判", "意向"), ErrorCode.invalidValue, "swap");
  });

  it("answers #DIV/0! when no deal reached the from stage", () => {
    expectExcelError(excelCall(CONVERSION, column(null, ""), "意向", "成交"), ErrorCode.divisionByZero);
  });

  it("gives reached(to) / reached(from) as a 1×1 result", () => {
    expect(excelCall(CONVERSION, STAGES, "意向", "成交")).toEqual([[0.5]]);
    expect(excelCall(CONVERSION, STAGES, "谈判")).toEqual([[2 / 3]]);
    expect(excelCall(CONVERSION, STAGES, null, "意向")).toEqual([[0.5]]);
    expect(excelCall(CONVERSION, STAGES, "潜在", "潜在")).toEqual([[1]]);
  });

  it("rejects from and to stage lists of different lengths, and the lost outcome in a list", () => {
    const result = excelCall(CONVERSION, STAGES, column("目标", "潜在"), column("潜在", "意向", "立项"));
    expectExcelError(result, ErrorCode.invalidValue, "“fromStage” gives 2 values", "“toStage” 3");
    expectExcelError(
      excelCall(CONVERSION, STAGES, column("目标", "丢单")),
      ErrorCode.invalidValue,
      "“fromStage”",
      "outcome",
    );
  });

  it("spills one rate per row for lists of stages, each the rate one call per row gives", () => {
    const names = ["目标", "潜在", "意向", "立项", "认可", "谈判", "成交"];
    const nextStep = excelCall(CONVERSION, STAGES, column(...names.slice(0, -1)), column(...names.slice(1)));
    expect(nextStep).toEqual(
      names
        .slice(0, -1)
        .map((from, k) => (excelCall(CONVERSION, STAGES, from, names[k + 1]) as unknown[][])[0]),
    );
    expect(nextStep).toEqual([[6 / 8], [4 / 6], [3 / 4], [1], [1], [2 / 3]]);
    // One from stage for every row: the cumulative conversion of each stage.
    const cumulative = excelCall(CONVERSION, STAGES, "目标", column(...names));
    expect(cumulative).toEqual([[1], [6 / 8], [4 / 8], [3 / 8], [3 / 8], [3 / 8], [2 / 8]]);
    // A list of to stages alone converts from the first stage.
    expect(excelCall(CONVERSION, STAGES, null, column("潜在", "成交"))).toEqual([[6 / 8], [2 / 8]]);
  });

  it("answers a blank row for a blank cell of a list or a stage no deal reached, and a swap as that row's error", () => {
    const result = excelCall(
      CONVERSION,
      STAGES,
      column("意向", null, "谈判"),
      column("成交", "成交", "意向"),
    );
    expect((result as unknown[][]).slice(0, 2)).toEqual([[0.5], [""]]);
    expectExcelError((result as unknown[][])[2][0], ErrorCode.invalidValue, "swap");
    // As in the table: no deal to divide by is a blank, where one call answers #DIV/0!.
    expect(excelCall(CONVERSION, column(null, ""), column("意向", "目标"), "成交")).toEqual([[""], [""]]);
  });

  it("spills the table without from and to stages", () => {
    expect(CONVERSION(STAGES)).toEqual([
      ["Stage", "Reached", "Next-step conversion", "Cumulative conversion"],
      ["Target account", 8, 6 / 8, 1],
      ["Prospect", 6, 4 / 6, 6 / 8],
      ["Interested", 4, 3 / 4, 4 / 8],
      ["Project approved", 3, 1, 3 / 8],
      ["Shortlisted", 3, 1, 3 / 8],
      ["Negotiation", 3, 2 / 3, 3 / 8],
      ["Closed won", 2, "", 2 / 8],
    ]);
  });

  it("writes the table in Chinese in a Chinese Excel", () => {
    const table = withDisplayLanguage("zh-CN", () => CONVERSION(STAGES)) as unknown[][];
    expect(table[0]).toEqual(["阶段", "到达商机数", "下一阶段转化率", "累计转化率"]);
    expect(table[1][0]).toBe("目标客户");
  });

  it("gives blanks, not zeros or errors, in the table when there are no deals", () => {
    const table = CONVERSION(column(null)) as unknown[][];
    expect(table).toHaveLength(8);
    expect(table[1]).toEqual(["Target account", 0, "", ""]);
  });

  it("counts a deal lost at a stage from the outcomes column as having reached that stage", () => {
    expect(excelCall(CONVERSION, OUTCOME_STAGES, "立项", "谈判", OUTCOMES)).toEqual([[2 / 3]]);
    const table = excelCall(CONVERSION, OUTCOME_STAGES, null, null, OUTCOMES) as unknown[][];
    expect(table.map((line) => line[1])).toEqual(["Reached", 4, 4, 4, 3, 2, 2, 1]);
  });

  it("reads a lost-at column in outcomes: the stage of loss of each deal marked lost", () => {
    const stages = column("意向", "丢单", "丢单", "成交", "丢单");
    const lostAt = column(null, "谈判", "立项", null, null);
    const table = excelCall(CONVERSION, stages, null, null, lostAt) as unknown[][];
    // 5 deals reach 目标 (the last lost one only that far); lost at 谈判 reaches 6 stages, at 立项 four.
    expect(table.map((line) => line[1])).toEqual(["Reached", 5, 4, 4, 3, 2, 2, 1]);
    expect(excelCall(CONVERSION, stages, "立项", "谈判", lostAt)).toEqual([[2 / 3]]);
  });

  it("works with a custom stage list", () => {
    const list = column("Lead", "Proposal", "Won");
    const table = excelCall(CONVERSION, column("Lead", "Proposal", "Won", "Lost"), null, null, null, list);
    expect(table).toEqual([
      ["Stage", "Reached", "Next-step conversion", "Cumulative conversion"],
      ["Lead", 4, 0.5, 1],
      ["Proposal", 2, 0.5, 0.5],
      ["Won", 1, "", 0.25],
    ]);
  });

  it("counts a million-row range exactly", () => {
    const names = ["目标", "潜在", "意向", "立项", "认可", "谈判", "成交", "丢单", null, ""];
    const stages: unknown[][] = new Array(1_000_000);
    for (let i = 0; i < stages.length; i++) stages[i] = [names[i % 10]];
    const table = CONVERSION(stages) as unknown[][];
    // Per 10 rows: 8 deals reach 目标 (the lost one only that far), 6 reach 潜在, 1 is won.
    expect(table[1]).toEqual(["Target account", 800_000, 0.75, 1]);
    expect(table[7]).toEqual(["Closed won", 100_000, "", 0.125]);
  });

  it("reads a row of stages as well as a column", () => {
    expect(excelCall(CONVERSION, row("意向", "成交"), "意向", "成交")).toEqual([[0.5]]);
  });
});

describe("FUNNEL.WINRATE", () => {
  it("rejects an unknown stage, naming the row", () => {
    expectExcelError(WINRATE(column("成交", "maybe")), ErrorCode.invalidValue, "“stages” row 2");
  });

  it("answers #DIV/0! when no deal is closed", () => {
    expectExcelError(WINRATE(column("意向", "谈判")), ErrorCode.divisionByZero, "No closed deal");
  });

  it("is won / (won + lost), open deals left out and blanks skipped", () => {
    expect(WINRATE(column("成交", "丢单", "意向", null, "", "成交"))).toBeCloseTo(2 / 3, 12);
    expect(WINRATE(STAGES)).toBeCloseTo(2 / 3, 12);
  });

  it("reads won and lost from the outcomes column", () => {
    expect(WINRATE(OUTCOME_STAGES, OUTCOMES)).toBeCloseTo(1 / 3, 12);
  });

  it("counts a lost outcome on a blank stage row", () => {
    expect(WINRATE(column(null, "成交"), column("lost", null))).toBe(0.5);
  });

  it("works with a custom stage list's won and lost names", () => {
    const list = column("Lead", "Closed Won", "Closed Lost");
    expect(
      WINRATE(column("Closed Won", "Closed Lost", "Closed Lost", "Lead"), null as never, list),
    ).toBeCloseTo(1 / 3, 12);
  });
});

describe("FUNNEL.WEIGHTED", () => {
  it("rejects text in amounts, naming the argument and row", () => {
    const result = WEIGHTED(column(100, "abc"), column("意向", "谈判"));
    expectExcelError(result, ErrorCode.invalidValue, "“amounts” row 2: “abc” is not a number.");
  });

  it("rejects amounts and stages of different sizes, naming both", () => {
    const result = WEIGHTED(column(1, 2, 3), column("意向", "谈判"));
    expectExcelError(
      result,
      ErrorCode.invalidValue,
      "“amounts” (3 rows × 1 column)",
      "“stages” (2 rows × 1 column)",
    );
  });

  it("rejects an unknown stage, naming the row", () => {
    expectExcelError(WEIGHTED(column(1, 2), column("意向", "?")), ErrorCode.invalidValue, "“stages” row 2");
  });

  it("rejects an Excel error among the amounts", () => {
    const error = new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    expectExcelError(WEIGHTED(column(error), column("意向")), ErrorCode.invalidValue, "“amounts”", "#DIV/0!");
  });

  it("is Σ amount × probability over open deals", () => {
    expect(WEIGHTED(column(100, 200, 50, 80), column("意向", "认可", "成交", "丢单"))).toBeCloseTo(130, 9);
  });

  it("skips rows with a blank amount or a blank stage instead of counting zero", () => {
    const amounts = column(100, null, 300, "", " 1200 ");
    const stages = column("意向", "谈判", null, "谈判", "立项");
    expect(WEIGHTED(amounts, stages)).toBeCloseTo(100 * 0.2 + 1200 * 0.35, 9);
  });

  it("is 0 for an empty pipeline", () => {
    expect(WEIGHTED(column(null), column(null))).toBe(0);
  });

  it("uses the probabilities of a custom stage list", () => {
    const list = [
      ["Lead", "10%"],
      ["Deal", 0.5],
      ["Won", 1],
    ];
    expect(WEIGHTED(row(1000, 2000, 5000), row("Lead", "Deal", "Won"), list)).toBeCloseTo(1100, 9);
  });

  it("sums a million-row range exactly", () => {
    const size = 1_000_000;
    const names = ["目标", "潜在", "意向", "立项", "认可", "谈判", "成交", "丢单"];
    const amounts: unknown[][] = new Array(size);
    const stages: unknown[][] = new Array(size);
    for (let i = 0; i < size; i++) {
      amounts[i] = [i % 10 === 9 ? null : 10];
      stages[i] = [names[i % 8]];
    }
    // Per 40 rows: 36 amounts of 10; open stages 目标…谈判 (sum of probabilities 2.0) weigh in.
    let expected = 0;
    for (let i = 0; i < 40; i++) {
      const probability = [0.05, 0.1, 0.2, 0.35, 0.55, 0.75, 0, 0][i % 8];
      if (i % 10 !== 9) expected += 10 * probability;
    }
    const total = WEIGHTED(amounts, stages);
    expect(total).toBeCloseTo((expected * size) / 40, 3);
  });
});
