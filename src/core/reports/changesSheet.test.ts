import { ownerBridges, snapshotChanges, snapshotHistory } from "../snapshots";
import { snapshotAt } from "../snapshots/testing/snapshotFixtures";
import { DEFAULT_SCHEME } from "../stages";
import { forecastAccuracy } from "../snapshots";
import { bridgeHelperFormulas } from "./bridgeChart";
import {
  bridgeFormula,
  buildChangesSheet,
  rowsOfDay,
  type HistoryPlace,
  type TablesPlace,
} from "./changesSheet";
import { checkSheetSpec } from "../sheet";
import { valueOf } from "../kernel/testing/results";

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
    expect(spec.cells.some((cell) => cell.formula?.includes("FUNNEL.BRIDGE") === true)).toBe(false);
    // The chart's helper columns read the values written (column C) only.
    const helpers = spec.cells.filter((cell) => cell.formula !== undefined).map((cell) => cell.formula);
    expect(helpers.length).toBeGreaterThan(0);
    expect(helpers.some((formula) => /\bF\d/.test(formula ?? ""))).toBe(false);
    expect(spec.cells.some((cell) => String(cell.value).startsWith("The rows of snapshot A or B"))).toBe(
      true,
    );
  });

  it("links each listed deal to its row of snapshot B and charts the bridge and the trend", () => {
    const spec = buildChangesSheet(input(), "zh");
    const slipped = spec.cells.find((cell) => cell.value === "D1" && cell.link !== undefined);
    expect(slipped?.link).toEqual({ sheet: "管线快照", address: "A4" });
    expect(spec.charts?.map((chart) => chart.kind)).toEqual(["stackedColumn", "line"]);
    expect(spec.name).toBe("管线变化");
    expect(rowsOfDay(place.dates, 45_830.5)).toEqual([2, 3, 4]);
  });

  it("reads the user's own tables A and B live, each with its header, and links the lists to table B's rows", () => {
    const tables: TablesPlace = {
      kind: "tables",
      before: { sheet: "Pipeline 2025-05-23", headerRow: 0, firstCol: 0, cols: 6, rows: 2 },
      after: { sheet: "管线 2025年6月22日", headerRow: 2, firstCol: 1, cols: 8, rows: 3 },
    };
    expect(bridgeFormula(tables, 45_800, 45_830, { from: 45_839, to: 45_930 }, "zh")).toBe(
      "=FUNNEL.BRIDGE('Pipeline 2025-05-23'!$A$1:$F$3,'管线 2025年6月22日'!$B$3:$I$6,45839,45930,\"both\",,\"zh\")",
    );
    const spec = buildChangesSheet({ ...input(), place: tables }, "en");
    const slipped = spec.cells.find((cell) => cell.value === "D1" && cell.link !== undefined);
    expect(slipped?.link).toEqual({ sheet: "管线 2025年6月22日", address: "B4" });
    expect(
      spec.cells.some((cell) => String(cell.value).includes("the two tables used as snapshots A and B")),
    ).toBe(true);
  });
});

describe("the bridge chart", () => {
  it("floats each movement on an invisible base over helper columns that read the live bridge first", () => {
    const spec = buildChangesSheet(input(), "en");
    const chart = spec.charts?.[0];
    expect(chart?.series.map((s) => [s.name, s.hidden === true])).toEqual([
      ["Base (not drawn)", true],
      ["Increase", false],
      ["Decrease", false],
      ["Total", false],
    ]);
    expect(valueOf(checkSheetSpec(spec))).toBe(spec);
    const first = chart?.categories.row ?? 0;
    const at = (row: number, col: number) => spec.cells.find((cell) => cell.row === row && cell.col === col);
    expect(at(first, 0)?.value).toBe("Pipeline at start");
    // Column G: the live FUNNEL.BRIDGE's amount (column F) once computed, else the value written (column C).
    expect(at(first + 1, 6)?.formula).toBe(`=IF(ISNUMBER(F${first + 2}),F${first + 2},C${first + 2})`);
    expect(at(first + 1, 7)?.formula).toBe(
      `=MIN(SUM(G$${first + 1}:G${first + 1}),SUM(G$${first + 1}:G${first + 2}))`,
    );
  });

  it("stands the start and the end on the axis and floats each step between the levels around it", () => {
    const anchor = { row: 0, col: 0, rows: 10, cols: 7 };
    const rows = bridgeHelperFormulas({ first: 6, lines: 3, nameCol: 0, amountCol: 2, helperCol: 6, anchor });
    expect(rows).toEqual([
      ["=C7", 0, 0, 0, "=G7"],
      ["=C8", "=MIN(SUM(G$7:G7),SUM(G$7:G8))", "=MAX(G8,0)", "=MAX(-G8,0)", 0],
      ["=C9", 0, 0, 0, "=G9"],
    ]);
  });
});

describe("the forecast accuracy section", () => {
  const s1 = snapshotAt(45_800, [
    { id: "D1", stage: 4, amount: 100, close: 45_805, owner: "王芳" },
    { id: "D2", stage: 2, amount: 200, close: 45_806, owner: "李雷" },
  ]);
  const s2 = snapshotAt(45_842, [
    { id: "D1", stage: 6, amount: 100, close: 45_805, owner: "王芳" },
    { id: "D2", stage: "lost", amount: 200, close: 45_806, owner: "李雷" },
  ]);
  const checkedHistory = snapshotHistory([s1, s2]);

  function report(language: "zh" | "en", snapshots = checkedHistory) {
    const [first, last] = [snapshots.snapshots[0], snapshots.snapshots[snapshots.snapshots.length - 1]];
    const changes = snapshotChanges(snapshots, {
      from: 0,
      to: snapshots.snapshots.length - 1,
      scheme: DEFAULT_SCHEME,
    });
    const owners = ownerBridges(first, last);
    if (!changes.ok || !owners.ok) throw new Error("no changes");
    const dates = snapshots.snapshots.flatMap((s) => s.read.deals.map(() => s.asOf));
    return buildChangesSheet(
      {
        changes: changes.value,
        history: snapshots,
        owners: owners.value,
        scheme: DEFAULT_SCHEME,
        place: { ...place, dates },
      },
      language,
    );
  }
  const texts = (spec: ReturnType<typeof report>) => spec.cells.map((cell) => cell.value);

  it("checks each earlier snapshot's forecast of an ended quarter against the amount won in it", () => {
    const spec = report("en");
    const [may] = valueOf(
      forecastAccuracy(checkedHistory, DEFAULT_SCHEME, [{ from: 45_748, to: 45_838, label: "2025-Q2" }]),
    );
    const heading = spec.cells.find((cell) => cell.value === "Forecast accuracy");
    expect(heading).toBeDefined();
    const heads = spec.cells.filter((cell) => cell.row === (heading?.row ?? 0) + 2).map((cell) => cell.value);
    expect(heads).toEqual([
      "Quarter",
      "Snapshot",
      "Expected",
      "Commit",
      "Low (P10)",
      "High (P90)",
      "Actual won",
      "Error",
      "Within P10–P90",
    ]);
    const line = spec.cells.filter((cell) => cell.row === (heading?.row ?? 0) + 3).map((cell) => cell.value);
    const [forecast] = may.forecasts;
    expect(line).toEqual([
      "2025-Q2",
      45_800,
      forecast.expected,
      forecast.commit,
      forecast.p10,
      forecast.p90,
      100,
      forecast.error,
      forecast.inRange ? "Yes" : "No",
    ]);
    expect(may.actual).toBe(100);
    const summary = texts(spec).find((text) => String(text).includes("forecasts of ended"));
    expect(summary).toBe(
      `${forecast.inRange ? 1 : 0} of 1 forecasts of ended quarters (${forecast.inRange ? "100.0" : "0.0"}%) had the actual won within P10–P90; in ${forecast.inRange ? 1 : 0} of 1 quarters the actual fell within the last forecast's P10–P90.`,
    );
    // Per period: the bias is the mean error.
    const bias = spec.cells.find(
      (cell) => cell.row > (heading?.row ?? 0) + 4 && cell.col === 3 && cell.value === may.bias,
    );
    expect(bias).toBeDefined();
  });

  it("heads the section in Chinese with the glossary's words", () => {
    const spec = report("zh");
    expect(texts(spec)).toEqual(
      expect.arrayContaining([
        "预测准确度",
        "加权预测",
        "承诺",
        "保守（P10）",
        "乐观（P90）",
        "实际赢单",
        "偏差",
      ]),
    );
  });

  it("says the history is too short when no quarter ended between two snapshots", () => {
    const short =
      "The history is too short to check forecasts yet: it needs a snapshot taken before a quarter ended and one taken after it.";
    expect(texts(report("en"))).not.toContain(short);
    expect(texts(report("en", history))).toContain(short);
    const sameMonth = snapshotHistory([
      snapshotAt(45_800, [{ id: "D1", stage: 2, amount: 100, close: 45_900 }]),
      snapshotAt(45_805, [{ id: "D1", stage: 3, amount: 100, close: 45_900 }]),
    ]);
    expect(texts(report("zh", sameMonth))).toContain(
      "历史还太短，无法检验预测：需要在某个季度结束前和结束后各有一个快照。",
    );
    expect(texts(report("en", sameMonth))).toContain(short);
  });
});
