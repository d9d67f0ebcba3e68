import {
  DEFAULT_SCHEME,
  LOST_POSITION,
  isOpen,
  positionAt,
  probabilityOf,
  stageIndexReached,
} from "./stageScheme";
import { errorOf } from "../kernel/testing/results";
import { DECK_STAGE_IDS } from "./testing/deckStages";
import { open, resolved, won } from "./testing/positions";

describe("DEFAULT_SCHEME.resolve: bad input", () => {
  it.each([null, undefined, "", "   ", "\u3000"])("fails with VALUE “blank stage” for %p", (label) => {
    const error = errorOf(DEFAULT_SCHEME.resolve(label));
    expect(error.code).toBe("VALUE");
    expect(error.message.en).toMatch(/blank stage/i);
    expect(error.message.zh).toContain("阶段为空");
  });

  it("fails with VALUE naming an unknown label in both languages and listing what is accepted", () => {
    const error = errorOf(DEFAULT_SCHEME.resolve("Qualified lead"));
    expect(error.code).toBe("VALUE");
    expect(error.message.en).toContain("“Qualified lead”");
    expect(error.message.zh).toContain("“Qualified lead”");
    expect(error.message.en).toMatch(/1–7/);
    expect(error.message.en).toContain("Closed Won");
    expect(error.message.zh).toContain("丢单");
  });

  it.each([0, 8, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])(
    "fails with VALUE for the number %p",
    (n) => {
      expect(errorOf(DEFAULT_SCHEME.resolve(n)).code).toBe("VALUE");
    },
  );

  it("fails with VALUE for TRUE/FALSE, an error cell and other objects", () => {
    expect(errorOf(DEFAULT_SCHEME.resolve(true)).code).toBe("VALUE");
    const cellError = errorOf(DEFAULT_SCHEME.resolve(new Error("#REF!")));
    expect(cellError.code).toBe("VALUE");
    expect(cellError.message.en).toMatch(/error/);
    expect(errorOf(DEFAULT_SCHEME.resolve({})).code).toBe("VALUE");
  });

  it("fails for text that only contains a stage name, and for the ambiguous “Closed”", () => {
    expect(DEFAULT_SCHEME.resolve("目标客户们").ok).toBe(false);
    expect(DEFAULT_SCHEME.resolve("Targets").ok).toBe(false);
    expect(DEFAULT_SCHEME.resolve("Closed").ok).toBe(false);
  });
});

describe("DEFAULT_SCHEME.resolve: stage labels", () => {
  const forms: [number, string[]][] = [
    [0, ["目标客户", "目标", "目标阶段", "目标客户阶段", "Target", "target", "Target customer"]],
    [1, ["潜在客户", "潜在", "潜在阶段", "Prospect", "prospect", "Potential customer"]],
    [2, ["意向客户", "意向", "意向阶段", "Intent", "intent", "Interested customer"]],
    [3, ["立项客户", "立项", "立项阶段", "Project established", "Project", "project", "PROJECT ESTABLISHED"]],
    [4, ["认可客户", "认可", "认可阶段", "Acknowledged", "acknowledged"]],
    [5, ["谈判客户", "谈判", "谈判阶段", "Negotiation", "negotiation"]],
  ];
  it.each(forms)("resolves every name form of open stage %p", (index, labels) => {
    for (const label of labels) expect(resolved(label)).toEqual(open(index));
  });

  it("resolves numbers 1–7 given as numbers or numeric text, 7 being won", () => {
    for (let n = 1; n <= 6; n++) {
      expect(resolved(n)).toEqual(open(n - 1));
      expect(resolved(String(n))).toEqual(open(n - 1));
    }
    expect(resolved(7)).toEqual(won(6));
    expect(resolved("7")).toEqual(won(6));
  });

  it.each([
    "成交",
    "成交客户",
    "成交阶段",
    "已成交",
    "赢单",
    "赢",
    "Won",
    "won",
    "Closed Won",
    "Closed-Won",
    "closed_won",
    "Win",
  ])("resolves the won word %p to the won stage", (label) => expect(resolved(label)).toEqual(won(6)));

  it.each([
    "丢单",
    "输单",
    "丢失",
    "失败",
    "Lost",
    "lost",
    "Closed Lost",
    "closed_lost",
    "CLOSED-LOST",
    "Lose",
  ])("resolves the lost word %p to lost", (label) => expect(resolved(label)).toBe(LOST_POSITION));

  it("ignores case, full-width characters and surrounding or repeated inner spaces", () => {
    expect(resolved("Ｔａｒｇｅｔ")).toEqual(open(0));
    expect(resolved("３")).toEqual(open(2));
    expect(resolved("  目标  ")).toEqual(open(0));
    expect(resolved("\u3000意向客户\u3000")).toEqual(open(2));
    expect(resolved("project    ESTABLISHED")).toEqual(open(3));
    expect(resolved(" Ｃｌｏｓｅｄ　Ｗｏｎ ")).toEqual(won(6));
  });

  it("returns the same frozen position and result objects for every spelling of a stage", () => {
    const first = DEFAULT_SCHEME.resolve("目标");
    expect(DEFAULT_SCHEME.resolve(1)).toBe(first);
    expect(DEFAULT_SCHEME.resolve("Ｔａｒｇｅｔ")).toBe(first);
    expect(DEFAULT_SCHEME.resolve("Ｔａｒｇｅｔ")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(resolved("target"))).toBe(true);
    expect(DEFAULT_SCHEME.resolve(null)).toBe(DEFAULT_SCHEME.resolve(""));
    expect(DEFAULT_SCHEME.resolve("nope")).toBe(DEFAULT_SCHEME.resolve("nope"));
  });

  it("keeps resolving correctly after more distinct labels than it remembers", () => {
    for (let i = 0; i < 10_000; i++) DEFAULT_SCHEME.resolve(`unknown ${i}`);
    expect(resolved(" Negotiation ")).toEqual(open(5));
    expect(DEFAULT_SCHEME.resolve("unknown 3").ok).toBe(false);
  });

  it("has the seven stages with their ids as keys and the default probabilities", () => {
    expect(DEFAULT_SCHEME.stages.map((stage) => stage.key)).toEqual(DECK_STAGE_IDS);
    expect(DEFAULT_SCHEME.stages.map((stage) => stage.probability)).toEqual([
      0.05, 0.1, 0.2, 0.35, 0.55, 0.75, 1,
    ]);
    expect(DEFAULT_SCHEME.lostName).toEqual({ zh: "丢单", en: "Closed lost" });
  });
});

describe("probabilityOf", () => {
  it("throws a RangeError for an index outside the scheme", () => {
    expect(() => probabilityOf(open(9), DEFAULT_SCHEME)).toThrow(RangeError);
  });

  it("is 1 when won, 0 when lost and the stage's probability when open", () => {
    expect(probabilityOf(won(6), DEFAULT_SCHEME)).toBe(1);
    expect(probabilityOf(LOST_POSITION, DEFAULT_SCHEME)).toBe(0);
    expect(probabilityOf(open(4), DEFAULT_SCHEME)).toBe(0.55);
  });
});

describe("isOpen and stageIndexReached", () => {
  it("says only open positions are open", () => {
    expect(isOpen(open(0))).toBe(true);
    expect(isOpen(won(6))).toBe(false);
    expect(isOpen(LOST_POSITION)).toBe(false);
  });

  it("gives the stage index reached, or null for lost", () => {
    expect(stageIndexReached(open(3))).toBe(3);
    expect(stageIndexReached(won(6))).toBe(6);
    expect(stageIndexReached(LOST_POSITION)).toBeNull();
  });
});

describe("positionAt", () => {
  it("throws a RangeError for an index outside the scheme", () => {
    expect(() => positionAt(DEFAULT_SCHEME, 7)).toThrow(RangeError);
    expect(() => positionAt(DEFAULT_SCHEME, -1)).toThrow(RangeError);
  });

  it("gives the scheme's shared position, the last index being won", () => {
    expect(positionAt(DEFAULT_SCHEME, 0)).toBe(resolved("目标"));
    expect(positionAt(DEFAULT_SCHEME, 6)).toEqual(won(6));
  });
});

describe("DEFAULT_SCHEME.resolve: the stages' English names, earlier and current", () => {
  it.each([
    ["Target account", open(0)],
    ["Interested", open(2)],
    ["Project approved", open(3)],
    ["Shortlisted", open(4)],
    ["Closed won", won(6)],
  ])("reads the current name %p", (label, position) => {
    expect(resolved(label)).toEqual(position);
  });

  it.each([
    ["Target", open(0)],
    ["Intent", open(2)],
    ["Project established", open(3)],
    ["Project", open(3)],
    ["Acknowledged", open(4)],
    ["Won", won(6)],
    ["Lost", LOST_POSITION],
  ])("still reads the earlier name %p, so that no workbook breaks", (label, position) => {
    expect(resolved(label)).toEqual(position);
  });

  it("lists only current names in its message of accepted labels", () => {
    const { en } = errorOf(DEFAULT_SCHEME.resolve("Qualified lead")).message;
    expect(en).toContain("Target account");
    expect(en).not.toMatch(/Project established|Acknowledged|Intent\b/);
  });
});
