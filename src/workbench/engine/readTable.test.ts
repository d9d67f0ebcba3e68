import { errorOf, valueOf } from "../../core/kernel/testing/results";
import { readExactTable, readRangeTable, readSheetTable } from "./readTable";
import { WorkbookEngine } from "./workbookEngine";

function deals() {
  const engine = WorkbookEngine.create(["Deals", "Empty"]);
  engine.setCells("Deals", { row: 2, col: 1 }, [
    ["Stage", "Amount", "Won", 7],
    ["谈判", 1200, false, null],
    [null, null, null, null],
    ["成交", "=1/0", true, "x"],
  ]);
  return engine;
}

describe("readSheetTable", () => {
  it("refuses an empty sheet, saying what to pick", async () => {
    const error = errorOf(await readSheetTable(WorkbookEngine.create(["Empty"]), "Empty"));
    expect(error.code).toBe("VALUE");
    expect(error.message.en).toBe(
      'The sheet "Empty" holds no data: pick the pipeline table with its header row.',
    );
    expect(error.message.zh).toBe("工作表“Empty”没有数据：请选择带标题行的商机表。");
  });

  it("reads the used range from its first filled row and column, values as Excel gives them, in a 1900 workbook", async () => {
    const table = valueOf(await readSheetTable(deals(), "Deals"));
    expect(table).toEqual({
      sheet: "Deals",
      headerRow: 2,
      firstCol: 1,
      header: ["Stage", "Amount", "Won", "7"],
      rows: [
        ["谈判", 1200, false, ""],
        ["", "", "", ""],
        ["成交", "#DIV/0!", true, "x"],
      ],
      dateSystem: 1900,
    });
  });
});

describe("readRangeTable", () => {
  it("refuses a single cell, saying to select the table or read the sheet", async () => {
    const error = errorOf(await readRangeTable(deals(), "Deals", { row: 2, col: 1, rows: 1, cols: 1 }));
    expect(error.message.en).toMatch(/^Only one cell is selected: select the whole pipeline table/);
    expect(error.message.zh).toMatch(/^只选择了一个单元格/);
  });

  it("refuses a range beyond the data", async () => {
    const error = errorOf(await readRangeTable(deals(), "Deals", { row: 10, col: 0, rows: 5, cols: 5 }));
    expect(error.message.en).toBe(
      "The selection holds no data: pick the pipeline table with its header row.",
    );
  });

  it("reads the selected range with its first row as the header, cut to the data", async () => {
    const table = valueOf(await readRangeTable(deals(), "Deals", { row: 2, col: 1, rows: 900, cols: 2 }));
    expect(table).toEqual({
      sheet: "Deals",
      headerRow: 2,
      firstCol: 1,
      header: ["Stage", "Amount"],
      rows: [
        ["谈判", 1200],
        ["", ""],
        ["成交", "#DIV/0!"],
      ],
      dateSystem: 1900,
    });
  });
});

describe("readExactTable", () => {
  it("reads exactly the range, its empty rows and columns included, reporting its progress", async () => {
    const progress: [number, number][] = [];
    const range = { row: 2, col: 1, rows: 6, cols: 2 };
    const table = await readExactTable(
      deals(),
      "Deals",
      range,
      (done, total) => progress.push([done, total]),
      4,
    );
    expect(table).toMatchObject({ sheet: "Deals", headerRow: 2, firstCol: 1, header: ["Stage", "Amount"] });
    expect(table.rows).toEqual([
      ["谈判", 1200],
      ["", ""],
      ["成交", "#DIV/0!"],
      ["", ""],
      ["", ""],
    ]);
    expect(progress).toEqual([
      [3, 5],
      [5, 5],
    ]);
  });
});
