import { HyperFormula } from "hyperformula";
import { registerShapeFunctions } from "./shapeFunctions";

function workbook() {
  registerShapeFunctions();
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  hf.addSheet("Data");
  hf.addSheet("Report");
  hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [
    ["Stage", "Amount"],
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ]);
  hf.addNamedExpression("STAGES", "=Data!$A$2:$A$3");
  return hf;
}

const valueAt = (hf: HyperFormula, col: number) => hf.getCellValue({ sheet: 1, row: 0, col });

describe("registerShapeFunctions", () => {
  it("counts the rows and columns of ranges, arrays and single values as Excel does, errors passed on", () => {
    const hf = workbook();
    hf.setCellContents({ sheet: 1, row: 0, col: 0 }, [
      [
        "=ROWS(Data!A1:B4)",
        "=COLUMNS(Data!A1:B4)",
        "=ROWS({1;2;3})",
        "=COLUMNS({1,2})",
        "=ROWS(5)",
        "=ROWS(1/0)",
      ],
    ]);
    expect([0, 1, 2, 3, 4].map((col) => valueAt(hf, col))).toEqual([4, 2, 3, 2, 1]);
    expect(valueAt(hf, 5)).toMatchObject({ value: "#DIV/0!" });
  });

  it("follows a name re-pointed to more or fewer rows, also with rows removed in the same batch", () => {
    const hf = workbook();
    hf.setCellContents({ sheet: 1, row: 0, col: 0 }, [["=ROWS(STAGES)", "=COLUMNS(STAGES)"]]);
    expect(valueAt(hf, 0)).toBe(2);
    hf.changeNamedExpression("STAGES", "=Data!$A$2:$A$4");
    expect(valueAt(hf, 0)).toBe(3);
    hf.batch(() => {
      hf.removeRows(0, [1, 1]);
      hf.changeNamedExpression("STAGES", "=Data!$A$2:$A$3");
    });
    expect([valueAt(hf, 0), valueAt(hf, 1)]).toEqual([2, 1]);
  });

  it("registers once, however often it is called", () => {
    registerShapeFunctions();
    expect(() => registerShapeFunctions()).not.toThrow();
    expect(HyperFormula.getRegisteredFunctionNames("enGB")).toContain("ROWS");
  });
});
