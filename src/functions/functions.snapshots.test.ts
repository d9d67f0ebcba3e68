/**
 * FUNNEL.BRIDGE and FUNNEL.PUSHCOUNT (the pipeline over time), called as Excel calls them: bad arguments
 * first, then the answer against core's bridge and push counts.
 */
import fc from "fast-check";
import { readPipeline } from "../core/pipeline";
import { pipelineBridge } from "../core/snapshots";
import { DEFAULT_SCHEME } from "../core/stages";
import { BRIDGE, PUSHCOUNT } from "./functions";
import { column, excelCall, expectExcelError } from "./testing/cells";
import { fuzzSettings, stageLabel } from "./testing/excelArbitraries";
import { snapshotTable } from "./testing/snapshotTables";
import { ErrorCode, installCustomFunctionsRuntime } from "../workbench/engine/customFunctionsRuntime";

beforeAll(() => installCustomFunctionsRuntime());

const HEADER = ["商机编号", "阶段", "金额", "预计成交日期"];
const BEFORE = [HEADER, ["a", "意向", 100, 45880], ["b", "谈判", 300, 45880], ["c", "认可", 500, 45960]];
const AFTER = [
  HEADER,
  ["a", "立项", 150, 45880],
  ["b", "成交", 300, 45880],
  ["c", "认可", 500, 45880],
  ["d", "目标", 80, 45990],
];

type Call = (...args: unknown[]) => unknown;
const bridge = (...args: unknown[]) => excelCall(BRIDGE as Call, ...args) as unknown[][];

describe("FUNNEL.BRIDGE", () => {
  it("asks for the table with its header row when a snapshot is blank", () => {
    expectExcelError(bridge([[null]], AFTER), ErrorCode.invalidValue, "“before”", "header row");
  });

  it("says which column is missing when a table has no stage column", () => {
    expectExcelError(bridge([["Amount"], [1]], AFTER), ErrorCode.invalidValue, "“before”", "Stage");
  });

  it("asks for both ends of the period", () => {
    expectExcelError(bridge(BEFORE, AFTER, 45839), ErrorCode.invalidValue, "“periodEnd”", "both ends");
  });

  it("refuses a period that ends before it starts", () => {
    expectExcelError(bridge(BEFORE, AFTER, 45930, 45839), ErrorCode.invalidValue, "starts after it ends");
  });

  it("spills a header, the start, every movement and the end, in the language asked", () => {
    const rows = bridge(BEFORE, AFTER, null, null, null, null, "en");
    // start: 100 + 300 + 500 = 900 (3); a up 50, b won −300, d new +80; end: 150 + 500 + 80 = 730 (3)
    expect(rows[0]).toEqual(["Movement", "Deals", "Amount"]);
    expect(rows[1]).toEqual(["Pipeline at start", 3, 900]);
    expect(rows.find((r) => r[0] === "Won")).toEqual(["Won", 1, -300]);
    expect(rows[rows.length - 1]).toEqual(["Pipeline at end", 3, 730]);
    expect(bridge(BEFORE, AFTER, null, null, null, null, "zh")[1][0]).toBe("期初管线");
  });

  it("bridges the pipeline closing in a period, with pulled-in deals", () => {
    const rows = bridge(BEFORE, AFTER, 45839, 45930, "amount", null, "en");
    // Q3 at start: a 100 + b 300 = 400; c moved its close date into Q3: pulled in +500; b won −300; a +50
    expect(rows[1]).toEqual(["Pipeline at start", 400]);
    expect(rows.find((r) => r[0] === "Pulled in")).toEqual(["Pulled in", 500]);
    expect(rows[rows.length - 1]).toEqual(["Pipeline at end", 650]);
  });

  it("equals core's bridge and reconciles, on random snapshot tables", () => {
    fc.assert(
      fc.property(snapshotTable(stageLabel, false), snapshotTable(stageLabel, false), (before, after) => {
        const rows = bridge(before, after, null, null, null, null, "en");
        const read = (t: unknown[][]) =>
          readPipeline({ header: t[0], rows: t.slice(1) }, { scheme: DEFAULT_SCHEME });
        const [a, b] = [read(before), read(after)];
        if (!a.ok || !b.ok) return;
        const core = pipelineBridge({ read: a.value }, { read: b.value });
        if (!core.ok) throw new Error();
        expect(rows[1]).toEqual(["Pipeline at start", core.value.start.count, core.value.start.amount]);
        expect(rows.slice(2, -1).map((r) => r[2])).toEqual(core.value.movements.map((m) => m.amount));
        const moved = rows.slice(2, -1).reduce((sum, r) => sum + (r[2] as number), rows[1][2] as number);
        expect(moved).toBeCloseTo(rows[rows.length - 1][2] as number, 6);
      }),
      fuzzSettings(),
    );
  });
});

describe("FUNNEL.PUSHCOUNT", () => {
  const HISTORY = [
    ["快照日期", "商机编号", "阶段", "预计成交日期"],
    [45800, "a", "意向", 45880],
    [45800, "b", "意向", 45880],
    [45830, "a", "意向", 45900],
    [45830, "b", "意向", 45880],
    [45860, "a", "立项", 45950],
    [45860, "b", "意向", 45870],
  ];

  it("asks for a snapshot date column when there is none", () => {
    expectExcelError(
      excelCall(PUSHCOUNT as Call, BEFORE, column("a")),
      ErrorCode.invalidValue,
      "“history”",
      "Snapshot date",
    );
  });

  it("counts each deal's pushes, blank for a blank id, 0 for a deal never pushed", () => {
    expect(excelCall(PUSHCOUNT as Call, HISTORY, column("a", "b", "", "zz"))).toEqual([[2], [0], [""], [0]]);
  });
});
