import { DEFAULT_SCHEME } from "../core/stages";
import { choiceArg, languageArg, schemeArg, stageArg, stageIndexArg } from "./options";
import { withDisplayLanguage } from "./testing/cells";
import { failureOf } from "./testing/failure";

const ACCEPTED = { en: "a or b", zh: "a 或 b" };
const WORDS = new Map([
  ["a", 1],
  ["b", 2],
]);

describe("bad arguments", () => {
  it("rejects a bad stage list, naming the argument", () => {
    const failure = failureOf(() => schemeArg([["Lead"], ["Lead"], ["Won"]], "stageList"));
    expect(failure.code).toBe("VALUE");
    expect(failure.message.en).toMatch(/^“stageList”: Duplicate stage/);
  });

  it("rejects an unknown stage, naming the argument", () => {
    expect(failureOf(() => stageArg("Closing", "fromStage", DEFAULT_SCHEME)).message.en).toMatch(
      /^“fromStage”: Unknown stage “Closing”/,
    );
  });

  it("rejects the lost outcome where a stage of the funnel belongs", () => {
    expect(failureOf(() => stageIndexArg("丢单", "toStage", DEFAULT_SCHEME)).message.en).toBe(
      "“toStage”: “Lost” is an outcome, not a stage of the funnel.",
    );
  });

  it("rejects an unknown language or a language that is not text", () => {
    expect(failureOf(() => languageArg("fr", "language")).message.en).toContain(
      "“language”: “fr” is not a language",
    );
    expect(failureOf(() => languageArg(1, "language")).code).toBe("VALUE");
  });

  it("rejects a word outside the choice, listing the accepted ones", () => {
    expect(failureOf(() => choiceArg("c", "output", WORDS, 0, ACCEPTED)).message).toEqual({
      en: "“output”: “c” is not one of a or b.",
      zh: "参数“output”：“c”无效，请用 a 或 b。",
    });
  });
});

describe("schemeArg", () => {
  it("is the deck's scheme when omitted or blank", () => {
    expect(schemeArg(null, "stageList")).toBe(DEFAULT_SCHEME);
    expect(schemeArg([[null], [""]], "stageList")).toBe(DEFAULT_SCHEME);
  });

  it("builds the user's scheme, once per distinct list", () => {
    const first = schemeArg([["Lead"], ["Deal"], ["Won"]], "stageList");
    expect(first.stages.map((stage) => stage.key)).toEqual(["lead", "deal", "won"]);
    expect(schemeArg([["Lead"], ["Deal"], ["Won"]], "stageList")).toBe(first);
    expect(schemeArg([["Lead"], ["Offer"], ["Won"]], "stageList")).not.toBe(first);
  });

  it("tells a number from the same text in a list", () => {
    const withNumber = schemeArg(
      [
        ["Lead", 0.5],
        ["Won", 1],
      ],
      "stageList",
    );
    const withText = schemeArg(
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
    const twoCells = schemeArg([["Lead", 0.5], ["Won"]], "stageList");
    const oneCell = schemeArg([["Lead\u0001number:0.5"], ["Won"]], "stageList");
    expect(twoCells.stages[0].probability).toBe(0.5);
    expect(oneCell.stages[0].name.en).toBe("Lead\u0001number:0.5");
  });

  it("reads data-type values as their basic values", () => {
    const scheme = schemeArg(
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
      schemeArg([[{ type: "Error", errorType: "Div0", basicValue: "#DIV/0!" }], ["Won"]], "stageList"),
    );
    expect(failure.code).toBe("VALUE");
    expect(failure.message.en).toMatch(
      /^“stageList” holds an Excel error \(#\w+.*\); fix or filter it first\.$/,
    );
  });
});

describe("stage arguments", () => {
  it("are null when omitted or blank", () => {
    expect(stageArg(null, "stage", DEFAULT_SCHEME)).toBeNull();
    expect(stageIndexArg(" ", "fromStage", DEFAULT_SCHEME)).toBeNull();
  });

  it("resolve names, ids and numbers", () => {
    expect(stageArg("谈判", "stage", DEFAULT_SCHEME)).toEqual({ kind: "open", index: 5 });
    expect(stageIndexArg("won", "toStage", DEFAULT_SCHEME)).toBe(6);
    expect(stageIndexArg(3, "fromStage", DEFAULT_SCHEME)).toBe(2);
  });
});

describe("languageArg", () => {
  it("follows the display language when omitted", () => {
    expect(languageArg(null, "language")).toBe("en");
    expect(withDisplayLanguage("zh-CN", () => languageArg(undefined, "language"))).toBe("zh");
  });

  it("reads the language asked for", () => {
    expect(withDisplayLanguage("zh-CN", () => languageArg("English", "language"))).toBe("en");
    expect(languageArg("中文", "language")).toBe("zh");
  });
});

describe("choiceArg", () => {
  it("is the fallback when omitted and ignores case and width", () => {
    expect(choiceArg(null, "output", WORDS, 0, ACCEPTED)).toBe(0);
    expect(choiceArg(" Ｂ ", "output", WORDS, 0, ACCEPTED)).toBe(2);
  });
});
