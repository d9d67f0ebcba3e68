import { coverage } from "./coverage";

describe("coverage", () => {
  it("rejects inputs that are not finite numbers", () => {
    expect(() => coverage({ openPipeline: NaN, weightedPipeline: 1, target: 1 })).toThrow(/openPipeline/);
    expect(() => coverage({ openPipeline: 1, weightedPipeline: 1, target: Infinity })).toThrow(/target/);
    expect(() => coverage({ openPipeline: 1, weightedPipeline: 1, target: 5, wonToDate: NaN })).toThrow(
      /wonToDate/,
    );
  });

  it("has nothing to cover once won to date reaches the target", () => {
    expect(coverage({ openPipeline: 900, weightedPipeline: 300, target: 500, wonToDate: 500 })).toEqual({
      coverage: null,
      weightedCoverage: null,
    });
    expect(
      coverage({ openPipeline: 900, weightedPipeline: 300, target: 500, wonToDate: 800 }).coverage,
    ).toBeNull();
  });

  it("divides the open and the weighted pipeline by what remains of the target", () => {
    expect(coverage({ openPipeline: 900, weightedPipeline: 300, target: 500, wonToDate: 200 })).toEqual({
      coverage: 3,
      weightedCoverage: 1,
    });
    expect(coverage({ openPipeline: 900, weightedPipeline: 300, target: 600 })).toEqual({
      coverage: 1.5,
      weightedCoverage: 0.5,
    });
  });
});
