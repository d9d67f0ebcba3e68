import { ownerBridges, snapshotChanges, snapshotHistory } from "../snapshots";
import { snapshotAt } from "../snapshots/testing/snapshotFixtures";
import { DEFAULT_SCHEME } from "../stages";
import { bridgeFormula, buildChangesSheet, rowsOfDay, type HistoryPlace } from "./changesSheet";

const a = snapshotAt(45_800, [
  { id: "D1", stage: 2, amount: 100, close: 45_900, owner: "王芳" },
  { id: "D2", stage: 4, amount: 300, close: 45_910, owner: "李雷" },
]);
const b = snapshotAt(45_830, [
  { id: "D1", stage: 3, amount: 100, close: 45_960, owner: "王芳" },
  { id: "D2", stage: 6, amount: 300, close: 45_910, owner: "李雷" },
  { id: "D3", stage: 0, amount: 50, close: 46_000, owner: "王芳" },
]);
const history = snapshotHistory([a, b]);
const place: HistoryPlace = {
  sheet: "管线快照",
  headerRow: 0,
  firstCol: 0,
  cols: 10,
  dates: [45_800, 45_800, 45_830, 45_830, 45_830],
};

function input() {
  const changes = snapshotChanges(history, { from: 0, to: 1, scheme: DEFAULT_SCHEME });
  const owners = ownerBridges(a, b);
  if (!changes.ok || !owners.ok) throw new Error("no changes");
  return { changes: changes.value, history, owners: owners.value, scheme: DEFAULT_SCHEME, place };
}

describe("buildChangesSheet", () => {
  it("writes a live FUNNEL.BRIDGE over the snapshot table's header and the rows of A and B", () => {
    expect(bridgeFormula(place, 45_800, 45_830, null, "en")).toBe(
      "=FUNNEL.BRIDGE(VSTACK('管线快照'!$A$1:$J$1,'管线快照'!$A$2:$J$3),VSTACK('管线快照'!$A$1:$J$1,'管线快照'!$A$4:$J$6),,,\"both\",,\"en\")",
    );
    const spec = buildChangesSheet(input(), "en");
    expect(spec.cells.some((cell) => cell.formula?.startsWith("=FUNNEL.BRIDGE(") === true)).toBe(true);
  });

  it("writes values and says why when a snapshot's rows are not next to each other", () => {
    const scattered = { ...place, dates: [45_800, 45_830, 45_800, 45_830, 45_830] };
    expect(bridgeFormula(scattered, 45_800, 45_830, null, "zh")).toBeUndefined();
    const spec = buildChangesSheet({ ...input(), place: scattered }, "en");
    expect(spec.cells.some((cell) => cell.formula !== undefined)).toBe(false);
    expect(spec.cells.some((cell) => String(cell.value).startsWith("The rows of snapshot A or B"))).toBe(
      true,
    );
  });

  it("links each listed deal to its row of snapshot B and charts the bridge and the trend", () => {
    const spec = buildChangesSheet(input(), "zh");
    const slipped = spec.cells.find((cell) => cell.value === "D1" && cell.link !== undefined);
    expect(slipped?.link).toEqual({ sheet: "管线快照", address: "A4" });
    expect(spec.charts?.map((chart) => chart.kind)).toEqual(["column", "line"]);
    expect(spec.name).toBe("管线变化");
    expect(rowsOfDay(place.dates, 45_830.5)).toEqual([2, 3, 4]);
  });
});
