import { columnsAddress, rowsAddress, validationRule } from "./renderSheet";

const range = { row: 0, col: 0, rows: 1, cols: 1 };

describe("columnsAddress and rowsAddress", () => {
  it("address whole columns and whole rows", () => {
    expect(columnsAddress(0, 1)).toBe("A:A");
    expect(columnsAddress(25, 3)).toBe("Z:AB");
    expect(rowsAddress(0, 1)).toBe("1:1");
    expect(rowsAddress(2, 3)).toBe("3:5");
  });
});

describe("validationRule", () => {
  it("writes a list as comma-separated choices with an in-cell dropdown", () => {
    expect(validationRule({ range, kind: "list", values: ["高", "中", "低"] })).toEqual({
      list: { inCellDropDown: true, source: "高,中,低" },
    });
  });

  it("lists from a workbook name by formula", () => {
    expect(validationRule({ range, kind: "listFromName", name: "FUNNEL_STAGES" })).toEqual({
      list: { inCellDropDown: true, source: "=FUNNEL_STAGES" },
    });
  });

  it("bounds whole numbers and decimals between min and max", () => {
    expect(validationRule({ range, kind: "wholeNumber", min: -5, max: 5 })).toEqual({
      wholeNumber: { formula1: -5, formula2: 5, operator: "Between" },
    });
    expect(validationRule({ range, kind: "decimal", min: 0, max: 1 })).toEqual({
      decimal: { formula1: 0, formula2: 1, operator: "Between" },
    });
  });
});
