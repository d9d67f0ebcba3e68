import { NEGOTIATION_CONDITIONS } from "../templates";
import { conditionTexts, negotiationReadiness } from "./readiness";

describe("negotiationReadiness", () => {
  it("refuses more answers than the deck has conditions", () => {
    expect(() => negotiationReadiness(Array<boolean>(8).fill(true))).toThrow(RangeError);
  });

  it("is ready only when all seven conditions hold", () => {
    expect(negotiationReadiness(Array<boolean>(7).fill(true))).toEqual({
      met: 7,
      of: 7,
      missing: [],
      ready: true,
    });
  });

  it("counts no and not yet as missing, and missing answers too", () => {
    const readiness = negotiationReadiness([true, false, true, null, true]);
    expect(readiness).toMatchObject({ met: 3, of: 7, missing: [1, 3, 5, 6], ready: false });
  });

  it("names the missing conditions in the deck's words", () => {
    expect(conditionTexts([6])).toEqual([NEGOTIATION_CONDITIONS[6]]);
  });
});
