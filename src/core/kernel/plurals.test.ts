import { counted } from "./plurals";

describe("counted", () => {
  it("writes the singular for one", () => {
    expect(counted(1, "day", "days")).toBe("1 day");
  });

  it("writes the plural for none, many and fractions", () => {
    expect(counted(0, "row", "rows")).toBe("0 rows");
    expect(counted(12, "row", "rows")).toBe("12 rows");
    expect(counted(1.5, "day", "days")).toBe("1.5 days");
  });

  it("reads a count already formatted with a thousands separator", () => {
    expect(counted("1,000", "deal", "deals")).toBe("1,000 deals");
    expect(counted("1", "deal", "deals")).toBe("1 deal");
  });
});
