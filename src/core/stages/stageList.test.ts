import { LOST_POSITION, positionAt, probabilityOf } from "./stageScheme";
import { schemeFromList } from "./stageList";
import { errorOf, valueOf } from "../kernel/testing/results";
import { open, resolved, won } from "./testing/positions";

const SALESFORCE: unknown[][] = [
  ["Prospecting", 10],
  ["Qualification", 10],
  ["Needs Analysis", 20],
  ["Value Proposition", 50],
  ["Id. Decision Makers", 60],
  ["Perception Analysis", 70],
  ["Proposal/Price Quote", 75],
  ["Negotiation/Review", 90],
  ["Closed Won", 100],
  ["Closed Lost", 0],
];

describe("schemeFromList: bad lists", () => {
  const failsWith = (rows: unknown[][], pattern: RegExp) => {
    const error = errorOf(schemeFromList(rows));
    expect(error.code).toBe("VALUE");
    expect(error.message.en).toMatch(pattern);
    expect(error.message.zh).not.toBe("");
  };

  it("rejects an empty list and a list with a single stage", () => {
    failsWith([], /at least two stages/);
    failsWith([[null], [""]], /at least two stages/);
    failsWith([["Won"], ["Lost"]], /at least two stages/);
  });

  it("rejects a duplicate name, also when it differs only in case, width or spaces, and names it", () => {
    failsWith(
      [["Engaging"], ["Prospecting"], ["engaging "], ["Won"]],
      /Duplicate stage “engaging”.*“Engaging”/,
    );
    failsWith([["Demo"], ["Ｄｅｍｏ"], ["Won"]], /Duplicate stage “Ｄｅｍｏ”/);
  });

  it("quotes at most 40 characters of a long stage name", () => {
    const long = "意".repeat(10_000);
    failsWith(
      [[long], [`${long} `], ["Won"]],
      new RegExp(`^Duplicate stage “意{40}…” \\(the same as “意{40}…”\\)\\.$`),
    );
  });

  it("rejects a stage listed after the won stage", () => {
    failsWith(
      [["Prospecting"], ["Won"], ["Onboarding"], ["Lost"]],
      /“Onboarding” comes after the won stage “Won”/,
    );
  });

  it("rejects two won or two lost rows", () => {
    failsWith([["Prospecting"], ["Won"], ["Closed Won"]], /Two won stages/);
    failsWith([["Prospecting"], ["Won"], ["Lost"], ["Closed Lost"]], /Two lost stages/);
  });

  it("rejects names that are not text or are numbers", () => {
    failsWith([["Prospecting"], [3], ["Won"]], /must be text/);
    failsWith([["Prospecting"], ["3"], ["Won"]], /must be text/);
    failsWith([["Prospecting"], [true], ["Won"]], /must be text/);
  });

  it("rejects a probability without a name and a third column", () => {
    failsWith(
      [
        ["Prospecting", 0.1],
        [null, 0.5],
        ["Won", 1],
      ],
      /Item 2 has a probability but no stage name/,
    );
    failsWith(
      [
        ["Prospecting", 0.1, "x"],
        ["Engaging", 0.5, null],
        ["Won", 1, null],
      ],
      /at most two columns/,
    );
  });

  it.each([["abc"], [-0.1], [101], ["120%"], [new Error("#N/A")]])(
    "rejects the probability %p",
    (probability) => {
      failsWith(
        [
          ["Prospecting", probability],
          ["Won", 1],
        ],
        /probability .* of “Prospecting” is not valid/,
      );
    },
  );

  it("rejects a won stage below 100 % and a lost outcome above 0 %", () => {
    failsWith(
      [
        ["Prospecting", 0.2],
        ["Won", 0.9],
      ],
      /“Won” must be 100%/,
    );
    failsWith(
      [
        ["Prospecting", 0.2],
        ["Won", 1],
        ["Lost", 0.1],
      ],
      /“Lost” must be 0%/,
    );
  });
});

describe("schemeFromList: custom lists", () => {
  it("reads the Salesforce default stages with their percentage column", () => {
    const scheme = valueOf(schemeFromList(SALESFORCE));
    expect(scheme.stages.map((stage) => stage.name.en)).toEqual(SALESFORCE.slice(0, 9).map((row) => row[0]));
    expect(scheme.stages.map((stage) => stage.probability)).toEqual([
      0.1, 0.1, 0.2, 0.5, 0.6, 0.7, 0.75, 0.9, 1,
    ]);
    expect(scheme.lostName).toEqual({ zh: "Closed Lost", en: "Closed Lost" });
    expect(resolved("Closed Won", scheme)).toEqual(won(8));
    expect(resolved("closed lost", scheme)).toBe(LOST_POSITION);
    expect(resolved("Id. Decision Makers", scheme)).toEqual(open(4));
    expect(resolved("proposal/price quote", scheme)).toEqual(open(6));
    expect(resolved(9, scheme)).toEqual(won(8));
  });

  it("spaces probabilities evenly when there is no probability column: (i+1)/n, won 1", () => {
    const scheme = valueOf(schemeFromList(SALESFORCE.map((row) => [row[0]])));
    expect(scheme.stages.map((stage) => stage.probability)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => i / 9),
    );
    expect(probabilityOf(LOST_POSITION, scheme)).toBe(0);
  });

  it("reads Prospecting / Engaging / Won / Lost and resolves names, numbers and the generic won/lost words", () => {
    const scheme = valueOf(schemeFromList([["Prospecting"], ["Engaging"], ["Won"], ["Lost"]]));
    expect(scheme.stages.map((stage) => [stage.key, stage.probability])).toEqual([
      ["prospecting", 1 / 3],
      ["engaging", 2 / 3],
      ["won", 1],
    ]);
    expect(resolved(" ＥＮＧＡＧＩＮＧ ", scheme)).toEqual(open(1));
    expect(resolved("2", scheme)).toEqual(open(1));
    expect(resolved(3, scheme)).toEqual(won(2));
    expect(resolved("Closed-Won", scheme)).toEqual(won(2));
    expect(resolved("成交", scheme)).toEqual(won(2));
    expect(resolved("丢单", scheme)).toBe(LOST_POSITION);
    expect(errorOf(scheme.resolve(4)).code).toBe("VALUE");
    const unknown = errorOf(scheme.resolve("目标"));
    expect(unknown.message.en).toContain("“目标”");
    expect(unknown.message.en).toContain("Prospecting, Engaging, Won");
    expect(unknown.message.en).toContain("1–3");
  });

  it("makes the last listed stage the won stage when no won word appears, and keeps the default lost name", () => {
    const scheme = valueOf(schemeFromList([["Lead"], ["Demo"], ["Signed"]]));
    expect(resolved("signed", scheme)).toEqual(won(2));
    expect(resolved("Won", scheme)).toEqual(won(2));
    expect(scheme.lostName).toEqual({ zh: "丢单", en: "Closed lost" });
  });

  it("takes a lost row from anywhere in the list without counting it as a stage", () => {
    const scheme = valueOf(
      schemeFromList([
        ["Lost", 0],
        ["Lead", 0.25],
        ["Demo", 0.5],
        ["Won", 1],
      ]),
    );
    expect(scheme.stages.map((stage) => stage.key)).toEqual(["lead", "demo", "won"]);
    expect(resolved(1, scheme)).toEqual(open(0));
  });

  it("reads percent text, fractions, and fills blank probability cells with the defaults", () => {
    const percentText = valueOf(
      schemeFromList([
        ["Lead", "35%"],
        ["Demo", "６０ ％"],
        ["Won", "100%"],
      ]),
    );
    expect(percentText.stages.map((stage) => stage.probability)).toEqual([0.35, 0.6, 1]);
    const fractions = valueOf(
      schemeFromList([
        ["Lead", 0.25],
        ["Demo", "0.5"],
        ["Won", 1],
        ["Lost", 0],
      ]),
    );
    expect(fractions.stages.map((stage) => stage.probability)).toEqual([0.25, 0.5, 1]);
    const gaps = valueOf(
      schemeFromList([
        ["Lead", null],
        ["Demo", 60],
        ["Won", ""],
      ]),
    );
    expect(gaps.stages.map((stage) => stage.probability)).toEqual([1 / 3, 0.6, 1]);
  });

  it("skips blank rows and reads a one- or two-row range across", () => {
    const gaps = valueOf(schemeFromList([["Lead"], [null], ["  "], ["Won"]]));
    expect(gaps.stages.map((stage) => stage.key)).toEqual(["lead", "won"]);
    const across = valueOf(
      schemeFromList([
        ["Lead", "Demo", "Won", "Lost"],
        [0.2, 0.5, 1, 0],
      ]),
    );
    expect(across.stages.map((stage) => [stage.key, stage.probability])).toEqual([
      ["lead", 0.2],
      ["demo", 0.5],
      ["won", 1],
    ]);
    expect(valueOf(schemeFromList([["Lead", "Demo", "Won"]])).stages).toHaveLength(3);
  });

  it("returns shared position objects per custom scheme", () => {
    const scheme = valueOf(schemeFromList([["Lead"], ["Demo"], ["Won"]]));
    expect(scheme.resolve("demo")).toBe(scheme.resolve(2));
    expect(resolved("Demo", scheme)).toBe(positionAt(scheme, 1));
  });
});

describe("probabilityOf on a user's list", () => {
  it("gives each stage the probability the list states", () => {
    const scheme = valueOf(schemeFromList(SALESFORCE));
    expect(probabilityOf(resolved("Qualification", scheme), scheme)).toBe(0.1);
    expect(probabilityOf(resolved("Negotiation/Review", scheme), scheme)).toBe(0.9);
    expect(probabilityOf(positionAt(scheme, 8), scheme)).toBe(1);
  });
});

describe("schemeFromList: the deck's stages under their current English names", () => {
  const CURRENT: unknown[][] = [
    ["Target account"],
    ["Prospect"],
    ["Interested"],
    ["Project approved"],
    ["Shortlisted"],
    ["Negotiation"],
    ["Closed won"],
  ];

  it("still reads the earlier names (data typed before the rename keeps its stage)", () => {
    const scheme = valueOf(schemeFromList(CURRENT));
    expect(resolved("Target", scheme)).toEqual(open(0));
    expect(resolved("Intent", scheme)).toEqual(open(2));
    expect(resolved("Project established", scheme)).toEqual(open(3));
    expect(resolved("Acknowledged", scheme)).toEqual(open(4));
    expect(resolved("Won", scheme)).toEqual(won(6));
  });

  it("gives a list's own stage of the same name priority over an earlier name", () => {
    const scheme = valueOf(schemeFromList([["Intent"], ["Interested"], ["Closed won"]]));
    expect(resolved("Intent", scheme)).toEqual(open(0));
  });
});
