import { snapshotChanges, snapshotHistory } from "../../core/snapshots";
import { snapshotAt } from "../../core/snapshots/testing/snapshotFixtures";
import { DEFAULT_SCHEME } from "../../core/stages";
import { findHistoryTable } from "./changesRun";
import { bridgeSteps, bridgeTableRows, dealName } from "./changesDisplay";
import { CHANGES_STRINGS } from "./changesStrings";

const history = snapshotHistory([
  snapshotAt(100, [
    { id: "D1", stage: 2, amount: 100, close: 200 },
    { id: "D2", stage: 5, amount: 50, close: 210 },
  ]),
  snapshotAt(130, [
    { id: "D1", stage: 3, amount: 120, close: 230 },
    { id: "D2", stage: 6, amount: 50, close: 210 },
  ]),
]);

function changes() {
  const result = snapshotChanges(history, { from: 0, to: 1, scheme: DEFAULT_SCHEME });
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

describe("the Changes view's display", () => {
  it("lists the bridge from start to end, movements signed", () => {
    const rows = bridgeTableRows(changes().bridge, "en");
    expect(rows[0]).toEqual(["Pipeline at start", "2", "150"]);
    expect(rows.find((row) => row[0] === "Won")).toEqual(["Won", "1", "-50"]);
    expect(rows.at(-1)).toEqual(["Pipeline at end", "1", "120"]);
  });

  it("draws only the movements that moved, floating from the running level", () => {
    const steps = bridgeSteps(changes().bridge, "en");
    expect(steps.map((s) => [s.label, s.from, s.to])).toEqual([
      ["Pipeline at start", 0, 150],
      ["Amount up", 150, 170],
      ["Won", 170, 120],
      ["Pipeline at end", 0, 120],
    ]);
  });

  it("names a deal by id and opportunity, and finds the history table in either language", () => {
    expect(dealName({ id: "D-7", opportunity: "ERP" })).toBe("D-7 ERP");
    expect(dealName({ id: "ERP", opportunity: "ERP" })).toBe("ERP");
    expect(
      findHistoryTable([
        { name: "Deals", sheet: "A", rows: 1 },
        { name: "管线快照_2", sheet: "B", rows: 3 },
      ])?.sheet,
    ).toBe("B");
    expect(findHistoryTable([{ name: "pipelinesnapshots", sheet: "C", rows: 3 }])?.sheet).toBe("C");
  });

  it("has every text in both languages, Chinese in Chinese and English without Chinese", () => {
    for (const text of Object.values(CHANGES_STRINGS)) {
      expect(text.zh).toMatch(/\p{Script=Han}/u);
      expect(text.en).not.toMatch(/\p{Script=Han}/u);
    }
  });
});
