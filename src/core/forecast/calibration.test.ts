import { at, deal, STAGE } from "../pipeline/testing/dealFixtures";
import { DEFAULT_SCHEME } from "../stages";
import { calibratedLadder, calibratedProbabilities } from "./calibration";

describe("calibratedProbabilities", () => {
  it("measures nothing without closed deals, keeping the defaults beside", () => {
    const stages = calibratedProbabilities([deal(0, at(STAGE.intent))], DEFAULT_SCHEME);
    expect(stages.map((s) => s.measured)).toEqual(Array(7).fill(null));
    expect(stages.map((s) => s.closed)).toEqual(Array(7).fill(0));
    expect(stages.map((s) => s.defaultProbability)).toEqual([0.05, 0.1, 0.2, 0.35, 0.55, 0.75, 1]);
    expect(stages[4].stage.key).toBe("acknowledged");
  });

  it("measures won ÷ closed deals that reached each stage", () => {
    const deals = [
      deal(0, at(STAGE.won)),
      deal(1, at("lost"), { lostAtIndex: STAGE.negotiation }),
      deal(2, at("lost"), { lostAtIndex: STAGE.intent }),
      deal(3, at("lost")), // stage of loss unknown: reached the first stage only
      deal(4, at(STAGE.negotiation)), // open: left out
    ];
    const stages = calibratedProbabilities(deals, DEFAULT_SCHEME);
    expect(stages.map((s) => s.closed)).toEqual([4, 3, 3, 2, 2, 2, 1]);
    expect(stages.map((s) => s.measured)).toEqual([1 / 4, 1 / 3, 1 / 3, 1 / 2, 1 / 2, 1 / 2, 1]);
  });

  it("leaves a stage unmeasured when no closed deal reached it", () => {
    const stages = calibratedProbabilities(
      [deal(0, at("lost"), { lostAtIndex: STAGE.prospect })],
      DEFAULT_SCHEME,
    );
    expect(stages.map((s) => s.measured)).toEqual([0, 0, null, null, null, null, null]);
  });
});

describe("calibratedLadder", () => {
  it("uses the measured rate where there is one and the default elsewhere", () => {
    const stages = calibratedProbabilities(
      [deal(0, at(STAGE.won)), deal(1, at("lost"), { lostAtIndex: STAGE.prospect })],
      DEFAULT_SCHEME,
    );
    expect(calibratedLadder(stages)).toEqual([0.5, 0.5, 1, 1, 1, 1, 1]);
    expect(calibratedLadder(calibratedProbabilities([], DEFAULT_SCHEME))).toEqual([
      0.05, 0.1, 0.2, 0.35, 0.55, 0.75, 1,
    ]);
  });
});
