/**
 * FUNNEL.STAGE and FUNNEL.PROBABILITY over a range of stage labels spill one answer per cell, in the
 * range's shape, as Excel's own functions do; FUNNEL.WINRATE counts CRM outcome words.
 */
import { PROBABILITY, STAGE, WINRATE } from "./functions";
import { column, excelCall, expectExcelError, row } from "./testing/cells";
import { installCustomFunctionsRuntime, ErrorCode } from "../workbench/engine/customFunctionsRuntime";

beforeAll(() => installCustomFunctionsRuntime());

describe("FUNNEL.STAGE over a range of labels", () => {
  it('spills three stages for =FUNNEL.STAGE({"谈判";"Closed Won";"prospect"},"zh")', () => {
    expect(excelCall(STAGE, column("谈判", "Closed Won", "prospect"), "zh")).toEqual([
      ["谈判客户"],
      ["成交客户"],
      ["潜在客户"],
    ]);
  });

  it("spills a row as a row and a block as a block, blank cells blank", () => {
    expect(excelCall(STAGE, row("closedwon", "closedlost"), "en")).toEqual([["Closed won", "Closed lost"]]);
    expect(
      excelCall(
        STAGE,
        [
          ["意向", null],
          ["", 6],
        ],
        "number",
      ),
    ).toEqual([
      [3, ""],
      ["", 6],
    ]);
  });

  it("shows an unknown label as that cell's #VALUE!, the others keep their stage", () => {
    const answer = excelCall(STAGE, column("谈判", "Closing"), "zh") as unknown[][];
    expect(answer[0][0]).toBe("谈判客户");
    expectExcelError(answer[1][0], ErrorCode.invalidValue, "“input” row 2", "Closing");
  });

  it("gives a clear #VALUE! for labels mixed with TRUE/FALSE answers", () => {
    expectExcelError(
      STAGE(column("谈判", true, false)),
      ErrorCode.invalidValue,
      "“input” row 2",
      "TRUE/FALSE answers to the seven stage markers",
    );
  });

  it("keeps a column of TRUE/FALSE answers as the evidence checklist: one stage", () => {
    expect(excelCall(STAGE, column(true, true, false), "en")).toEqual([["Prospect"]]);
  });
});

describe("FUNNEL.PROBABILITY over a range of stages", () => {
  it("spills one probability per cell", () => {
    expect(excelCall(PROBABILITY, column("意向", "Closed Won", null, "closedlost"))).toEqual([
      [0.2],
      [1],
      [""],
      [0],
    ]);
  });

  it("shows an unknown label as that cell's #VALUE!", () => {
    const answer = excelCall(PROBABILITY, row("谈判", "nowhere")) as unknown[][];
    expect(answer[0][0]).toBe(0.75);
    expectExcelError(answer[0][1], ErrorCode.invalidValue, "“stage” column 2", "nowhere");
  });
});

describe("FUNNEL.WINRATE with CRM outcome words", () => {
  it('gives 0.667 for =FUNNEL.WINRATE({"closedwon";"closedlost";"closedwon"})', () => {
    expect(excelCall(WINRATE, column("closedwon", "closedlost", "closedwon"))).toBeCloseTo(2 / 3, 10);
  });

  it("counts Dynamics' status reasons and Chinese CRM words", () => {
    expect(
      excelCall(
        WINRATE,
        column("Won", "Out-Sold", "Canceled", "赢单", "失单", "关闭-丢单", "放弃", "Won (100%)"),
      ),
    ).toBeCloseTo(3 / 8, 10);
  });
});
