/**
 * The Pipeline changes report's bridge chart in the workbench's engine: its helper columns, computed from the live
 * FUNNEL.BRIDGE, float each movement between the pipeline before and after it, as core's bridge says.
 */
import { valueOf } from "../../core/kernel/testing/results";
import { buildChangesSheet } from "../../core/reports";
import { ownerBridges, snapshotChanges, snapshotHistory, snapshotTable } from "../../core/snapshots";
import { snapshotAt } from "../../core/snapshots/testing/snapshotFixtures";
import { DEFAULT_SCHEME } from "../../core/stages";
import { appendSnapshotInEngine } from "../engine/appendSnapshot";
import { renderSpec } from "../engine/renderSpec";
import { registerFunnelFunctions } from "../engine/testing/funnelFunctions";
import { WorkbookEngine } from "../engine/workbookEngine";
import { chartData } from "./chartData";

beforeAll(registerFunnelFunctions);

const a = snapshotAt(45_800, [
  { id: "D1", stage: 2, amount: 100, close: 45_900, owner: "王芳" },
  { id: "D2", stage: 4, amount: 300, close: 45_910, owner: "李雷" },
  { id: "D4", stage: 1, amount: 80, close: 45_920, owner: "李雷" },
]);
const b = snapshotAt(45_830, [
  { id: "D1", stage: 3, amount: 150, close: 45_960, owner: "王芳" },
  { id: "D2", stage: 6, amount: 300, close: 45_910, owner: "李雷" },
  { id: "D3", stage: 0, amount: 50, close: 46_000, owner: "王芳" },
]);

async function report(live: boolean) {
  const engine = WorkbookEngine.create(["Sheet1"]);
  for (const snapshot of [a, b]) {
    const table = snapshotTable(snapshot.read, snapshot.asOf, DEFAULT_SCHEME, "en");
    valueOf(await appendSnapshotInEngine(engine, { table, asOf: snapshot.asOf, replace: false }));
  }
  const history = snapshotHistory([a, b]);
  const changes = valueOf(snapshotChanges(history, { from: 0, to: 1, scheme: DEFAULT_SCHEME }));
  const dates = live
    ? [45_800, 45_800, 45_800, 45_830, 45_830, 45_830]
    : [45_800, 45_830, 45_800, 45_830, 45_800, 45_830];
  const place = { sheet: "Pipeline snapshots", headerRow: 0, firstCol: 0, cols: 10, dates };
  const spec = buildChangesSheet(
    { changes, history, owners: valueOf(ownerBridges(a, b)), scheme: DEFAULT_SCHEME, place },
    "en",
  );
  const { sheet } = valueOf(renderSpec(engine, spec));
  const chart = spec.charts?.[0];
  if (chart === undefined) throw new Error("no bridge chart");
  return { engine, sheet, chart, bridge: changes.bridge };
}

describe("the bridge chart of the Pipeline changes report", () => {
  it.each([true, false])(
    "floats each movement between the pipeline before and after it (live: %s)",
    async (live) => {
      const { engine, sheet, chart, bridge } = await report(live);
      const data = chartData(engine, sheet, chart);
      const [base, up, down, total] = data.series.map((series) => series.values);
      expect(data.series.map((series) => series.hidden === true)).toEqual([true, false, false, false]);
      expect(data.categories).toHaveLength(bridge.movements.length + 2);
      expect(total[0]).toBe(bridge.start.amount);
      expect(total.at(-1)).toBe(bridge.end.amount);
      let level = bridge.start.amount;
      bridge.movements.forEach((movement, i) => {
        const next = level + movement.amount;
        expect([base[i + 1], up[i + 1], down[i + 1], total[i + 1]]).toEqual([
          Math.min(level, next),
          Math.max(movement.amount, 0),
          Math.max(-movement.amount, 0),
          0,
        ]);
        level = next;
      });
      expect(level).toBe(bridge.end.amount);
    },
  );

  it("follows the live bridge: an edit to the snapshot table moves the bars", async () => {
    const { engine, sheet, chart, bridge } = await report(true);
    // D2's amount at A (row 3 of the sheet, column G: Amount) from 300 to 500: the won step grows with it.
    const wonAt = bridge.movements.findIndex((m) => m.kind === "won");
    const before = chartData(engine, sheet, chart).series[2].values[wonAt + 1];
    engine.setCell("Pipeline snapshots", { row: 2, col: 6 }, 500);
    const after = chartData(engine, sheet, chart).series[2].values[wonAt + 1];
    expect(before).toBe(300);
    expect(after).toBe(500);
  });
});
