/**
 * The part of the gateway contract (gatewayContract.ts) about snapshots: the first snapshot creates the history
 * table on a new sheet (a user's sheet of its name stays), later ones append below; text stays text (never a
 * formula), dates and amounts are values; a second snapshot of a day is refused, changing nothing, unless the
 * user said to replace it — then only that day's rows are replaced; a large snapshot is written whole, in chunks.
 * Never shipped.
 */
import type { TypedTable } from "../../core/import";
import { errorOf, valueOf } from "../../core/kernel/testing/results";
import { SNAPSHOT_KINDS } from "../../core/snapshots";
import type { GatewayHarness, MakeHarness } from "./gatewayContract";
import { HOSTILE_TEXTS } from "./hostileText";

/** The Chinese header of the snapshot history table, as the tests write it. */
export const SNAPSHOT_HEADER_ZH = [
  "快照日期",
  "商机编号",
  "商机",
  "客户",
  "负责人",
  "阶段",
  "金额",
  "创建日期",
  "预计成交日期",
  "阶段开始日期",
];

/** A snapshot of `deals` deals on `asOf`, the deals named by hostile texts; `tag` changes their amounts. */
function snapshot(asOf: number, deals: number, tag = 0): TypedTable {
  return {
    sheetName: "管线快照",
    tableName: "管线快照",
    header: SNAPSHOT_HEADER_ZH,
    kinds: SNAPSHOT_KINDS,
    rows: Array.from({ length: deals }, (_, i) => [
      asOf,
      `00${i}`,
      HOSTILE_TEXTS[i % HOSTILE_TEXTS.length],
      `客户${i % 7}`,
      "王芳",
      "谈判客户",
      i % 5 === 0 ? null : 1000 * (i + 1) + tag,
      45000 + i,
      45900,
      null,
    ]),
  };
}

/** The history table's data rows as the gateway reads them back. */
async function historyRows(harness: GatewayHarness, table: string) {
  return valueOf(await harness.gateway.readTable({ kind: "table", name: table })).rows;
}

/**
 * The snapshot rules, run against the harness `makeHarness` makes (inside describeGatewayContract's describe).
 * @example describeSnapshotContract(makeHarness)
 */
export function describeSnapshotContract(makeHarness: MakeHarness): void {
  describe("snapshots", () => {
    it("creates the history table on a new sheet the first time, a user's sheet of its name kept, text as text", async () => {
      const harness = await makeHarness({ sheets: { Sheet1: [], 管线快照: [["mine"]] } });
      const written = valueOf(
        await harness.gateway.appendSnapshot({ table: snapshot(45800, 20), asOf: 45800, replace: false }),
      );
      expect(written).toMatchObject({ sheet: "管线快照 (2)", rows: 20, replaced: 0, created: true });
      expect(harness.cell("管线快照", 0, 0)).toMatchObject({ kind: "text", text: "mine" });
      expect(harness.cell(written.sheet, 0, 0)).toMatchObject({ kind: "text", text: "快照日期" });
      expect(harness.cell(written.sheet, 1, 1)).toMatchObject({ kind: "text", text: "000" });
      HOSTILE_TEXTS.forEach((text, i) =>
        expect(harness.cell(written.sheet, 1 + i, 2)).toMatchObject({ kind: "text", text }),
      );
      expect(harness.cell(written.sheet, 2, 6)).toMatchObject({ kind: "value", input: 2000 });
    });

    it("appends a later snapshot below the earlier one, in the same table", async () => {
      const harness = await makeHarness({ sheets: { Sheet1: [] } });
      const first = valueOf(
        await harness.gateway.appendSnapshot({ table: snapshot(45800, 3), asOf: 45800, replace: false }),
      );
      const second = valueOf(
        await harness.gateway.appendSnapshot({ table: snapshot(45830, 4), asOf: 45830, replace: false }),
      );
      expect(second).toMatchObject({ sheet: first.sheet, table: first.table, rows: 4, created: false });
      const rows = await historyRows(harness, first.table);
      expect(rows.map((row) => row[0])).toEqual([45800, 45800, 45800, 45830, 45830, 45830, 45830]);
      expect(harness.sheets().filter((s) => s.startsWith("管线快照"))).toHaveLength(1);
    });

    it("refuses a second snapshot of a day without the word to replace, changing nothing; with it, replaces that day only", async () => {
      const harness = await makeHarness({ sheets: { Sheet1: [] } });
      const { table } = valueOf(
        await harness.gateway.appendSnapshot({ table: snapshot(45800, 3), asOf: 45800, replace: false }),
      );
      await harness.gateway.appendSnapshot({ table: snapshot(45830, 2), asOf: 45830, replace: false });
      const before = await historyRows(harness, table);
      const refused = errorOf(
        await harness.gateway.appendSnapshot({ table: snapshot(45800, 5, 7), asOf: 45800, replace: false }),
      );
      expect(refused.message.en).toMatch(/already holds a snapshot of 2025-05-23 \(3 rows\)/);
      expect(await historyRows(harness, table)).toEqual(before);
      const replaced = valueOf(
        await harness.gateway.appendSnapshot({ table: snapshot(45800, 5, 7), asOf: 45800, replace: true }),
      );
      expect(replaced).toMatchObject({ rows: 5, replaced: 3 });
      const after = await historyRows(harness, table);
      expect(after.map((row) => row[0])).toEqual([45830, 45830, 45800, 45800, 45800, 45800, 45800]);
      expect(after.filter((row) => row[0] === 45800).map((row) => row[6])).toEqual([
        "",
        2007,
        3007,
        4007,
        5007,
      ]);
    });

    it("writes a large snapshot whole, reporting the rows written after each chunk", async () => {
      const harness = await makeHarness({ sheets: { Sheet1: [] } });
      const { sheet, table } = valueOf(
        await harness.gateway.appendSnapshot({ table: snapshot(45800, 2), asOf: 45800, replace: false }),
      );
      const progress: [number, number][] = [];
      const big = snapshot(45830, 6_000);
      valueOf(
        await harness.gateway.appendSnapshot({ table: big, asOf: 45830, replace: false }, (done, total) =>
          progress.push([done, total]),
        ),
      );
      expect(progress.at(-1)).toEqual([6_000, 6_000]);
      const rows = await historyRows(harness, table);
      expect(rows).toHaveLength(6_002);
      expect(rows[6_001][0]).toBe(45830);
      expect(harness.cell(sheet, 6_002, 1)).toMatchObject({ kind: "text", text: "005999" });
    });
  });
}
