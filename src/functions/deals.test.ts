import { DEFAULT_SCHEME } from "../core/stages";
import { dealColumns, dealTally } from "./deals";
import { column } from "./testing/cells";
import { failureOf } from "./testing/failure";

describe("bad arguments", () => {
  it("rejects an outcome that is an open stage, naming the cell", () => {
    const failure = failureOf(() => dealTally(column("意向"), column("意向"), DEFAULT_SCHEME));
    expect(failure.message.en).toMatch(/^“outcomes”: an outcome is Won \(won\), Lost \(lost\) or blank/);
  });

  it("rejects outcomes that do not line up", () => {
    expect(
      failureOf(() => dealTally(column("意向", "谈判"), column("won"), DEFAULT_SCHEME)).message.en,
    ).toContain("must be the same size");
  });

  it("rejects a deal lost at the won stage, naming the stages cell", () => {
    const failure = failureOf(() =>
      dealTally(column("谈判", "成交"), column("lost", "lost"), DEFAULT_SCHEME),
    );
    expect(failure.message.en).toMatch(/^“stages” row 2: A deal cannot be lost at “Won”/);
  });

  it("rejects text among the amounts", () => {
    expect(failureOf(() => dealColumns(column("n/a"), column("意向"), DEFAULT_SCHEME)).message.en).toBe(
      "“amounts”: “n/a” is not a number.",
    );
  });
});

describe("dealTally", () => {
  it("counts where each deal stands and skips blank rows", () => {
    const tally = dealTally(column("意向", null, "成交", "丢单", ""), null, DEFAULT_SCHEME);
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
    const tally = dealTally(column("意向", null), column("成交", "Won"), DEFAULT_SCHEME);
    expect([tally.won, tally.open]).toEqual([2, 0]);
  });

  it("treats an outcomes column of blanks as omitted", () => {
    const tally = dealTally(column("意向", "谈判"), column(null), DEFAULT_SCHEME);
    expect(tally.open).toBe(2);
  });
});

describe("dealColumns", () => {
  it("pairs amounts with stages, skipping rows where either is blank", () => {
    const deals = dealColumns(
      column(100, null, 300, 400),
      column("意向", "谈判", null, "成交"),
      DEFAULT_SCHEME,
    );
    expect(Array.from(deals.amounts)).toEqual([100, 400]);
    expect(deals.positions).toEqual([
      { kind: "open", index: 2 },
      { kind: "won", index: 6 },
    ]);
  });
});
