import { DEFAULT_SCHEME } from "../core/stages";
import {
  LANGUAGES,
  readAmount,
  readChoice,
  readDate,
  readFunnelStage,
  readStage,
  readStageList,
  wordChoice,
} from "./options";
import { withDisplayLanguage } from "./testing/cells";
import { failureOf } from "./testing/failure";

const AB = wordChoice(
  new Map([
    ["a", 1],
    ["b", 2],
  ]),
  0,
  { en: "a or b", zh: "a 或 b" },
);

describe("bad arguments", () => {
  it("rejects a bad stage list, naming the argument", () => {
    const failure = failureOf(() => readStageList([["Lead"], ["Lead"], ["Won"]], "stageList"));
    expect(failure.code).toBe("VALUE");
    expect(failure.message.en).toMatch(/^“stageList”: Duplicate stage/);
  });

  it("rejects an unknown stage, naming the argument", () => {
    expect(failureOf(() => readStage("Closing", "fromStage", DEFAULT_SCHEME)).message.en).toMatch(
      /^“fromStage”: Unknown stage “Closing”/,
    );
  });

  it("rejects the lost outcome where a stage of the funnel belongs", () => {
    expect(failureOf(() => readFunnelStage("丢单", "toStage", DEFAULT_SCHEME)).message.en).toBe(
      "“toStage”: “Closed lost” is an outcome, not a stage of the funnel.",
    );
  });

  it("rejects an unknown language or a language that is not text", () => {
    expect(failureOf(() => readChoice("fr", "language", LANGUAGES)).message.en).toContain(
      "“language”: “fr” is not a language",
    );
    expect(failureOf(() => readChoice(1, "language", LANGUAGES)).code).toBe("VALUE");
  });

  it("rejects a word outside the choice, listing the accepted ones", () => {
    expect(failureOf(() => readChoice("c", "output", AB)).message).toEqual({
      en: "“output”: “c” is not one of a or b.",
      zh: "参数“output”：“c”无效，请用 a 或 b。",
    });
  });
});

describe("readStageList", () => {
  it("is the deck's scheme when omitted or blank", () => {
    expect(readStageList(null, "stageList")).toBe(DEFAULT_SCHEME);
    expect(readStageList([[null], [""]], "stageList")).toBe(DEFAULT_SCHEME);
  });

  it("builds the user's scheme, once per distinct list", () => {
    const first = readStageList([["Lead"], ["Deal"], ["Won"]], "stageList");
    expect(first.stages.map((stage) => stage.key)).toEqual(["lead", "deal", "won"]);
    expect(readStageList([["Lead"], ["Deal"], ["Won"]], "stageList")).toBe(first);
    expect(readStageList([["Lead"], ["Offer"], ["Won"]], "stageList")).not.toBe(first);
  });

  it("tells a number from the same text in a list", () => {
    const withNumber = readStageList(
      [
        ["Lead", 0.5],
        ["Won", 1],
      ],
      "stageList",
    );
    const withText = readStageList(
      [
        ["Lead", "50%"],
        ["Won", 1],
      ],
      "stageList",
    );
    expect([withNumber.stages[0].probability, withText.stages[0].probability]).toEqual([0.5, 0.5]);
    expect(withText).not.toBe(withNumber);
  });

  it("tells a cell holding the separators of another list's cells from that list", () => {
    const twoCells = readStageList([["Lead", 0.5], ["Won"]], "stageList");
    const oneCell = readStageList([["Lead\u0001number:0.5"], ["Won"]], "stageList");
    expect(twoCells.stages[0].probability).toBe(0.5);
    expect(oneCell.stages[0].name.en).toBe("Lead\u0001number:0.5");
  });

  it("reads data-type values as their basic values", () => {
    const scheme = readStageList(
      [
        [
          { type: "String", basicValue: "Lead" },
          { type: "Double", basicValue: 0.3 },
        ],
        ["Won", 1],
      ],
      "stageList",
    );
    expect(scheme.stages.map((stage) => [stage.name.en, stage.probability])).toEqual([
      ["Lead", 0.3],
      ["Won", 1],
    ]);
  });

  it("rejects an Excel error in the list, naming the argument and the error", () => {
    const failure = failureOf(() =>
      readStageList([[{ type: "Error", errorType: "Div0", basicValue: "#DIV/0!" }], ["Won"]], "stageList"),
    );
    expect(failure.code).toBe("VALUE");
    expect(failure.message.en).toMatch(
      /^“stageList” holds an Excel error \(#\w+.*\); fix or filter it first\.$/,
    );
  });
});

describe("stage arguments", () => {
  it("are null when omitted or blank", () => {
    expect(readStage(null, "stage", DEFAULT_SCHEME)).toBeNull();
    expect(readFunnelStage(" ", "fromStage", DEFAULT_SCHEME)).toBeNull();
  });

  it("resolve names, ids and numbers", () => {
    expect(readStage("谈判", "stage", DEFAULT_SCHEME)).toEqual({ kind: "open", index: 5 });
    expect(readFunnelStage("won", "toStage", DEFAULT_SCHEME)).toBe(6);
    expect(readFunnelStage(3, "fromStage", DEFAULT_SCHEME)).toBe(2);
  });
});

describe("the language choice", () => {
  it("follows the display language when omitted", () => {
    expect(readChoice(null, "language", LANGUAGES)).toBe("en");
    expect(withDisplayLanguage("zh-CN", () => readChoice(undefined, "language", LANGUAGES))).toBe("zh");
  });

  it("reads the language asked for", () => {
    expect(withDisplayLanguage("zh-CN", () => readChoice("English", "language", LANGUAGES))).toBe("en");
    expect(readChoice("中文", "language", LANGUAGES)).toBe("zh");
  });
});

describe("word choices", () => {
  it("is the fallback when omitted and ignores case and width", () => {
    expect(readChoice(null, "output", AB)).toBe(0);
    expect(readChoice(" Ｂ ", "output", AB)).toBe(2);
  });
});

describe("readAmount", () => {
  it("rejects text and booleans, naming the argument", () => {
    expect(failureOf(() => readAmount("lots", "target")).message.en).toBe(
      "“target”: “lots” is not a number.",
    );
    expect(failureOf(() => readAmount(true, "target")).message.en).toContain("not a number");
  });

  it("reads numbers and numeric text; blank is undefined", () => {
    expect([readAmount(" 5000 ", "target"), readAmount(12, "target"), readAmount("", "target")]).toEqual([
      5000,
      12,
      undefined,
    ]);
  });
});

describe("readDate", () => {
  it("rejects a range of several cells and a value that is not a date", () => {
    expect(failureOf(() => readDate([[1], [2]], "asOf")).message.en).toContain("single value");
    expect(failureOf(() => readDate(true, "asOf")).message.en).toMatch(/^“asOf”: /);
  });

  it("reads an omitted or blank argument as null, and a 1×1 range as its value", () => {
    expect(readDate(undefined, "asOf")).toBeNull();
    expect(readDate([[""]], "asOf")).toBeNull();
    expect(readDate([[45838.5]], "asOf")).toBe(45838);
    expect(readDate("2025-07-01", "from")).toBe(45839);
  });
});
