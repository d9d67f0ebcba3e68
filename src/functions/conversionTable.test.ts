import { FunnelTally } from "../core/metrics";
import { DEFAULT_SCHEME, LOST_POSITION, schemeFromList } from "../core/stages";
import { conversionTable } from "./conversionTable";

describe("conversionTable", () => {
  it("has blank figures, not errors, when no deal reached a stage", () => {
    const table = conversionTable(new FunnelTally(DEFAULT_SCHEME), DEFAULT_SCHEME, "en");
    expect(table.slice(1).map((line) => line.slice(1))).toEqual(new Array(7).fill([0, "", ""]));
  });

  it("has a header and one row per stage, in the language asked for", () => {
    const list = schemeFromList([["Lead"], ["Deal"], ["Won"]]);
    if (!list.ok) throw new Error("test list must be valid");
    const tally = new FunnelTally(list.value);
    tally.add({ kind: "open", index: 1 });
    tally.add({ kind: "won", index: 2 });
    tally.add(LOST_POSITION, 1);
    tally.add(LOST_POSITION);
    expect(conversionTable(tally, list.value, "zh")).toEqual([
      ["阶段", "到达商机数", "下一阶段转化率", "累计转化率"],
      ["Lead", 4, 0.75, 1],
      ["Deal", 3, 1 / 3, 0.75],
      ["Won", 1, "", 0.25],
    ]);
  });
});
