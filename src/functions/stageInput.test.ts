import { DEFAULT_SCHEME, schemeFromList } from "../core/stages";
import { stageFormArg, stageFromInput } from "./stageInput";
import { column, row, withDisplayLanguage } from "./testing/cells";
import { failureOf } from "./testing/failure";

const custom = schemeFromList([["Lead"], ["Deal"], ["Won"]]);
if (!custom.ok) throw new Error("test list must be valid");

describe("bad arguments", () => {
  it("rejects a block of cells", () => {
    expect(
      failureOf(() =>
        stageFromInput(
          [
            [true, true],
            [true, true],
          ],
          DEFAULT_SCHEME,
        ),
      ).message.en,
    ).toContain("“input” must be a single row or column");
  });

  it("rejects an evidence checklist with a custom scheme", () => {
    expect(failureOf(() => stageFromInput(row(true, false), custom.value)).message.en).toContain(
      "“stageList”",
    );
  });

  it("rejects an unknown form", () => {
    expect(failureOf(() => stageFormArg("roman")).message.en).toMatch(/^“form”: Unknown stage form/);
  });
});

describe("stageFromInput", () => {
  it("is null for a blank cell or an omitted input", () => {
    expect(stageFromInput([[null]], DEFAULT_SCHEME)).toBeNull();
    expect(stageFromInput(null, DEFAULT_SCHEME)).toBeNull();
  });

  it("resolves one label or number in the scheme", () => {
    expect(stageFromInput([["Deal"]], custom.value)).toEqual({ kind: "open", index: 1 });
    expect(stageFromInput([[7]], DEFAULT_SCHEME)).toEqual({ kind: "won", index: 6 });
  });

  it("reads one boolean, or several cells, as the evidence checklist", () => {
    expect(stageFromInput([[true]], DEFAULT_SCHEME)).toEqual({ kind: "open", index: 0 });
    expect(stageFromInput(column(true, "yes", "是", false, true), DEFAULT_SCHEME)).toEqual({
      kind: "open",
      index: 2,
    });
  });
});

describe("stageFormArg", () => {
  it("follows the display language when omitted", () => {
    expect(stageFormArg(null)).toBe("en");
    expect(withDisplayLanguage("zh-CN", () => stageFormArg(""))).toBe("zh");
  });

  it("reads the form asked for", () => {
    expect(stageFormArg("序号")).toBe("number");
    expect(withDisplayLanguage("zh-CN", () => stageFormArg("en"))).toBe("en");
  });
});
