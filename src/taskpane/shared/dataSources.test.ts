import { dataSourceOptions, sourceKey, sourceLabel } from "./dataSources";

describe("sourceKey", () => {
  it("keeps a table and a sheet of the same name apart", () => {
    expect(sourceKey({ kind: "table", name: "Deals" })).not.toBe(
      sourceKey({ kind: "sheet", sheet: "Deals" }),
    );
  });

  it("gives the selection one key", () => {
    expect(sourceKey({ kind: "selection" })).toBe("selection");
  });
});

describe("dataSourceOptions", () => {
  it("offers the selection alone in a workbook without tables or sheets", () => {
    expect(dataSourceOptions([], []).map((o) => o.key)).toEqual(["selection"]);
  });

  it("lists tables, then sheets except the excluded ones, then the selection", () => {
    const options = dataSourceOptions(
      [{ name: "Deals", sheet: "CRM", rows: 40 }],
      ["CRM", "Pipeline health", "Notes"],
      ["Pipeline health"],
    );
    expect(options.map((o) => o.key)).toEqual(["table:Deals", "sheet:CRM", "sheet:Notes", "selection"]);
    expect(options[0].source).toEqual({ kind: "table", name: "Deals" });
  });
});

describe("sourceLabel", () => {
  const [table, sheet, selection] = dataSourceOptions([{ name: "Deals", sheet: "CRM", rows: 40 }], ["CRM"]);

  it("names a table with its sheet and rows in both languages", () => {
    expect(sourceLabel(table, "en")).toBe("Table Deals (CRM, 40 rows)");
    expect(sourceLabel(table, "zh")).toBe("表格 Deals（CRM，40 行）");
  });

  it("names a sheet and the selection", () => {
    expect(sourceLabel(sheet, "zh")).toBe("工作表 CRM");
    expect(sourceLabel(selection, "en")).toBe("The current selection");
  });
});
