import { errorValueReason, isErrorValue } from "./errorValues";

describe("isErrorValue", () => {
  it("knows Excel's error values as Office.js hands them over", () => {
    for (const text of [
      "#N/A",
      "#VALUE!",
      "#REF!",
      "#DIV/0!",
      "#NUM!",
      "#NAME?",
      "#NULL!",
      "#SPILL!",
      "#CALC!",
    ]) {
      expect([text, isErrorValue(text)]).toEqual([text, true]);
    }
    expect(isErrorValue(new Error("#N/A"))).toBe(true);
  });

  it("does not take text that merely starts with # for an error", () => {
    for (const cell of ["#1 priority", "#N/A maybe", "N/A", "", null, 5])
      expect(isErrorValue(cell)).toBe(false);
  });
});

describe("errorValueReason", () => {
  it("names the error in both languages", () => {
    const reason = errorValueReason("#DIV/0!");
    expect(reason.zh).toContain("#DIV/0!");
    expect(reason.en).toContain("#DIV/0!");
  });
});
