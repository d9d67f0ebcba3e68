import { at, deal } from "./testing/dealFixtures";
import { SharedTexts } from "./sharedTexts";
import type { Deal } from "./types";

/** Pushes deals named `names` as a stream does, each name passed through the shared texts first. */
function sharing(names: readonly string[]): string[] {
  const deals: Deal[] = [];
  const shared = new SharedTexts(deals, (kept) => kept.opportunity);
  for (const name of names) {
    deals.push(deal(deals.length, at(1), { opportunity: shared.shared(name, deals.length) }));
  }
  return deals.map((kept) => kept.opportunity as string);
}

describe("SharedTexts", () => {
  it("gives back the text for texts new and seen before", () => {
    const names = ["OPP-1 ERP 升级", "OPP-2", "OPP-1 ERP 升级", "", "OPP-2", "opp-2"];
    expect(sharing(names)).toEqual(names);
  });

  it("gives back each text after growing well past its first size", () => {
    const names = Array.from({ length: 5_000 }, (_, i) => `OPP-${i} ${i % 3 === 0 ? "成本管理" : "ERP"}`);
    const repeated = [...names, ...names.slice().reverse(), ...names];
    expect(sharing(repeated)).toEqual(repeated);
  });
});
