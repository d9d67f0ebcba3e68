import { percentText } from "./percent";

describe("percentText", () => {
  it("rounds to a whole percentage", () => {
    expect(percentText(0.355)).toBe("36%");
  });

  it("shows the ends of the scale", () => {
    expect(percentText(0)).toBe("0%");
    expect(percentText(1)).toBe("100%");
  });
});
