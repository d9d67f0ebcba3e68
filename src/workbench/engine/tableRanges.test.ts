import {
  freeTableName,
  grownRows,
  rangeWithoutRows,
  rangesOverlap,
  tableWithoutRows,
  validTableName,
} from "./tableRanges";

const range = (row: number, rows: number, col = 0, cols = 3) => ({ row, col, rows, cols });

describe("validTableName", () => {
  it("makes a name Excel accepts from any text", () => {
    expect(validTableName("")).toBe("Table");
    expect(validTableName("  ")).toBe("Table");
    expect(validTableName("deals 2024")).toBe("deals_2024");
    expect(validTableName("2024 商机")).toBe("_2024_商机");
    expect(validTableName("A1")).toBe("_A1");
    expect(validTableName("R")).toBe("_R");
    expect(validTableName("x".repeat(300))).toHaveLength(250);
    expect(validTableName("Deals")).toBe("Deals");
  });
});

describe("freeTableName", () => {
  it("numbers a name taken by a table or a workbook name, case ignored", () => {
    expect(freeTableName("Deals", [])).toBe("Deals");
    expect(freeTableName("Deals", ["DEALS", "deals_2"])).toBe("Deals_3");
    expect(freeTableName("my deals", ["my_deals"])).toBe("my_deals_2");
  });
});

describe("rangeWithoutRows", () => {
  it("moves a range up by the rows deleted above it and leaves it when they are below", () => {
    expect(rangeWithoutRows(range(5, 4), 0, 2)).toEqual(range(3, 4));
    expect(rangeWithoutRows(range(5, 4), 9, 2)).toEqual(range(5, 4));
  });

  it("shortens a range by its rows deleted, and drops it when all are", () => {
    expect(rangeWithoutRows(range(5, 4), 6, 2)).toEqual(range(5, 2));
    expect(rangeWithoutRows(range(5, 4), 3, 4)).toEqual(range(3, 2));
    expect(rangeWithoutRows(range(5, 4), 4, 6)).toBeUndefined();
  });
});

describe("tableWithoutRows", () => {
  it("drops a table whose header row is deleted", () => {
    expect(tableWithoutRows(range(2, 5), 2, 1)).toBeUndefined();
    expect(tableWithoutRows(range(2, 5), 0, 3)).toBeUndefined();
  });

  it("keeps a header and one data row when all its data rows are deleted", () => {
    expect(tableWithoutRows(range(0, 5), 1, 4)).toEqual(range(0, 2));
    expect(tableWithoutRows(range(0, 5), 2, 2)).toEqual(range(0, 3));
    expect(tableWithoutRows(range(3, 5), 0, 2)).toEqual(range(1, 5));
  });
});

describe("grownRows", () => {
  const table = range(0, 3, 1, 2);

  it("grows a table to a value written just below it, within its columns", () => {
    expect(grownRows(table, { row: 3, col: 2 }, [["x"]])).toBe(4);
    expect(grownRows(table, { row: 3, col: 0 }, [["", "", "x"]])).toBe(4);
    expect(grownRows(table, { row: 1, col: 1 }, [["a"], ["b"], ["c"], ["d"]])).toBe(5);
  });

  it("grows down to the last row of the block holding a value in its columns", () => {
    expect(grownRows(table, { row: 3, col: 1 }, [["x"], [null], ["y"], [""], ["", "", "z"]])).toBe(6);
  });

  it("keeps its rows for a blank below it, a value beside or further below it, or a write inside it", () => {
    expect(grownRows(table, { row: 3, col: 1 }, [[""], ["x"]])).toBe(3);
    expect(grownRows(table, { row: 3, col: 3 }, [["x"]])).toBe(3);
    expect(grownRows(table, { row: 3, col: 0 }, [["x"]])).toBe(3);
    expect(grownRows(table, { row: 4, col: 1 }, [["x"]])).toBe(3);
    expect(grownRows(table, { row: 1, col: 1 }, [["x"]])).toBe(3);
  });
});

describe("rangesOverlap", () => {
  it("tells ranges that share a cell from ranges that touch", () => {
    expect(rangesOverlap(range(0, 2, 0, 2), range(1, 1, 1, 1))).toBe(true);
    expect(rangesOverlap(range(0, 2, 0, 2), range(2, 1, 0, 2))).toBe(false);
    expect(rangesOverlap(range(0, 2, 0, 2), range(0, 2, 2, 1))).toBe(false);
  });
});
