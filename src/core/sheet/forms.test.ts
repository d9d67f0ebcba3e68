import { closeForm, openDealForm, openSheet, tickGroup, tickRows, yesCount, yesTally } from "./forms";
import { SheetBuilder } from "./sheetBuilder";
import { cellAt, validationAt } from "./testing/specQueries";

const ITEMS = [
  { zh: "一", en: "One" },
  { zh: "二", en: "Two" },
];
const FORM = {
  name: { zh: "表", en: "Form" },
  title: { zh: "标题", en: "Title" },
  lastCol: 3,
  columns: { labelCol: 1, valueCol: 2 },
};

describe("openSheet", () => {
  it("writes the title across row 0 to the last column", () => {
    const spec = openSheet("en", FORM.title, 3).build("S", {});
    expect(cellAt(spec, 0, 0)?.value).toBe("Title");
    expect(spec.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 4 }]);
  });
});

describe("openDealForm and closeForm", () => {
  it("puts customer, opportunity, date and the further fields one per row from row 1", () => {
    const form = openDealForm(
      { language: "zh", customer: "华为" },
      { ...FORM, moreFields: [{ label: { zh: "客户经理", en: "Account manager" } }] },
    );
    expect(form.inputs.map((input) => input.row)).toEqual([1, 2, 3, 4]);
    const spec = closeForm(form, { columnWidths: { 0: 30 }, rows: 9, orientation: "portrait" });
    expect(cellAt(spec, 1, 2)).toMatchObject({ input: true, value: "华为" });
    expect(cellAt(spec, 4, 1)?.value).toBe("客户经理");
  });

  it("names, freezes, prints to the form's last column and protects the sheet", () => {
    const form = openDealForm({ language: "en" }, FORM);
    const spec = closeForm(form, {
      columnWidths: { 0: 30 },
      rows: 9,
      orientation: "landscape",
      frozenRows: 5,
    });
    expect(spec).toMatchObject({
      name: "Form",
      columnWidths: { 0: 30 },
      freeze: { rows: 5, cols: 0 },
      printArea: { row: 0, col: 0, rows: 9, cols: 4 },
      page: { orientation: "landscape" },
      protect: true,
    });
    expect(closeForm(form, { columnWidths: {}, rows: 9, orientation: "portrait" }).freeze).toEqual({
      rows: 1,
      cols: 0,
    });
  });
});

describe("yesCount and yesTally", () => {
  it("count the answers 是 (Yes) of a range, in the sheet's language", () => {
    const range = { row: 5, col: 2, rows: 7, cols: 1 };
    expect(yesCount(new SheetBuilder("zh"), range)).toBe('COUNTIF(C6:C12,"是")');
    expect(yesCount(new SheetBuilder("en"), range, true)).toBe('COUNTIF($C$6:$C$12,"Yes")');
    expect(yesTally(new SheetBuilder("en"), range)).toBe('=COUNTIF(C6:C12,"Yes")&"/"&7');
  });
});

describe("tickRows", () => {
  it("writes numbered items with a 是/否 dropdown and notes, and returns the dropdowns' range", () => {
    const sheet = new SheetBuilder("zh");
    const ticks = tickRows(sheet, 3, ITEMS, { number: 0, text: 1, tick: 2, notes: 3 });
    const spec = sheet.build("S", {});
    expect(ticks).toEqual({ row: 3, col: 2, rows: 2, cols: 1 });
    expect([cellAt(spec, 4, 0)?.value, cellAt(spec, 4, 1)?.value]).toEqual([2, "二"]);
    expect(cellAt(spec, 4, 2)?.input).toBe(true);
    expect(cellAt(spec, 4, 3)?.input).toBe(true);
    expect(validationAt(spec, 4, 2)).toEqual({ range: ticks, kind: "list", values: ["是", "否"] });
  });

  it("writes neither number nor notes when their columns are not given", () => {
    const sheet = new SheetBuilder("en");
    tickRows(sheet, 0, ITEMS, { text: 4, tick: 5 });
    expect(sheet.build("S", {}).cells.map((cell) => cell.col)).toEqual([4, 5, 4, 5]);
  });
});

describe("tickGroup", () => {
  it("heads the rows with the group's number and name and the tally of its ticks; returns the next row", () => {
    const sheet = new SheetBuilder("en");
    const next = tickGroup(
      sheet,
      2,
      3,
      { name: { zh: "组", en: "Group" }, items: ITEMS },
      {
        heading: 0,
        headingCols: 2,
        text: 1,
        tick: 2,
      },
    );
    const spec = sheet.build("S", {});
    expect(next).toBe(5);
    expect(cellAt(spec, 2, 0)?.value).toBe("3. Group");
    expect(spec.merges).toEqual([{ row: 2, col: 0, rows: 1, cols: 2 }]);
    expect(cellAt(spec, 2, 2)?.formula).toBe('=COUNTIF(C4:C5,"Yes")&"/"&2');
    expect(cellAt(spec, 3, 1)?.value).toBe("One");
  });
});
