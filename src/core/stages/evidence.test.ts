import { characteristicsHeld, parseAnswer, stageFromEvidence } from "./evidence";
import { DEFAULT_SCHEME } from "./stageScheme";
import { valueOf, errorOf } from "../kernel/testing/results";
import { open } from "./testing/positions";

describe("parseAnswer", () => {
  it.each(["maybe", "2", 2, -1, 0.5, "yes please", {}])("fails with VALUE naming the value %p", (value) => {
    const error = errorOf(parseAnswer(value));
    expect(error.code).toBe("VALUE");
    expect(error.message.en).toContain(`“${String(value)}”`);
    expect(error.message.zh).toContain(`“${String(value)}”`);
  });

  it("fails with VALUE for an error cell", () => {
    expect(errorOf(parseAnswer(new Error("#N/A"))).code).toBe("VALUE");
  });

  it.each([null, undefined, "", "   ", "\u3000"])("reads the blank %p as not yet answered", (value) => {
    expect(valueOf(parseAnswer(value))).toBeNull();
  });

  it.each([
    true,
    1,
    "TRUE",
    "true",
    "1",
    "是",
    "Y",
    "y",
    "Yes",
    "YES",
    "对",
    "有",
    "✓",
    "✔",
    "✔\ufe0f",
    "√",
    "Ｙｅｓ",
    " yes ",
  ])("reads %p as yes", (value) => expect(valueOf(parseAnswer(value))).toBe(true));

  it.each([
    false,
    0,
    "FALSE",
    "false",
    "0",
    "否",
    "N",
    "n",
    "No",
    "错",
    "无",
    "没有",
    "×",
    "✗",
    "✘",
    "x",
    "X",
  ])("reads %p as no", (value) => expect(valueOf(parseAnswer(value))).toBe(false));
});

describe("stageFromEvidence", () => {
  it("fails with VALUE for more than seven answers", () => {
    const error = errorOf(stageFromEvidence([true, true, true, true, true, true, true, true]));
    expect(error.code).toBe("VALUE");
    expect(error.message.en).toMatch(/At most 7 answers.*got 8/);
  });

  it("fails with VALUE naming which answer cannot be read, even after a “no”", () => {
    const error = errorOf(stageFromEvidence([true, false, "perhaps"]));
    expect(error.code).toBe("VALUE");
    expect(error.message.en).toMatch(/Answer 3: .*“perhaps”/);
    expect(error.message.zh).toMatch(/第 3 个答案/);
  });

  it("fails with NA “not yet a target customer” when marker 1 does not hold", () => {
    for (const answers of [[false, true, true], [null, true], [], [""]]) {
      const error = errorOf(stageFromEvidence(answers));
      expect(error.code).toBe("NA");
      expect(error.message.en).toMatch(/Not yet a target customer: marker 1 .* does not hold/);
      expect(error.message.zh).toContain("产品能适应或满足");
    }
  });

  it("reaches won when all seven markers hold", () => {
    expect(valueOf(stageFromEvidence([true, "是", 1, "Y", "✓", "yes", "TRUE"]))).toEqual({
      kind: "won",
      index: 6,
    });
  });

  it("stops at the last marker before the first gap: a later “yes” does not advance", () => {
    expect(valueOf(stageFromEvidence([true, true, false, true, true, true, true]))).toEqual(open(1));
    expect(valueOf(stageFromEvidence([true, true, true, null, true]))).toEqual(open(2));
  });

  it("counts missing answers as not yet", () => {
    expect(valueOf(stageFromEvidence([true]))).toEqual(open(0));
    expect(valueOf(stageFromEvidence(["是", "是", "是", "是", "是", "是"]))).toEqual(open(5));
  });

  it("returns the default scheme's shared positions", () => {
    expect(valueOf(stageFromEvidence([true, true]))).toBe(valueOf(DEFAULT_SCHEME.resolve("潜在")));
  });
});

describe("characteristicsHeld", () => {
  it("fails with VALUE for more answers than the stage has characteristics", () => {
    const error = errorOf(characteristicsHeld("prospect", [true, true, true, true]));
    expect(error.code).toBe("VALUE");
    expect(error.message.en).toMatch(/At most 3 answers .*Prospect.*got 4/);
    expect(errorOf(characteristicsHeld("target", [true])).code).toBe("VALUE");
  });

  it("fails with VALUE for an answer it cannot read", () => {
    expect(errorOf(characteristicsHeld("project", [true, "often"])).message.en).toContain("“often”");
  });

  it("counts the characteristics that hold out of the stage's total, blanks not holding", () => {
    expect(valueOf(characteristicsHeld("prospect", [true, "否", "是"]))).toEqual({ held: 2, of: 3 });
    expect(valueOf(characteristicsHeld("project", [true, null, "", "√"]))).toEqual({ held: 2, of: 6 });
    expect(valueOf(characteristicsHeld("acknowledged", [true, true, true, true]))).toEqual({
      held: 4,
      of: 4,
    });
    expect(valueOf(characteristicsHeld("target", []))).toEqual({ held: 0, of: 0 });
  });
});
