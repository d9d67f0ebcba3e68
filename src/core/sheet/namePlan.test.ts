import { planNames } from "./namePlan";

const range = { row: 3, col: 0, rows: 9, cols: 1 };

describe("planNames", () => {
  it("defines names new to the workbook for the whole workbook", () => {
    const plan = planNames({ names: [{ name: "FUNNEL_STAGES", range }] }, ["Other"], []);
    expect(plan).toEqual({ workbook: [{ name: "FUNNEL_STAGES", range }], sheet: [], tables: [] });
  });

  it("defines a name the workbook has (in any case) on the new sheet only", () => {
    const plan = planNames({ names: [{ name: "FUNNEL_STAGES", range }] }, ["funnel_stages"], []);
    expect(plan.workbook).toEqual([]);
    expect(plan.sheet).toEqual([{ name: "FUNNEL_STAGES", range }]);
  });

  it("numbers a table name taken by a table, a workbook name or the spec's own names", () => {
    const plan = planNames(
      {
        names: [{ name: "Deals_3", range }],
        tables: [
          { name: "Deals", range },
          { name: "Fresh", range },
        ],
      },
      ["deals_2"],
      ["DEALS"],
    );
    expect(plan.tables).toEqual(["Deals_4", "Fresh"]);
  });

  it("places nothing for a spec without names or tables", () => {
    expect(planNames({}, ["A"], ["B"])).toEqual({ workbook: [], sheet: [], tables: [] });
  });
});
