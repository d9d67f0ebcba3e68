import { DEFAULT_SCHEME, schemeFromList, type StageScheme } from "../core/stages";
import { readChoice } from "./options";
import { readStageCells, readStageInput, STAGE_FORMS, StageGrid } from "./stageInput";
import { CellFailure } from "./errors";
import { column, row, withDisplayLanguage } from "./testing/cells";
import { failureOf } from "./testing/failure";

const custom = schemeFromList([["Lead"], ["Deal"], ["Won"]]);
if (!custom.ok) throw new Error("test list must be valid");

/** FUNNEL.STAGE's input as the runner reads it. */
const readInput = (input: unknown, scheme: StageScheme) => readStageInput(input, "input", scheme);
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

describe("readStageInput over a range of labels", () => {
  const gridOf = (input: unknown, scheme: StageScheme = DEFAULT_SCHEME) => {
    const read = readInput(input, scheme);
    expect(read).toBeInstanceOf(StageGrid);
    return (read as StageGrid).rows;
  };

  it("reads each label of a column on its own, in the range's shape", () => {
    expect(gridOf(column("谈判", "Closed Won", "prospect"))).toEqual([
      [{ kind: "open", index: 5 }],
      [{ kind: "won", index: 6 }],
      [{ kind: "open", index: 1 }],
    ]);
  });

  it("reads a block of labels, keeping blank cells blank", () => {
    expect(
      gridOf([
        ["意向", null],
        ["", "丢单"],
      ]),
    ).toEqual([
      [{ kind: "open", index: 2 }, null],
      [null, { kind: "lost" }],
    ]);
  });

  it("takes a number among labels as a stage number, not an answer", () => {
    expect(gridOf(column("谈判", 1))).toEqual([[{ kind: "open", index: 5 }], [{ kind: "open", index: 0 }]]);
  });

  it("fails an unknown label in its own cell only, naming the cell", () => {
    const rows = gridOf(column("谈判", "Closing"));
    expect(rows[0][0]).toEqual({ kind: "open", index: 5 });
    const failure = rows[1][0] as CellFailure;
    expect(failure).toBeInstanceOf(CellFailure);
    expect(failure.error.message.en).toMatch(/^“input” row 2: Unknown stage “Closing”/);
    expect(failure.error.message.zh).toContain("参数“input”第 2 行");
  });

  it("reads labels of a custom stage list", () => {
    expect(gridOf(row("Lead", "Won"), custom.value)).toEqual([
      [
        { kind: "open", index: 0 },
        { kind: "won", index: 2 },
      ],
    ]);
  });

  it("rejects TRUE/FALSE answers mixed with labels, saying to give one or the other", () => {
    const failure = failureOf(() => readInput(column("谈判", true, "Won"), DEFAULT_SCHEME));
    expect(failure.code).toBe("VALUE");
    expect(failure.message.en).toContain("“input” row 2");
    expect(failure.message.en).toContain("“TRUE”");
    expect(failure.message.en).toMatch(/either stage labels .* or only TRUE\/FALSE answers/);
    expect(failure.message.zh).toContain("不要混用");
    expect(failureOf(() => readInput(row("意向", "是"), DEFAULT_SCHEME)).message.en).toContain("column 2");
  });

  it("keeps a row or column of only answers (blanks allowed) as the evidence checklist", () => {
    expect(readInput(row(true, "是", null, "✓"), DEFAULT_SCHEME)).toEqual({ kind: "open", index: 1 });
    expect(readInput(column(1, 1, 0), DEFAULT_SCHEME)).toEqual({ kind: "open", index: 1 });
  });
});

describe("readStageCells", () => {
  it("reads one cell as that stage, and a blank one as null", () => {
    expect(readStageCells("谈判", "stage", DEFAULT_SCHEME)).toEqual({ kind: "open", index: 5 });
    expect(readStageCells([[null]], "stage", DEFAULT_SCHEME)).toBeNull();
    expect(readStageCells(null, "stage", DEFAULT_SCHEME)).toBeNull();
  });

  it("stops on one unknown label, naming the argument", () => {
    expect(failureOf(() => readStageCells("Closing", "stage", DEFAULT_SCHEME)).message.en).toMatch(
      /^“stage”: Unknown stage/,
    );
  });

  it("reads a range cell by cell, TRUE included as that cell's failure", () => {
    const read = readStageCells(column("意向", true, null, "Won"), "stage", DEFAULT_SCHEME) as StageGrid;
    expect(read.rows[0][0]).toEqual({ kind: "open", index: 2 });
    expect((read.rows[1][0] as CellFailure).error.message.en).toContain("TRUE/FALSE is not a stage");
    expect(read.rows[2][0]).toBeNull();
    expect(read.rows[3][0]).toEqual({ kind: "won", index: 6 });
  });

  it("leaves out trailing blank rows and columns, so a whole column spills only as far as its last label", () => {
    const column = [
      ["意向", null],
      ["谈判", ""],
      [null, null],
      ...Array.from({ length: 1000 }, () => [null, ""]),
    ];
    const read = readStageCells(column, "stage", DEFAULT_SCHEME) as StageGrid;
    expect(read.rows).toEqual([[{ kind: "open", index: 2 }], [{ kind: "open", index: 5 }]]);
    expect(
      (
        readStageCells(
          [
            [null, ""],
            ["", null],
          ],
          "stage",
          DEFAULT_SCHEME,
        ) as StageGrid
      ).rows,
    ).toEqual([[null]]);
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
