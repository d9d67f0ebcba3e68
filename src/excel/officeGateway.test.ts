import { OfficeMockObject } from "office-addin-mock";
import { createOfficeGateway, splitAddress } from "./officeGateway";

interface MockCell {
  address: string;
  values: unknown[][];
  formulas: unknown[][];
}

/** An Excel mock whose active cell is `cell` (or whose getActiveCell throws); counts context.sync round trips. */
function mockExcel(cell: MockCell | (() => never)) {
  const data = {
    context: {
      workbook: {
        activeCell: typeof cell === "function" ? {} : cell,
        getActiveCell:
          typeof cell === "function"
            ? cell
            : function (this: { activeCell: MockCell }) {
                return this.activeCell;
              },
      },
    },
    run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as {
    context: { workbook: { activeCell: MockCell }; sync: () => Promise<void> };
  };
  let syncs = 0;
  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    syncs += 1;
    await sync();
  };
  (globalThis as { Excel?: unknown }).Excel = mock;
  return { mock, syncs: () => syncs };
}

describe("splitAddress", () => {
  it("separates a quoted sheet name with an apostrophe from the cell", () => {
    expect(splitAddress("'Bob''s deals'!C7")).toEqual({ sheet: "Bob's deals", address: "C7" });
  });
  it("separates a plain sheet name", () => {
    expect(splitAddress("Sheet1!A1")).toEqual({ sheet: "Sheet1", address: "A1" });
  });
});

describe("createOfficeGateway", () => {
  it("reports an Excel exception as a failure instead of rejecting", async () => {
    mockExcel(() => {
      throw new Error("ExcelApi 1.7 is not supported");
    });
    const result = await createOfficeGateway().activeCell();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.en).toContain("ExcelApi 1.7 is not supported");
  });

  it("refuses to write over a cell that holds a value and leaves it unchanged", async () => {
    const { mock, syncs } = mockExcel({ address: "Sheet1!B2", values: [["Acme"]], formulas: [["Acme"]] });
    const result = await createOfficeGateway().insertFormulaAtActiveCell('=FUNNEL.ACTIONS("intent")');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.en).toContain("B2 is not empty");
    expect(mock.context.workbook.activeCell.formulas).toEqual([["Acme"]]);
    expect(syncs()).toBe(1);
  });

  it("writes the formula into an empty active cell in two round trips", async () => {
    const { mock, syncs } = mockExcel({ address: "Deals!D4", values: [[""]], formulas: [[""]] });
    const result = await createOfficeGateway().insertFormulaAtActiveCell('=FUNNEL.ACTIONS("intent")');
    expect(result).toEqual({ ok: true, value: { sheet: "Deals", address: "D4", isEmpty: false } });
    expect(mock.context.workbook.activeCell.formulas).toEqual([['=FUNNEL.ACTIONS("intent")']]);
    expect(syncs()).toBe(2);
  });

  it("reads the active cell and whether it is empty", async () => {
    mockExcel({ address: "Sheet1!A1", values: [[""]], formulas: [[""]] });
    expect(await createOfficeGateway().activeCell()).toEqual({
      ok: true,
      value: { sheet: "Sheet1", address: "A1", isEmpty: true },
    });
  });
});
