import { DEFAULT_SCHEME } from "../../core/stages";
import { probabilityChanges } from "./probabilityWrite";
import { HAND_PROBABILITIES, markovChanges } from "./testing/markovHistory";

/** The stage list as the settings template lays it out from B4 down: names and probabilities, then blank rows. */
const LIST = [
  ["目标客户", 0.05],
  ["潜在客户", 0.1],
  ["意向客户", 0.2],
  ["立项客户", 0.35],
  ["认可客户", 0.5],
  ["谈判客户", 0.75],
  ["成交客户", 1],
  ["丢单", 0],
  ["", ""],
];

describe("probabilityChanges", () => {
  it("changes only the stages with an observed figure, in their own rows of the probability column", () => {
    const changes = probabilityChanges(LIST, markovChanges().chain, DEFAULT_SCHEME);
    expect(changes.map((c) => [c.stage.zh, c.address, c.old])).toEqual([
      ["认可客户", "B8", 0.5],
      ["谈判客户", "B9", 0.75],
    ]);
    expect(changes[0].value).toBeCloseTo(HAND_PROBABILITIES.shortlisted, 12);
    expect(changes[1].value).toBeCloseTo(HAND_PROBABILITIES.negotiation, 12);
  });

  it("finds a stage under its English name, and skips a stage the list does not hold", () => {
    const list = [
      ["Negotiation", ""],
      ["Something else", 0.4],
    ];
    const changes = probabilityChanges(list, markovChanges().chain, DEFAULT_SCHEME);
    expect(changes.map((c) => [c.stage.en, c.address, c.old])).toEqual([["Negotiation", "B4", ""]]);
  });
});
