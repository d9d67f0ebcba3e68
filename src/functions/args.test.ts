import { DEFAULT_SCHEME, schemeFromList } from "../core/stages";
import { valueOf } from "../core/kernel/testing/results";
import {
  asRange,
  CellList,
  isBlankRange,
  checkLinedUp,
  readList,
  numberFrom,
  readSingle,
  sizeText,
  stopBlank,
} from "./args";
import { FunctionFailure } from "./errors";
import { failureOf } from "./testing/failure";
import {
  installCustomFunctionsRuntime,
  CustomFunctionError,
  ErrorCode,
} from "../workbench/engine/customFunctionsRuntime";

beforeAll(() => installCustomFunctionsRuntime());

describe("bad arguments", () => {
  it("rejects a block of several rows and columns where a list belongs, naming the argument and size", () => {
    const failure = failureOf(() =>
      readList(
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        "stages",
      ),
    );
    expect(failure.code).toBe("VALUE");
    expect(failure.message.en).toContain("“stages”");
    expect(failure.message.en).toContain("3 rows × 2 columns");
    expect(failure.message.zh).toContain("3 行 × 2 列");
  });

  it("rejects text where a number belongs, naming the argument, row and text", () => {
    const amounts = readList([[100], ["12k"], [300]], "amounts");
    const failure = failureOf(() => amounts.numberAt(1));
    expect(failure.code).toBe("VALUE");
    expect(failure.message.en).toBe("“amounts” row 2: “12k” is not a number.");
  });

  it("rejects a boolean where a number belongs", () => {
    const failure = failureOf(() => readList([[true, 5]], "weights").numberAt(0));
    expect(failure.message.en).toContain("“weights” column 1");
  });

  it("rejects an Excel error passed in, naming the argument and the error", () => {
    const error = new CustomFunctionError(ErrorCode.notAvailable);
    const failure = failureOf(() => readList([[1], [error]], "amounts").numberAt(1));
    expect(failure.message.en).toContain("“amounts” row 2 holds an Excel error (#N/A)");
  });

  it("rejects an Excel error cell value (data-type form)", () => {
    const failure = failureOf(() => readList([[{ type: "Error", errorType: "Div0" }]], "stages").valueAt(0));
    expect(failure.message.en).toContain("(#Div0)");
  });

  it("names an error cell value by the error Excel shows (#N/A), not by its type name", () => {
    const notAvailable = { type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" };
    const failure = failureOf(() => readList([[1], [notAvailable]], "closeDates").dateAt(1));
    expect(failure.message.en).toBe(
      "“closeDates” row 2 holds an Excel error (#N/A); fix or filter it first.",
    );
  });

  it("rejects an object it cannot read", () => {
    const failure = failureOf(() => readList([[{ type: "Entity", text: "x" }]], "stages").valueAt(0));
    expect(failure.message.en).toContain("cannot read");
  });

  it("rejects lists that do not line up, naming both arguments and their sizes", () => {
    const failure = failureOf(() =>
      checkLinedUp(readList([[1], [2], [3]], "amounts"), readList([["a"], ["b"]], "stages")),
    );
    expect(failure.message.en).toBe(
      "“amounts” (3 rows × 1 column) and “stages” (2 rows × 1 column) must be the same size, one value per deal.",
    );
  });

  it("rejects a row lined up against a column of the same length", () => {
    expect(() => checkLinedUp(readList([[1, 2]], "amounts"), readList([["a"], ["b"]], "stages"))).toThrow(
      FunctionFailure,
    );
  });

  it("rejects a range where a single value belongs", () => {
    const failure = failureOf(() => readSingle([["a"], ["b"]], "form"));
    expect(failure.message.en).toContain("“form” must be a single value");
  });

  it("rejects text that is not a date, naming the cell", () => {
    const failure = failureOf(() => readList([[45658], ["next Tuesday"]], "created").dateAt(1));
    expect(failure.code).toBe("VALUE");
    expect(failure.message.en).toContain("“created” row 2");
    expect(failure.message.zh).toContain("参数“created”第 2 行");
  });

  it("rejects a serial outside Excel's dates", () => {
    expect(failureOf(() => readList([[-3]], "closed").dateAt(0)).code).toBe("VALUE");
  });

  it("says a needed argument is blank and what to give, in both languages", () => {
    expect(failureOf(() => stopBlank("asOf", { en: "give a date", zh: "请给出日期" }))).toEqual({
      code: "VALUE",
      message: { en: "“asOf” is blank: give a date.", zh: "参数“asOf”为空：请给出日期。" },
    });
  });

  it("names an unknown stage label with its cell", () => {
    const failure = failureOf(() => readList([["意向"], ["Closing"]], "stages").stageAt(1, DEFAULT_SCHEME));
    expect(failure.message.en).toMatch(/^“stages” row 2: Unknown stage “Closing”/);
    expect(failure.message.zh).toMatch(/^参数“stages”第 2 行：未知阶段“Closing”/);
  });
});

describe("blanks", () => {
  it("skips blank cells instead of counting them as zero", () => {
    const amounts = readList([[null], [""], [undefined], ["\u3000"], [0], ["0"]], "amounts");
    expect([0, 1, 2, 3, 4, 5].map((i) => amounts.numberAt(i))).toEqual([null, null, null, null, 0, 0]);
  });

  it("reads a placeholder dash as a blank cell, as the pipeline table does", () => {
    const stages = readList([["-"], ["—"], ["_"], ["－"]], "stages");
    expect([0, 1, 2, 3].map((i) => stages.stageAt(i, DEFAULT_SCHEME))).toEqual([null, null, null, null]);
    expect(readList([["--"]], "amounts").numberAt(0)).toBeNull();
    expect(readSingle("-", "form")).toBeUndefined();
  });

  it("hands a reader to which a dash is a value the cell as it is", () => {
    expect(readList([["-"], [null]], "ratings").plainAt(0)).toBe("-");
    expect(readList([["-"], [null]], "ratings").plainAt(1)).toBeNull();
  });

  it("sees a range of blanks, and an omitted argument, as blank", () => {
    expect(isBlankRange(asRange(null))).toBe(true);
    expect(
      isBlankRange([
        [null, ""],
        ["  ", undefined],
        ["-", "—"],
      ]),
    ).toBe(true);
    expect(isBlankRange([[null, 0]])).toBe(false);
  });

  it("reads an omitted or blank single value as undefined", () => {
    expect(readSingle(null, "form")).toBeUndefined();
    expect(readSingle(undefined, "form")).toBeUndefined();
    expect(readSingle("", "form")).toBeUndefined();
    expect(readSingle([[null]], "form")).toBeUndefined();
  });
});

describe("numbers", () => {
  it("accepts numbers and text that is exactly a number", () => {
    expect(numberFrom(12.5)).toBe(12.5);
    expect(numberFrom(" 1200 ")).toBe(1200);
    expect(numberFrom("-3")).toBe(-3);
    expect(numberFrom("1.5e3")).toBe(1500);
  });

  it("refuses other text, infinities and non-numbers", () => {
    for (const value of [
      "12k",
      "1,200",
      "$5",
      "",
      "Infinity",
      Infinity,
      NaN,
      true,
      "1e999",
      "-1e999",
      "9".repeat(400),
    ]) {
      expect(numberFrom(value)).toBeUndefined();
    }
  });

  it("reads a data-type value by its basic value", () => {
    expect(readList([[{ type: "Double", basicValue: 7 }]], "amounts").numberAt(0)).toBe(7);
  });

  it("quotes at most 60 characters of a long text that is not a number", () => {
    const failure = failureOf(() => readList([["x".repeat(10_000)]], "amounts").numberAt(0));
    expect(failure.message.en).toBe(`“amounts”: “${"x".repeat(60)}…” is not a number.`);
  });
});

describe("ranges and lists", () => {
  it("shapes any argument as a range", () => {
    expect(asRange(null)).toEqual([]);
    expect(asRange("意向")).toEqual([["意向"]]);
    expect(asRange([1, 2])).toEqual([[1, 2]]);
    expect(asRange([[1], [2]])).toEqual([[1], [2]]);
  });

  it("reads a column down its rows and a row across its columns", () => {
    const down = readList([["a"], ["b"], ["c"]], "stages");
    const across = readList([["a", "b", "c"]], "stages");
    expect([down.length, down.at(2), down.where(2).en]).toEqual([3, "c", "“stages” row 3"]);
    expect([across.length, across.at(2), across.where(2).en]).toEqual([3, "c", "“stages” column 3"]);
  });

  it("names a single cell by its argument only", () => {
    expect(new CellList([["a"]], "stage").where(0)).toEqual({ en: "“stage”", zh: "参数“stage”" });
  });

  it("writes sizes in both languages, singular and plural", () => {
    expect(sizeText({ rows: 1, columns: 2 })).toEqual({ en: "1 row × 2 columns", zh: "1 行 × 2 列" });
  });

  it("resolves stages with the scheme and skips blanks", () => {
    const stages = readList([["意向"], [null], ["丢单"]], "stages");
    expect(stages.stageAt(0, DEFAULT_SCHEME)).toEqual({ kind: "open", index: 2 });
    expect(stages.stageAt(1, DEFAULT_SCHEME)).toBeNull();
    expect(stages.stageAt(2, DEFAULT_SCHEME)).toEqual({ kind: "lost" });
  });

  it("reads a label again as it read it the first time, and in another stage list as that list reads it", () => {
    const stages = readList([["意向"], [""], ["意向"], [""], ["Closing"], ["丢单"], ["意向"]], "stages");
    expect([0, 1, 2, 3].map((i) => stages.stageAt(i, DEFAULT_SCHEME))).toEqual([
      { kind: "open", index: 2 },
      null,
      { kind: "open", index: 2 },
      null,
    ]);
    expect(failureOf(() => stages.stageAt(4, DEFAULT_SCHEME)).message.en).toMatch(/^“stages” row 5: /);
    expect(stages.stageAt(5, DEFAULT_SCHEME)).toEqual({ kind: "lost" });
    const twoStages = valueOf(schemeFromList([["Open"], ["Closing"]]));
    expect(stages.stageAt(4, twoStages)).toEqual({ kind: "won", index: 1 });
    expect(failureOf(() => stages.stageAt(6, twoStages)).message.en).toMatch(/^“stages” row 7: /);
  });

  it("reads dates as whole-day serials, text dates in the usual forms, and blanks as null", () => {
    const dates = readList([[45658.75], ["2025-01-01"], ["2025/1/1"], ["2025年1月1日"], [" "]], "created");
    expect([0, 1, 2, 3, 4].map((i) => dates.dateAt(i))).toEqual([45658, 45658, 45658, 45658, null]);
  });

  it("reads a cell already read by at() as dateAt and numberAt read it, with the same messages", () => {
    const dates = readList([[45658.75], ["2025/1/1"], [null], ["soon"]], "created");
    expect([0, 1, 2].map((i) => dates.dateIn(dates.at(i), i))).toEqual([45658, 45658, null]);
    expect(failureOf(() => dates.dateIn(dates.at(3), 3)).message.en).toMatch(/^“created” row 4: /);
    const amounts = readList([[1200], [" 300 "], [""], ["TBD"]], "amounts");
    expect([0, 1, 2].map((i) => amounts.numberIn(amounts.at(i), i))).toEqual([1200, 300, null]);
    expect(failureOf(() => amounts.numberIn(amounts.at(3), 3)).message.en).toMatch(/^“amounts” row 4: /);
  });
});
