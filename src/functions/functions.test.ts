/**
 * FUNNEL.STAGE, FUNNEL.PROBABILITY, FUNNEL.ACTIONS and FUNNEL.MARKERS, called as Excel calls them:
 * 2-D ranges, null and "" blanks, numbers as numbers, booleans, omitted arguments as null.
 * The metrics are in functions.metrics.test.ts and functions.winworth.test.ts.
 */
import { STAGES, stageById } from "../core/stages";
import * as functions from "./functions";
import { ACTIONS, FunnelStage, MARKERS, PROBABILITY, STAGE } from "./functions";
import { column, excelCall, expectExcelError, row, singleAnswer, withDisplayLanguage } from "./testing/cells";
import { installCustomFunctionsRuntime, ErrorCode } from "../workbench/engine/customFunctionsRuntime";

beforeAll(() => installCustomFunctionsRuntime());

const CUSTOM_LIST = column("Lead", "Qualified", "Proposal", "Closed Won", "Closed Lost");

describe("the stage autocomplete", () => {
  it("offers exactly the stage model's ids, in order, then lost", () => {
    expect(Object.values(FunnelStage)).toEqual([...STAGES.map((stage) => stage.id), "lost"]);
  });

  it("resolves every value it offers", () => {
    for (const value of Object.values(FunnelStage))
      expect(typeof singleAnswer(excelCall(PROBABILITY, value))).toBe("number");
  });
});

describe("every function", () => {
  const customFunctions = Object.entries(functions).filter(
    (entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === "function",
  );
  const junk: unknown[][] = [
    [],
    [undefined, undefined, undefined, undefined, undefined],
    [{}, { nested: true }, Symbol("s"), [[[1]]], () => 1],
    [
      [
        [1, 2],
        [3, 4],
      ],
      [[true]],
      [["x"]],
      [[NaN]],
      [[null]],
    ],
  ];

  it.each(customFunctions.map(([name]) => name))("%s never throws, whatever it is given", (name) => {
    const fn = customFunctions.find(([candidate]) => candidate === name)![1];
    for (const args of junk) expect(() => fn(...args)).not.toThrow();
  });
});

describe("FUNNEL.STAGE", () => {
  it("rejects a block of several rows and columns of evidence answers", () => {
    expectExcelError(
      STAGE([
        [true, true],
        [true, false],
      ]),
      ErrorCode.invalidValue,
      "“input”",
      "2 rows × 2 columns",
    );
  });

  it("rejects an unknown stage, naming the argument and the label", () => {
    expectExcelError(STAGE([["Closing"]]), ErrorCode.invalidValue, "“input”", "Unknown stage “Closing”");
  });

  it("rejects a stage number outside 1–7", () => {
    expectExcelError(STAGE([[9]]), ErrorCode.invalidValue, "“input”", "“9”");
  });

  it("rejects an unknown form, naming the argument", () => {
    expectExcelError(excelCall(STAGE, [["意向"]], "roman"), ErrorCode.invalidValue, "“form”", "roman");
  });

  it("rejects an unreadable evidence answer, naming the answer", () => {
    expectExcelError(STAGE(row(true, "maybe")), ErrorCode.invalidValue, "“input”", "Answer 2", "maybe");
  });

  it("rejects more than seven evidence answers", () => {
    expectExcelError(
      STAGE(column(true, true, true, true, true, true, true, true)),
      ErrorCode.invalidValue,
      "At most 7",
    );
  });

  it("rejects an evidence checklist combined with a custom stage list", () => {
    expectExcelError(
      STAGE(row(true, true), null as never, CUSTOM_LIST),
      ErrorCode.invalidValue,
      "“stageList”",
    );
  });

  it("rejects a bad stage list, naming it", () => {
    expectExcelError(
      STAGE([["Lead"]], null as never, column("Lead")),
      ErrorCode.invalidValue,
      "“stageList”",
      "two stages",
    );
  });

  it("rejects an Excel error passed in", () => {
    const error = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    expectExcelError(STAGE([[error]]), ErrorCode.invalidValue, "“input”", "#N/A");
  });

  it("answers #N/A when not even the first marker holds", () => {
    expectExcelError(STAGE([[false]]), ErrorCode.notAvailable, "Not yet a target customer");
    expectExcelError(STAGE(row(null, null, null)), ErrorCode.notAvailable);
  });

  it("gives blank for a blank cell", () => {
    expect(singleAnswer(STAGE([[null]]))).toBe("");
    expect(singleAnswer(STAGE([[""]]))).toBe("");
    expect(singleAnswer(STAGE([]))).toBe("");
  });

  it("writes a label in the display language by default", () => {
    expect(singleAnswer(STAGE([["意向"]]))).toBe("Interested");
    expect(singleAnswer(withDisplayLanguage("zh-CN", () => STAGE([["Intent"]])))).toBe("意向客户");
  });

  it("writes the stage in the form asked for", () => {
    expect(singleAnswer(excelCall(STAGE, [["3"]], "zh"))).toBe("意向客户");
    expect(singleAnswer(excelCall(STAGE, [["谈判客户"]], "number"))).toBe(6);
    expect(singleAnswer(excelCall(STAGE, [[4]], "中文"))).toBe("立项客户");
    expect(singleAnswer(excelCall(STAGE, [["Negotiation"]], "id"))).toBe("negotiation");
    expect(singleAnswer(excelCall(STAGE, [["丢单"]], "number"))).toBe(0);
    expect(singleAnswer(excelCall(STAGE, [["closed won"]], "en"))).toBe("Closed won");
  });

  it("reads the evidence checklist: the furthest stage whose marker and all earlier ones hold", () => {
    expect(singleAnswer(STAGE(column(true, true, false)))).toBe("Prospect");
    expect(singleAnswer(STAGE([[true]]))).toBe("Target account");
    expect(singleAnswer(excelCall(STAGE, row(true, true, true, true, "是", null, null), "zh"))).toBe(
      "认可客户",
    );
    expect(singleAnswer(excelCall(STAGE, row(true, true, "", true), "number"))).toBe(2);
    expect(singleAnswer(excelCall(STAGE, row(true, true, true, true, true, true, true), "id"))).toBe("won");
  });

  it("resolves and writes stages of a custom stage list", () => {
    expect(singleAnswer(excelCall(STAGE, [["proposal"]], "number", CUSTOM_LIST))).toBe(3);
    expect(singleAnswer(excelCall(STAGE, [[2]], "en", CUSTOM_LIST))).toBe("Qualified");
    expect(singleAnswer(excelCall(STAGE, [["closed lost"]], "en", CUSTOM_LIST))).toBe("Closed Lost");
  });

  it("reports errors in Chinese in a Chinese Excel", () => {
    const result = withDisplayLanguage("zh-CN", () => STAGE([["Closing"]]));
    expectExcelError(result, ErrorCode.invalidValue, "参数“input”", "未知阶段“Closing”");
  });
});

describe("FUNNEL.PROBABILITY", () => {
  it("rejects an unknown stage, naming the argument", () => {
    expectExcelError(excelCall(PROBABILITY, "Closing"), ErrorCode.invalidValue, "“stage”", "Closing");
  });

  it("rejects a stage list with a bad probability, naming the list", () => {
    const list = [
      ["Lead", "lots"],
      ["Won", 1],
    ];
    expectExcelError(excelCall(PROBABILITY, "Lead", list), ErrorCode.invalidValue, "“stageList”", "lots");
  });

  it("gives blank for a blank stage", () => {
    expect(singleAnswer(excelCall(PROBABILITY, null))).toBe("");
    expect(singleAnswer(excelCall(PROBABILITY, ""))).toBe("");
  });

  it("gives the default ladder", () => {
    const ladder = ["目标", "潜在", "意向", "立项", "认可", "谈判", "成交", "丢单"].map((stage) =>
      singleAnswer(excelCall(PROBABILITY, stage)),
    );
    expect(ladder).toEqual([0.05, 0.1, 0.2, 0.35, 0.55, 0.75, 1, 0]);
    expect(singleAnswer(excelCall(PROBABILITY, "intent"))).toBe(0.2);
    expect(singleAnswer(excelCall(PROBABILITY, 5))).toBe(0.55);
    expect(singleAnswer(excelCall(PROBABILITY, "5"))).toBe(0.55);
  });

  it("gives the probabilities of a custom stage list", () => {
    const list = [
      ["Lead", 0.1],
      ["Deal", "40%"],
      ["Won", null],
    ];
    expect(singleAnswer(excelCall(PROBABILITY, "deal", list))).toBe(0.4);
    expect(singleAnswer(excelCall(PROBABILITY, "Won", list))).toBe(1);
  });
});

describe("FUNNEL.ACTIONS", () => {
  it("rejects an unknown stage, naming the argument", () => {
    expectExcelError(excelCall(ACTIONS, "Closing"), ErrorCode.invalidValue, "“stage”", "Closing");
  });

  it("rejects an unknown language, naming the argument", () => {
    expectExcelError(excelCall(ACTIONS, "won", "fr"), ErrorCode.invalidValue, "“language”", "fr");
  });

  it("answers #N/A for the lost outcome, which has no actions", () => {
    expectExcelError(excelCall(ACTIONS, "丢单"), ErrorCode.notAvailable, "Closed lost");
  });

  it("gives a blank cell for a blank stage", () => {
    expect(excelCall(ACTIONS, null)).toEqual([[""]]);
  });

  it("spills the stage's actions, one per row, in the language asked for", () => {
    const won = excelCall(ACTIONS, "won", "en");
    expect(won).toEqual(stageById("won").actions.map((action) => [action.en]));
    expect(won).toContainEqual(["Collect payment"]);
    expect(excelCall(ACTIONS, "意向客户", "zh")).toEqual(
      stageById("intent").actions.map((action) => [action.zh]),
    );
    expect(excelCall(ACTIONS, 5, "中文")).toContainEqual(["客户高层拜访，赢得其信任"]);
  });

  it("follows the display language, and the language argument wins over it", () => {
    expect(withDisplayLanguage("zh-CN", () => excelCall(ACTIONS, "target"))).toContainEqual(["选择目标市场"]);
    expect(withDisplayLanguage("zh-CN", () => excelCall(ACTIONS, "target", "en"))).toContainEqual([
      "Choose the target market",
    ]);
  });

  it("reports an error in the language asked for", () => {
    expectExcelError(excelCall(ACTIONS, "Closing", "zh"), ErrorCode.invalidValue, "参数“stage”");
  });
});

describe("FUNNEL.MARKERS", () => {
  it("rejects an unknown stage, naming the argument", () => {
    expectExcelError(excelCall(MARKERS, 8), ErrorCode.invalidValue, "“stage”");
  });

  it("answers #N/A for the lost outcome", () => {
    expectExcelError(excelCall(MARKERS, "lost", "zh"), ErrorCode.notAvailable, "丢单");
  });

  it("gives a blank cell for a blank stage", () => {
    expect(excelCall(MARKERS, "")).toEqual([[""]]);
  });

  it("spills the markers, then the characteristics, as kind | text", () => {
    expect(excelCall(MARKERS, "目标", "zh")).toContainEqual(["标志", "产品能适应或满足"]);
    const stage = stageById("intent");
    const intent = excelCall(MARKERS, "intent", "en") as string[][];
    expect(intent).toHaveLength(stage.markers.length + stage.characteristics.length);
    expect(intent.slice(0, 3)).toEqual([
      ["Marker", "Fits our product's application profile"],
      ["Marker", "Has a need"],
      ["Characteristic", "Is interested in the product/service"],
    ]);
  });
});
