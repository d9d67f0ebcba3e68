/**
 * The Pipeline changes report in the workbench's engine: its live FUNNEL.BRIDGE over the snapshot table's header and
 * the rows of snapshots A and B (VSTACK of two ranges) spills the bridge core computes.
 */
import { valueOf } from "../../core/kernel/testing/results";
import { buildChangesSheet } from "../../core/reports";
import { ownerBridges, snapshotChanges, snapshotHistory } from "../../core/snapshots";
import { snapshotAt } from "../../core/snapshots/testing/snapshotFixtures";
import { DEFAULT_SCHEME } from "../../core/stages";
import type { SnapshotAppend } from "../../excel/gateway";
import { appendSnapshotInEngine } from "./appendSnapshot";
import { renderSpec } from "./renderSpec";
import { registerFunnelFunctions } from "./testing/funnelFunctions";
import { WorkbookEngine } from "./workbookEngine";
import { snapshotTable } from "../../core/snapshots";

beforeAll(registerFunnelFunctions);

const a = snapshotAt(45_800, [
  { id: "D1", stage: 2, amount: 100, close: 45_900, owner: "王芳" },
  { id: "D2", stage: 4, amount: 300, close: 45_910, owner: "李雷" },
]);
const b = snapshotAt(45_830, [
  { id: "D1", stage: 3, amount: 150, close: 45_960, owner: "王芳" },
  { id: "D2", stage: 6, amount: 300, close: 45_910, owner: "李雷" },
  { id: "D3", stage: 0, amount: 50, close: 46_000, owner: "王芳" },
]);

it("spills the bridge core computes from a live FUNNEL.BRIDGE over the snapshot table's rows", async () => {
  const engine = WorkbookEngine.create(["Sheet1"]);
  for (const snapshot of [a, b]) {
    const append: SnapshotAppend = {
      table: snapshotTable(snapshot.read, snapshot.asOf, DEFAULT_SCHEME, "en"),
      asOf: snapshot.asOf,
      replace: false,
    };
    valueOf(await appendSnapshotInEngine(engine, append));
  }
  const history = snapshotHistory([a, b]);
  const changes = valueOf(snapshotChanges(history, { from: 0, to: 1, scheme: DEFAULT_SCHEME }));
  const spec = buildChangesSheet(
    {
      changes,
      history,
      owners: valueOf(ownerBridges(a, b)),
      scheme: DEFAULT_SCHEME,
      place: {
        sheet: "Pipeline snapshots",
        headerRow: 0,
        firstCol: 0,
        cols: 10,
        dates: [45_800, 45_800, 45_830, 45_830, 45_830],
      },
    },
    "en",
  );
  valueOf(renderSpec(engine, spec));
  const live = spec.cells.find((cell) => cell.formula?.startsWith("=FUNNEL.BRIDGE(") === true);
  if (live === undefined) throw new Error("no live bridge");
  const spilled = engine.values("Pipeline changes", {
    row: live.row,
    col: 3,
    rows: 2 + changes.bridge.movements.length + 1,
    cols: 3,
  });
  expect(spilled[1]).toEqual(["Pipeline at start", changes.bridge.start.count, changes.bridge.start.amount]);
  expect(spilled.at(-1)).toEqual(["Pipeline at end", changes.bridge.end.count, changes.bridge.end.amount]);
  expect(spilled.slice(2, -1).map((row) => row[2])).toEqual(changes.bridge.movements.map((m) => m.amount));
});
