import { DetailedCellError } from "hyperformula";
import { customFunctionsPlugin, javascriptArguments, registerCustomFunctions } from "./customFunctionsPlugin";
import { readFunctionsMetadata } from "./functionsMetadata";
import { FAKE_FUNCTIONS_JSON, loadFakeFunctions } from "./testing/fakeFunctions";
import { WorkbookEngine } from "./workbookEngine";

const functions = readFunctionsMetadata(FAKE_FUNCTIONS_JSON);

function engineWithFakes(): WorkbookEngine {
  registerCustomFunctions({ namespace: "TEST", functions, associations: loadFakeFunctions() });
  return WorkbookEngine.create(["Sheet1"]);
}

const at = (row: number, col: number) => ({ row, col });

describe("customFunctionsPlugin", () => {
  it("refuses metadata listing a function that functions.js did not associate", () => {
    const associations = loadFakeFunctions();
    associations.delete("REPEAT");
    expect(() => customFunctionsPlugin({ namespace: "TEST", functions, associations })).toThrow(/REPEAT/);
  });

  it("names each function NAMESPACE.NAME and translates it to itself", () => {
    const { names, translations } = customFunctionsPlugin({
      namespace: "TEST",
      functions,
      associations: loadFakeFunctions(),
    });
    expect(names).toEqual([
      "TEST.DESCRIBE",
      "TEST.REPEAT",
      "TEST.FAIL",
      "TEST.TOTAL",
      "TEST.BREAK",
      "TEST.WHERE",
    ]);
    expect(translations.enGB["TEST.REPEAT"]).toBe("TEST.REPEAT");
  });
});

describe("a registered custom function in the engine", () => {
  it("gets a range as a 2-D array with blanks as null and error cells as errors", () => {
    const engine = engineWithFakes();
    engine.setCells("Sheet1", at(0, 0), [
      [1, "a"],
      [null, "=1/0"],
    ]);
    engine.setCell("Sheet1", at(0, 3), "=TEST.DESCRIBE(A1:B2)");
    expect(engine.cell("Sheet1", at(0, 3)).value).toBe('[[1,"a"],[null,error(#DIV/0!)]]|null');
  });

  it("gets a date typed as text as its serial number, as Excel passes a date cell", () => {
    const engine = engineWithFakes();
    engine.setCells("Sheet1", at(0, 0), [["2025-09-30"], [45930]]);
    engine.setCell("Sheet1", at(0, 3), "=TEST.DESCRIBE(A1:A2)");
    expect(engine.cell("Sheet1", at(0, 3)).value).toBe("[[45930],[45930]]|null");
  });

  it("gets a single value given to a range parameter as a 1×1 array, and an omitted one as null", () => {
    const engine = engineWithFakes();
    engine.setCell("Sheet1", at(0, 0), '=TEST.DESCRIBE("谈判")');
    engine.setCell("Sheet1", at(1, 0), '=TEST.DESCRIBE("x", C9)');
    expect(engine.cell("Sheet1", at(0, 0)).value).toBe('[["谈判"]]|null');
    expect(engine.cell("Sheet1", at(1, 0)).value).toBe('[["x"]]|null');
  });

  it("passes an error in a cell given to a scalar parameter as an error value", () => {
    const engine = engineWithFakes();
    engine.setCell("Sheet1", at(0, 0), "=NA()");
    engine.setCell("Sheet1", at(0, 1), '=TEST.DESCRIBE("x", A1)');
    expect(engine.cell("Sheet1", at(0, 1)).value).toBe('[["x"]]|error(#N/A)');
  });

  it("answers #N/A for a missing required argument, as for any function called wrongly", () => {
    const engine = engineWithFakes();
    engine.setCell("Sheet1", at(0, 0), "=TEST.DESCRIBE()");
    const value = engine.cell("Sheet1", at(0, 0)).value as DetailedCellError;
    expect(value).toBeInstanceOf(DetailedCellError);
    expect(value.value).toBe("#N/A");
  });

  it.each([
    ["na", "#N/A", "Nothing to show."],
    ["div", "#DIV/0!", ""],
    ["num", "#NUM!", "Too big."],
    ["nan", "#NUM!", "The result is not a finite number."],
    ["x", "#VALUE!", "Bad code “x”."],
  ])("shows a returned error %p as %s with its message", (code, shown, message) => {
    const engine = engineWithFakes();
    engine.setCell("Sheet1", at(0, 0), `=TEST.FAIL("${code}")`);
    const value = engine.cell("Sheet1", at(0, 0)).value as DetailedCellError;
    expect(value.value).toBe(shown);
    expect(value.message).toBe(message);
  });

  it("shows #VALUE! with the text of an exception the function throws", () => {
    const engine = engineWithFakes();
    engine.setCell("Sheet1", at(0, 0), "=TEST.BREAK()");
    const value = engine.cell("Sheet1", at(0, 0)).value as DetailedCellError;
    expect(value.value).toBe("#VALUE!");
    expect(value.message).toBe("Something broke.");
  });

  it("spills a returned 2-D array below the formula", () => {
    const engine = engineWithFakes();
    engine.setCell("Sheet1", at(0, 0), '=TEST.REPEAT("a", 3)');
    expect([0, 1, 2, 3].map((row) => engine.cell("Sheet1", at(row, 0)).value)).toEqual([
      "a1",
      "a2",
      "a3",
      null,
    ]);
    expect(engine.cell("Sheet1", at(2, 0)).spilled).toBe(true);
  });

  it("spills again to the new size when an input cell changes, larger or smaller", () => {
    const engine = engineWithFakes();
    engine.setCell("Sheet1", at(0, 0), 2);
    engine.setCell("Sheet1", at(0, 1), '=TEST.REPEAT("b", A1)');
    const column = () => [0, 1, 2, 3, 4].map((row) => engine.cell("Sheet1", at(row, 1)).value);
    expect(column()).toEqual(["b1", "b2", null, null, null]);
    engine.setCell("Sheet1", at(0, 0), 4);
    expect(column()).toEqual(["b1", "b2", "b3", "b4", null]);
    engine.setCell("Sheet1", at(0, 0), 1);
    expect(column()).toEqual(["b1", null, null, null, null]);
  });

  it("shows #SPILL! when the cells a result needs are not empty", () => {
    const engine = engineWithFakes();
    engine.setCell("Sheet1", at(1, 0), "in the way");
    engine.setCell("Sheet1", at(0, 0), '=TEST.REPEAT("c", 3)');
    expect((engine.cell("Sheet1", at(0, 0)).value as DetailedCellError).value).toBe("#SPILL!");
  });

  it("gives a spilled result to another formula whole", () => {
    const engine = engineWithFakes();
    engine.setCell("Sheet1", at(0, 0), '=ROWS(TEST.REPEAT("d", 5))');
    expect(engine.cell("Sheet1", at(0, 0)).value).toBe(5);
  });

  it("gathers a repeating parameter's values into one array", () => {
    const engine = engineWithFakes();
    engine.setCell("Sheet1", at(0, 0), "=TEST.TOTAL(1, 2, 3.5)");
    expect(engine.cell("Sheet1", at(0, 0)).value).toBe(6.5);
  });

  it("passes the invocation with the formula's address to a function that asks for it", () => {
    const engine = engineWithFakes();
    engine.setCell("Sheet1", at(4, 2), "=TEST.WHERE()");
    expect(engine.cell("Sheet1", at(4, 2)).value).toBe("Sheet1!C5");
    const other = engine.addSheet("Q3 pipeline");
    engine.setCell(other, at(0, 0), "=TEST.WHERE()");
    expect(engine.cell(other, at(0, 0)).value).toBe("'Q3 pipeline'!A1");
  });
});

describe("javascriptArguments", () => {
  const scalar = {
    name: "a",
    type: "any",
    dimensionality: "scalar",
    optional: true,
    repeating: false,
  } as const;
  const repeating = { ...scalar, name: "r", repeating: true } as const;

  it("passes an omitted argument as null", () => {
    expect(javascriptArguments([scalar, scalar], [1])).toEqual([1, null]);
  });

  it("passes no values of a repeating parameter as an empty array", () => {
    expect(javascriptArguments([scalar, repeating], [1])).toEqual([1, []]);
  });
});
