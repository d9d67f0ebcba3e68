/**
 * Test fixture: Excel-shaped random pipeline snapshot tables (header row + rows) and snapshot history
 * tables, for the property tests of FUNNEL.BRIDGE and FUNNEL.PUSHCOUNT. Used by jest only; never shipped.
 */
import fc from "fast-check";
import { amountCell, blankCell, dateCell, excelCell, mostly } from "./excelArbitraries";

type Arbitrary<T> = fc.Arbitrary<T>;

/** The header of a snapshot table: as the pane writes it, or in English. */
const HEADERS = [
  ["商机编号", "商机", "客户", "阶段", "金额", "预计成交日期"],
  ["Deal ID", "Opportunity", "Customer", "Stage", "Amount", "Close Date"],
];

/** A cell of a deal-id column: a few ids (so snapshots share deals), sometimes blank. */
const idCell: Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom("D1", "D2", "D3", "D4", "D5", "D6", 7, " D1 "), weight: 8 },
  { arbitrary: blankCell, weight: 1 },
);

/** A name cell: a few names, so rows without ids pair (or are ambiguous). */
const nameCell: Arbitrary<unknown> = fc.constantFrom("ERP", "CRM", "OA", null);

/** One deal row of a snapshot table, its cells `noisy` or clean, stage labels from `stage`. */
function dealRow(stage: Arbitrary<unknown>, noisy: boolean): Arbitrary<unknown[]> {
  const cell = (a: Arbitrary<unknown>) => (noisy ? mostly(a) : a);
  return fc.tuple(
    cell(idCell),
    cell(nameCell),
    cell(fc.constantFrom("Acme", "Beta", null)),
    cell(stage),
    cell(amountCell),
    cell(dateCell),
  );
}

/**
 * A pipeline table with its header row: 0 to 12 deals, stage labels from `stage`.
 * @example fc.sample(snapshotTable(stageLabel, false), 1)[0][0] // ["商机编号", "商机", …]
 */
export function snapshotTable(stage: Arbitrary<unknown>, noisy: boolean): Arbitrary<unknown[][]> {
  const header = noisy
    ? fc.oneof(
        { arbitrary: fc.constantFrom(...HEADERS), weight: 8 },
        { arbitrary: fc.array(excelCell, { minLength: 1, maxLength: 6 }), weight: 1 },
      )
    : fc.constantFrom(...HEADERS);
  return fc
    .tuple(header, fc.array(dealRow(stage, noisy), { minLength: 0, maxLength: 12 }))
    .map(([head, rows]) => [[...head], ...rows.map((row) => row.slice(0, head.length))]);
}

/**
 * A snapshot history table with its header row: a snapshot-date column, then a pipeline table's columns;
 * 0 to 30 rows over a few dates.
 * @example fc.sample(historyTable(stageLabel, false), 1)[0][0][0] // "快照日期"
 */
export function historyTable(stage: Arbitrary<unknown>, noisy: boolean): Arbitrary<unknown[][]> {
  const date = fc.constantFrom(45800, 45830, 45860, "2025-06-01");
  return fc
    .tuple(
      fc.constantFrom("快照日期", "Snapshot date"),
      fc.array(fc.tuple(noisy ? mostly(date) : date, dealRow(stage, noisy)), { minLength: 0, maxLength: 30 }),
    )
    .map(([dateHeader, rows]) => [[dateHeader, ...HEADERS[0]], ...rows.map(([asOf, row]) => [asOf, ...row])]);
}
