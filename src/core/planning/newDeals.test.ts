import { createByOf, spreadNewDeals } from "./newDeals";

describe("createByOf", () => {
  it("is the period's last day less the first stage's days to close", () => {
    expect(createByOf(45838, 45930, 60)).toBe(45870);
    expect(createByOf(45838, 45930, 59.5)).toBe(45870);
  });

  it("is the last day itself without a lag, and null when no new deal can close in time", () => {
    expect(createByOf(45838, 45930, null)).toBe(45930);
    expect(createByOf(45838, 45930, 120)).toBeNull();
  });
});

describe("spreadNewDeals", () => {
  it("gives each month its share of the days, whole deals summing to the total", () => {
    // 2025-07-01 … 2025-08-31: 31 days each
    expect(spreadNewDeals(7, 10, 45839, 45900)).toEqual([
      { month: "2025-07", deals: 4, amount: 40 },
      { month: "2025-08", deals: 3, amount: 30 },
    ]);
  });

  it("crosses a year and keeps a short last month", () => {
    // 2025-12-17 … 2026-01-15: 15 days in December, 15 in January
    const months = spreadNewDeals(10, 1, 46008, 46037);
    expect(months.map((m) => [m.month, m.deals])).toEqual([
      ["2025-12", 5],
      ["2026-01", 5],
    ]);
  });

  it("creates nothing without deals or without a day to create them on", () => {
    expect(spreadNewDeals(0, 10, 45839, 45900)).toEqual([]);
    expect(spreadNewDeals(5, 10, 45839, null)).toEqual([]);
  });
});
