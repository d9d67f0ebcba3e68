import { targetFromText } from "./forecastRun";

describe("targetFromText", () => {
  it("refuses text that is not an amount", () => {
    expect(targetFromText("next quarter")).toBeNull();
    expect(targetFromText("15%")).toBeNull();
  });

  it("reads a blank target as none", () => {
    expect(targetFromText("")).toBeUndefined();
    expect(targetFromText("   ")).toBeUndefined();
    expect(targetFromText("-")).toBeUndefined();
  });

  it("reads amounts as the workbook's cells are read", () => {
    expect(targetFromText("1,200,000")).toBe(1_200_000);
    expect(targetFromText("120万")).toBe(1_200_000);
  });
});
