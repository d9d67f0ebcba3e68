import { DEFAULT_SCHEME, LOST_POSITION, type StagePosition, schemeFromList } from "../stages";
import { PipelineTotals, openPipeline, weightedPipeline } from "./weighted";
import { valueOf } from "../kernel/testing/results";

const at = (label: unknown): StagePosition => valueOf(DEFAULT_SCHEME.resolve(label));

/** One deal per stage of the deck (目标 … 成交), then a lost one. */
const positions = [
  at("目标"),
  at("潜在"),
  at("意向"),
  at("立项"),
  at("认可"),
  at("谈判"),
  at("成交"),
  LOST_POSITION,
];
const amounts = [100, 200, 300, 400, 500, 600, 700, 800];

describe("weightedPipeline", () => {
  it("refuses columns of different lengths", () => {
    expect(() => weightedPipeline([1, 2], [at(1)], DEFAULT_SCHEME)).toThrow(RangeError);
  });

  it("refuses a position outside the scheme", () => {
    expect(() => weightedPipeline([1], [{ kind: "open", index: 7 }], DEFAULT_SCHEME)).toThrow(RangeError);
  });

  it("is 0 for no deals", () => {
    expect(weightedPipeline([], [], DEFAULT_SCHEME)).toBe(0);
  });

  it("weights open amounts by their stage probability and leaves won and lost deals out", () => {
    // 100×5% + 200×10% + 300×20% + 400×35% + 500×55% + 600×75%; the won 700 and lost 800 are not pipeline
    expect(weightedPipeline(amounts, positions, DEFAULT_SCHEME)).toBeCloseTo(950, 9);
  });

  it("is 0 when every deal is closed", () => {
    expect(weightedPipeline([700, 800], [at("成交"), LOST_POSITION], DEFAULT_SCHEME)).toBe(0);
  });

  it("uses the scheme's own probabilities", () => {
    const scheme = valueOf(
      schemeFromList([
        ["Qualify", 0.25],
        ["Propose", 0.6],
        ["Won", 1],
      ]),
    );
    const qualify = valueOf(scheme.resolve("Qualify"));
    const propose = valueOf(scheme.resolve("Propose"));
    expect(weightedPipeline([1000, 2000, 4000], [qualify, propose, qualify], scheme)).toBeCloseTo(2450, 9);
  });

  it("keeps a million-row total free of accumulated rounding error", () => {
    const rows = 1_000_000;
    const many = new Float64Array(rows).fill(0.1);
    const manyPositions = new Array<StagePosition>(rows).fill(at("成交"));
    manyPositions.fill(at("谈判"), 0, rows / 2);
    expect(weightedPipeline(many, manyPositions, DEFAULT_SCHEME)).toBeCloseTo(37_500, 9);
  });
});

describe("openPipeline", () => {
  it("refuses columns of different lengths", () => {
    expect(() => openPipeline([1], [])).toThrow(RangeError);
  });

  it("sums the amounts of open deals only", () => {
    expect(openPipeline(amounts, positions)).toBe(2100);
  });

  it("counts negative amounts (credit notes) as they are", () => {
    expect(openPipeline([500, -120], [at("意向"), at("认可")])).toBe(380);
  });
});

describe("PipelineTotals", () => {
  it("refuses an open position outside the scheme", () => {
    expect(() => new PipelineTotals(DEFAULT_SCHEME).add(1, { kind: "open", index: 7 })).toThrow(RangeError);
  });

  it("counts open deals only, one at a time, to the figures of openPipeline and weightedPipeline", () => {
    const totals = new PipelineTotals(DEFAULT_SCHEME);
    expect([totals.open, totals.weighted]).toEqual([0, 0]);
    positions.forEach((position, i) => totals.add(amounts[i], position));
    expect(totals.open).toBe(openPipeline(amounts, positions));
    expect(totals.weighted).toBe(weightedPipeline(amounts, positions, DEFAULT_SCHEME));
    expect(totals.weighted).toBeCloseTo(
      100 * 0.05 + 200 * 0.1 + 300 * 0.2 + 400 * 0.35 + 500 * 0.55 + 600 * 0.75,
    );
  });

  it("uses the probabilities of the scheme it was made for", () => {
    const scheme = valueOf(
      schemeFromList([
        ["Lead", 0.3],
        ["Deal", 0.6],
        ["Won", 1],
      ]),
    );
    const totals = new PipelineTotals(scheme);
    totals.add(100, valueOf(scheme.resolve("Deal")));
    totals.add(100, valueOf(scheme.resolve("Won")));
    expect([totals.open, totals.weighted]).toEqual([100, 60]);
  });
});
