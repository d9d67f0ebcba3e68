/**
 * FUNNEL.GAPS, FUNNEL.GATE and FUNNEL.READY (the deck's gates), called as Excel calls them: bad arguments first.
 */
import fc from "fast-check";
import { STAGES } from "../core/stages";
import { NEGOTIATION_CONDITIONS } from "../core/templates";
import { GAPS, GATE, READY } from "./functions";
import { column, excelCall, expectExcelError, row } from "./testing/cells";
import { answerCell, asLine, fuzzSettings } from "./testing/excelArbitraries";
import { installCustomFunctionsRuntime, ErrorCode } from "../workbench/engine/customFunctionsRuntime";

beforeAll(() => installCustomFunctionsRuntime());

const SETTINGS = fuzzSettings();
const YES = (n: number) => column(...Array<boolean>(n).fill(true));
const answers = fc.array(fc.constantFrom(true, false, null, "是", "否", "Y", "n", "✓", "×", ""), {
  maxLength: 7,
});
const truthy = (a: unknown) => a === true || a === "是" || a === "Y" || a === "✓";
const stageIndex = fc.integer({ min: 0, max: 6 });

describe("FUNNEL.GAPS", () => {
  it("rejects an unreadable answer, naming the argument and row", () => {
    expectExcelError(
      GAPS("立项" as never, column(true, "maybe")),
      ErrorCode.invalidValue,
      "“evidence” row 2",
      "maybe",
    );
  });

  it("rejects more than seven answers and a block of answers", () => {
    expectExcelError(GAPS("立项" as never, YES(8)), ErrorCode.invalidValue, "“evidence”", "7");
    expectExcelError(
      GAPS("立项" as never, [
        [true, true],
        [true, true],
      ]),
      ErrorCode.invalidValue,
      "“evidence”",
    );
  });

  it("rejects the lost outcome and an unknown stage", () => {
    expectExcelError(GAPS("丢单" as never, YES(7)), ErrorCode.invalidValue, "“stage”");
    expectExcelError(GAPS("Bogus" as never, YES(7)), ErrorCode.invalidValue, "Bogus");
  });

  it("answers blank for a blank stage, and blank when the evidence supports the stage", () => {
    expect(GAPS("" as never, YES(3))).toEqual([[""]]);
    expect(GAPS("意向" as never, YES(3))).toEqual([[""]]);
  });

  it("spills the missing markers, one stage per row, in the chosen language", () => {
    expect(GAPS("立项" as never, column(true, true, false), "zh" as never)).toEqual([
      [`${STAGES[2].shortName.zh}：符合产品应用特征；有需求`],
      [`${STAGES[3].shortName.zh}：评估符合项目要求；成立小组跟进`],
    ]);
    const [[first]] = GAPS("prospect" as never, row("否"), "en" as never) as string[][];
    expect(first).toBe(`${STAGES[0].shortName.en}: ${STAGES[0].markers[0].en}`);
  });

  it("property: lists exactly the stages up to the claimed one not answered yes", () => {
    fc.assert(
      fc.property(stageIndex, answers, (index, given) => {
        const rows = excelCall(GAPS, index + 1, asLine(given, "column"), "en") as string[][];
        const expected = STAGES.slice(0, index + 1).filter((_, i) => !truthy(given[i]));
        expect(rows.map(([text]) => text).filter((t) => t !== "")).toHaveLength(expected.length);
        expect(excelCall(GATE, index + 1, asLine(given, "row"))).toBe(expected.length === 0);
      }),
      SETTINGS,
    );
  });
});

describe("FUNNEL.GATE", () => {
  it("rejects an unreadable answer and more than seven", () => {
    expectExcelError(GATE("谈判" as never, column("perhaps")), ErrorCode.invalidValue, "perhaps");
    expectExcelError(GATE("谈判" as never, YES(8)), ErrorCode.invalidValue, "“evidence”");
  });

  it("is TRUE only when every marker up to the stage holds: a deal cannot skip a stage", () => {
    expect(GATE("谈判" as never, YES(6))).toBe(true);
    expect(GATE("谈判" as never, column(true, true, true, true, true))).toBe(false);
    expect(GATE("潜在" as never, column(true, "", true))).toBe(false);
  });

  it("property: agrees with FUNNEL.GAPS being blank", () => {
    fc.assert(
      fc.property(stageIndex, answers, (index, given) => {
        const gate = excelCall(GATE, index + 1, asLine(given, "column"));
        const gaps = excelCall(GAPS, index + 1, asLine(given, "column")) as string[][];
        expect(gate).toBe(gaps.length === 1 && gaps[0][0] === "");
      }),
      SETTINGS,
    );
  });
});

describe("FUNNEL.READY", () => {
  it("rejects an unreadable answer and more than seven conditions", () => {
    expectExcelError(READY(column(true, "soon")), ErrorCode.invalidValue, "“conditions” row 2", "soon");
    expectExcelError(READY(YES(8)), ErrorCode.invalidValue, "“conditions”", "7");
  });

  it("rejects an unknown output", () => {
    expectExcelError(READY(YES(7), "maybe" as never), ErrorCode.invalidValue, "“output”");
  });

  it("counts the conditions that hold, k of 7, or says whether all seven do", () => {
    const fiveOfSeven = column("是", "是", "是", "否", "是", "是", "");
    expect(READY(fiveOfSeven)).toBe(5);
    expect(READY(fiveOfSeven, "ready" as never)).toBe(false);
    expect(READY(YES(NEGOTIATION_CONDITIONS.length), "ready" as never)).toBe(true);
  });

  it("property: the count is in 0..7 and ready exactly when it is 7", () => {
    fc.assert(
      fc.property(fc.array(answerCell, { maxLength: 7 }), (given) => {
        const count = excelCall(READY, asLine(given, "row"));
        const ready = excelCall(READY, asLine(given, "row"), "ready");
        if (typeof count !== "number") return;
        expect(count >= 0 && count <= 7).toBe(true);
        expect(ready).toBe(count === 7);
      }),
      SETTINGS,
    );
  });
});
