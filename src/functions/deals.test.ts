import { DEFAULT_SCHEME } from "../core/stages";
import { readList } from "./args";
import { readDealTally, readPipelineTotals } from "./deals";
import { column } from "./testing/cells";
import { failureOf } from "./testing/failure";

/** The deal tally of a stages column and an optional outcomes column, as the runner hands them over. */
const dealTally = (stages: unknown[][], outcomes: unknown[][] | null, scheme = DEFAULT_SCHEME) =>
  readDealTally(readList(stages, "stages"), outcomes ? readList(outcomes, "outcomes") : undefined, scheme);
const pipelineTotals = (amounts: unknown[][], stages: unknown[][]) =>
  readPipelineTotals(readList(amounts, "amounts"), readList(stages, "stages"), DEFAULT_SCHEME);

describe("bad arguments", () => {
  it("rejects an outcome that is an open stage, naming the cell", () => {
    const failure = failureOf(() => dealTally(column("意向"), column("意向")));
    expect(failure.message.en).toMatch(
      /^“outcomes”: an outcome is Closed won \(won\), Closed lost \(lost\) or blank/,
    );
  });

  it("rejects a deal lost at the won stage, naming the stages cell", () => {
    const failure = failureOf(() => dealTally(column("谈判", "成交"), column("lost", "lost")));
    expect(failure.message.en).toMatch(/^“stages” row 2: A deal cannot be lost at “Closed won”/);
  });

  it("rejects text among the amounts", () => {
    expect(failureOf(() => pipelineTotals(column("n/a"), column("意向"))).message.en).toBe(
      "“amounts”: “n/a” is not a number.",
    );
  });
});

describe("readDealTally", () => {
  it("counts where each deal stands and skips blank rows", () => {
    const tally = dealTally(column("意向", null, "成交", "丢单", ""), null);
    expect([tally.open, tally.won, tally.lost, tally.lostWithoutStage]).toEqual([1, 1, 1, 1]);
  });

  it("reads lost outcomes as lost at the stage in the stages column", () => {
    const tally = dealTally(
      column("谈判", "立项", "丢单", null),
      column("lost", "丢单", "lost", "lost"),
      DEFAULT_SCHEME,
    );
    expect([tally.lost, tally.lostWithoutStage]).toEqual([4, 2]);
    expect([tally.lostAtStage(5), tally.lostAtStage(3)]).toEqual([1, 1]);
  });

  it("reads won outcomes as won whatever the stage column says", () => {
    const tally = dealTally(column("意向", null), column("成交", "Won"));
    expect([tally.won, tally.open]).toEqual([2, 0]);
  });
});

describe("readPipelineTotals", () => {
  it("sums the open and the weighted pipeline, skipping rows where amount or stage is blank", () => {
    const totals = pipelineTotals(
      column(100, null, 300, 400, 50),
      column("意向", "谈判", null, "成交", "谈判"),
    );
    expect(totals.open).toBe(150);
    expect(totals.weighted).toBeCloseTo(100 * 0.2 + 50 * 0.75, 12);
  });
});
