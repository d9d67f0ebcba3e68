import { ErrorCode, installCustomFunctionsRuntime } from "../workbench/engine/customFunctionsRuntime";
import type { CellList } from "./args";
import { wordChoice } from "./options";
import { declare, run } from "./runner";
import { column, expectExcelError, withDisplayLanguage } from "./testing/cells";

beforeAll(() => installCustomFunctionsRuntime());

const CUSTOM_LIST = column("Lead", "Deal", "Won");

/** What a toy computation received, for the tests to look at. */
let received: Record<string, unknown> = {};
const keep = (args: object) => {
  received = { ...args };
  return "done";
};

describe("declare", () => {
  it("rejects a declaration whose lined-up group names an argument that is not a range", () => {
    expect(() =>
      declare({
        name: "BAD",
        args: [
          { name: "stages", kind: "stageRange" },
          { name: "asOf", kind: "date" },
        ],
        result: "scalar",
        linedUp: [["stages", "asOf"]],
        run: () => 0,
      }),
    ).toThrow("The declaration of BAD: “asOf” is not a range argument.");
  });

  it("rejects two arguments of one name, and two stage lists", () => {
    const twice = { name: "stages", kind: "stageRange" } as const;
    expect(() => declare({ name: "BAD", args: [twice, twice], result: "scalar", run: () => 0 })).toThrow(
      "two arguments share a name",
    );
    const lists = [
      { name: "a", kind: "stageList", optional: true },
      { name: "b", kind: "stageList", optional: true },
    ] as const;
    expect(() => declare({ name: "BAD", args: lists, result: "scalar", run: () => 0 })).toThrow(
      "more than one stageList argument",
    );
  });
});

describe("bad arguments", () => {
  const STAGE_AND_LIST = declare({
    name: "TOY",
    args: [
      { name: "stage", kind: "stage" },
      { name: "stageList", kind: "stageList", optional: true },
    ],
    result: "scalar",
    run: keep,
  });

  it("names the argument whose value it cannot read", () => {
    expectExcelError(
      run(STAGE_AND_LIST, "Closing"),
      ErrorCode.invalidValue,
      "“stage”: Unknown stage “Closing”",
    );
  });

  it("reads the stage list before the arguments resolved in it, whatever their order", () => {
    expectExcelError(run(STAGE_AND_LIST, "Closing", column("Lead")), ErrorCode.invalidValue, "“stageList”");
    expect(run(STAGE_AND_LIST, "deal", CUSTOM_LIST)).toBe("done");
    expect(received.stage).toEqual({ kind: "open", index: 1 });
  });

  it("stops at a blank argument that is needed, saying what to give", () => {
    const needed = declare({
      name: "TOY",
      args: [{ name: "asOf", kind: "date", blank: { en: "give a date", zh: "请给出日期" } }],
      result: "scalar",
      run: keep,
    });
    expectExcelError(run(needed, " "), ErrorCode.invalidValue, "“asOf” is blank: give a date.");
    expectExcelError(
      withDisplayLanguage("zh-CN", () => run(needed, null)),
      ErrorCode.invalidValue,
      "参数“asOf”为空：请给出日期。",
    );
  });

  it("rejects an amount that must be positive when it is blank, zero or negative", () => {
    const positive = declare({
      name: "TOY",
      args: [{ name: "target", kind: "amount", positive: true }],
      result: "scalar",
      run: keep,
    });
    for (const target of [null, 0, -5]) {
      expectExcelError(run(positive, target), ErrorCode.invalidValue, "“target” must be a positive amount.");
    }
    expect(run(positive, "12")).toBe("done");
    expect(received.target).toBe(12);
  });

  it("checks the ranges that line up against the first of their group, skipping one left blank", () => {
    const linedUp = declare({
      name: "TOY",
      args: [
        { name: "amounts", kind: "numberRange" },
        { name: "stages", kind: "stageRange" },
        { name: "outcomes", kind: "stageRange", optional: true },
      ],
      result: "scalar",
      linedUp: [["amounts", "stages", "outcomes"]],
      run: keep,
    });
    expectExcelError(
      run(linedUp, column(1, 2), column("意向"), null),
      ErrorCode.invalidValue,
      "“amounts” (2 rows × 1 column) and “stages” (1 row × 1 column) must be the same size",
    );
    expectExcelError(run(linedUp, column(1), column("意向"), column("won", "lost")), ErrorCode.invalidValue);
    expect(run(linedUp, column(1), column("意向"), column(null, ""))).toBe("done");
    expect(received.outcomes).toBeUndefined();
  });

  it("reads every argument before the cells of the ranges: a bad value comes before a bad cell", () => {
    const cellsLast = declare({
      name: "TOY",
      args: [
        { name: "amounts", kind: "numberRange" },
        { name: "target", kind: "amount" },
      ],
      result: "scalar",
      run: ({ amounts }) => amounts.numberAt(0),
    });
    expectExcelError(run(cellsLast, column("n/a"), "lots"), ErrorCode.invalidValue, "“target”");
    expectExcelError(run(cellsLast, column("n/a"), 1), ErrorCode.invalidValue, "“amounts”");
  });

  it("runs the declaration's own check after the arguments, before the computation", () => {
    const calls: string[] = [];
    const checked = declare({
      name: "TOY",
      args: [{ name: "target", kind: "amount", optional: true }],
      result: "scalar",
      check: ({ target }) => {
        calls.push("check");
        if (target === 0) throw new Error("zero");
      },
      run: () => calls.push("run"),
    });
    expectExcelError(run(checked, 0), ErrorCode.invalidValue, "zero");
    expect(calls).toEqual(["check"]);
  });
});

describe("run", () => {
  const LISTS = declare({
    name: "TOY",
    args: [
      { name: "stage", kind: "stage", blank: "answersBlank" },
      { name: "language", kind: "language", optional: true },
      { name: "ranges", kind: "stageRange", optional: true },
    ],
    result: "array",
    run: (args) => [[keep(args)]],
  });

  it("answers blank at a blank argument declared so, without reading the arguments after it", () => {
    expect(run(LISTS, null, "fr")).toEqual([[""]]);
    expect(
      run(LISTS, [[""]], "fr", [
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([[""]]);
  });

  it("writes its messages in the language the language argument names", () => {
    expectExcelError(run(LISTS, "Closing", "中文"), ErrorCode.invalidValue, "参数“stage”");
    expectExcelError(run(LISTS, "Closing", "en"), ErrorCode.invalidValue, "“stage”: Unknown stage");
  });

  it("hands the computation each argument read by its kind, by name", () => {
    expect(withDisplayLanguage("zh-CN", () => run(LISTS, "won", null, column("意向")))).toEqual([["done"]]);
    expect(received.stage).toEqual({ kind: "won", index: 6 });
    expect(received.language).toBe("zh");
    expect((received.ranges as CellList).length).toBe(1);
  });

  it("reads an omitted choice as its default and a required range left blank as an empty list", () => {
    const choice = wordChoice(new Map([["a", 1]]), 0, { en: "a", zh: "a" });
    const defaults = declare({
      name: "TOY",
      args: [
        { name: "stages", kind: "stageRange" },
        { name: "pick", kind: "choice", choice, optional: true },
      ],
      result: "scalar",
      run: keep,
    });
    expect(run(defaults, null)).toBe("done");
    expect([(received.stages as CellList).length, received.pick]).toEqual([0, 0]);
  });

  it("reads a one-or-list argument as a list of one for one cell, and as a list with blanks for a row or column", () => {
    const choice = wordChoice(
      new Map([
        ["a", 1],
        ["b", 2],
      ]),
      0,
      { en: "a or b", zh: "a 或 b" },
    );
    const lists = declare({
      name: "TOY",
      args: [
        { name: "days", kind: "dates", blank: { en: "give a day", zh: "请给出日期" } },
        { name: "stages", kind: "funnelStages", optional: true },
        { name: "picks", kind: "choices", choice, optional: true },
      ],
      result: "array",
      run: (args) => [[keep(args)]],
    });
    run(lists, "2025-01-01", [["意向"]], null);
    expect(received).toEqual({ days: [45658], stages: [2], picks: [0] });
    run(lists, column(45658, null, "2025-01-03"), column("Won", ""), [["b", "", "a"]]);
    expect(received).toEqual({ days: [45658, null, 45660], stages: [6, null], picks: [2, null, 1] });
    run(lists, column(45658), null, undefined);
    expect(received).toEqual({ days: [45658], stages: null, picks: [0] });
  });

  it("keeps the single kind's rules for one cell of a one-or-list argument, and names the cell of a list", () => {
    const days = declare({
      name: "TOY",
      args: [{ name: "days", kind: "dates", blank: { en: "give a day", zh: "请给出日期" } }],
      result: "array",
      run: () => [["done"]],
    });
    expectExcelError(run(days, [[""]]), ErrorCode.invalidValue, "“days” is blank: give a day.");
    expectExcelError(run(days, column(45658, "soon")), ErrorCode.invalidValue, "“days” row 2");
    expectExcelError(
      run(days, [
        [1, 2],
        [3, 4],
      ]),
      ErrorCode.invalidValue,
      "“days” must be a single row or column",
    );
  });

  it("turns an unexpected exception into #VALUE! instead of throwing", () => {
    const broken = declare({
      name: "TOY",
      args: [],
      result: "scalar",
      run: () => {
        throw new TypeError("boom");
      },
    });
    expectExcelError(run(broken), ErrorCode.invalidValue, "boom");
  });
});
