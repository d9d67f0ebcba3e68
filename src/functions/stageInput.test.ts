import { DEFAULT_SCHEME, schemeFromList, type StageScheme } from "../core/stages";
import { readList } from "./args";
import { readChoice } from "./options";
import { readStageInput, STAGE_FORMS } from "./stageInput";
import { column, row, withDisplayLanguage } from "./testing/cells";
import { failureOf } from "./testing/failure";

const custom = schemeFromList([["Lead"], ["Deal"], ["Won"]]);
if (!custom.ok) throw new Error("test list must be valid");

/** FUNNEL.STAGE's input as the runner reads it. */
const readInput = (input: unknown, scheme: StageScheme) => readStageInput(readList(input, "input"), scheme);
const stageForm = (value: unknown) => readChoice(value, "form", STAGE_FORMS);

describe("bad arguments", () => {
  it("rejects a block of cells", () => {
    expect(
      failureOf(() =>
        readInput(
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
    expect(failureOf(() => readInput(row(true, false), custom.value)).message.en).toContain("“stageList”");
  });

  it("rejects an unknown form", () => {
    expect(failureOf(() => stageForm("roman")).message.en).toMatch(/^“form”: Unknown stage form/);
  });
});

describe("readStageInput", () => {
  it("is null for a blank cell or an omitted input", () => {
    expect(readInput([[null]], DEFAULT_SCHEME)).toBeNull();
    expect(readInput(null, DEFAULT_SCHEME)).toBeNull();
  });

  it("resolves one label or number in the scheme", () => {
    expect(readInput([["Deal"]], custom.value)).toEqual({ kind: "open", index: 1 });
    expect(readInput([[7]], DEFAULT_SCHEME)).toEqual({ kind: "won", index: 6 });
  });

  it("reads one boolean, or several cells, as the evidence checklist", () => {
    expect(readInput([[true]], DEFAULT_SCHEME)).toEqual({ kind: "open", index: 0 });
    expect(readInput(column(true, "yes", "是", false, true), DEFAULT_SCHEME)).toEqual({
      kind: "open",
      index: 2,
    });
  });
});

describe("the form choice", () => {
  it("follows the display language when omitted", () => {
    expect(stageForm(null)).toBe("en");
    expect(withDisplayLanguage("zh-CN", () => stageForm(""))).toBe("zh");
  });

  it("reads the form asked for", () => {
    expect(stageForm("序号")).toBe("number");
    expect(withDisplayLanguage("zh-CN", () => stageForm("en"))).toBe("en");
  });
});
