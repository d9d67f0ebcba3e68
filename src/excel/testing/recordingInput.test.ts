import { storedCell } from "./recordingInput";

describe("the recording Excel's reading of an input", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', "formula"],
    ["+1", "value"],
    ["-2", "value"],
    ["@SUM(A1)", "formula"],
    ["-x", "formula"],
    ["0042", "value"],
    ["2024-01-01", "value"],
    ["TRUE", "value"],
    ["#N/A", "value"],
    ["１２３", "value"],
    ["＝1+1", "formula"],
    ["'=1+1", "text"],
    ["-", "text"],
    ["客户", "text"],
  ])("reads %p as a %s", (input, kind) => {
    expect(storedCell(input).kind).toBe(kind);
  });

  it("keeps the text after a leading apostrophe, apostrophe and all after the first", () => {
    expect(storedCell("''quoted")).toEqual({ kind: "text", text: "'quoted" });
  });
});
