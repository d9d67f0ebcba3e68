/**
 * The bad-data corpus (testing/badDataCorpus.ts) through the whole pipeline-health path: readPipeline →
 * pipelineHealth → the report sheet. Every row is read as its note says (the deal as the user meant it,
 * or skipped with its kind of reason, or kept with its unreadable cells listed), every row is accounted
 * for, and the report is still produced and well formed.
 */
import { checkSheetSpec } from "../sheet";
import { DEFAULT_SCHEME, LOST_POSITION, positionAt } from "../stages";
import { cellAt, cellsWithText } from "../sheet/testing/specQueries";
import { isBlankCell } from "../kernel";
import { valueOf } from "../kernel/testing/results";
import { pipelineHealth } from "../health";
import { readCounts, SKIP_KINDS } from "./readCounts";
import { readPipeline } from "./readPipeline";
import { buildHealthReport, SKIPPED_COLUMNS } from "../reports";
import {
  badDataCorpus,
  CORPUS_AS_OF,
  CORPUS_HEADER_ROW,
  CORPUS_MAPPING,
  FORMULA_ID,
  type CorpusRow,
  type ExpectedDeal,
} from "./testing/badDataCorpus";
import type { Deal } from "./types";

const { header, rows, corpus } = badDataCorpus();
const read = valueOf(
  readPipeline({ header, rows, headerRow: CORPUS_HEADER_ROW }, { scheme: DEFAULT_SCHEME }),
);
const health = pipelineHealth(read, DEFAULT_SCHEME, { asOf: CORPUS_AS_OF });
const source = {
  sheet: "商机 Deals",
  headerRow: CORPUS_HEADER_ROW,
  firstCol: 0,
  rowCount: rows.length,
  mapping: read.mapping,
};
/** A data row's number as the user sees it on the sheet. */
const sheetRow = (row: number) => CORPUS_HEADER_ROW + 2 + row;

const dealsByRow = new Map<number, Deal>();
for (const deal of [...read.deals, ...read.histories.flat()]) dealsByRow.set(deal.row, deal);
const skippedByRow = new Map(read.skipped.map((skip) => [skip.row, skip]));
const unreadableRoles = (row: number) =>
  read.unreadable
    .filter((cell) => cell.row === row)
    .map((cell) => cell.role)
    .sort();

function checkDeal(deal: Deal | undefined, expected: ExpectedDeal): void {
  expect(deal).toBeDefined();
  const fields: Partial<Record<keyof ExpectedDeal, unknown>> = {
    stage: deal?.position.kind === "lost" ? "lost" : deal?.position.index,
    lostAt: deal?.lostAtIndex,
    id: deal?.id,
    owner: deal?.owner,
    customer: deal?.customer,
    amount: deal?.amount,
    created: deal?.created,
    close: deal?.closeDate,
    entered: deal?.stageEntered,
  };
  const named = Object.keys(expected) as (keyof ExpectedDeal)[];
  expect(Object.fromEntries(named.map((key) => [key, fields[key]]))).toEqual(expected);
}

describe("the bad-data corpus", () => {
  it("holds at least 150 rows, each saying what it exercises", () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    for (const row of corpus) expect(row.note).not.toBe("");
  });

  it("recognises the messy headers: BOM, spaces, line breaks, case, two languages", () => {
    expect(read.mapping).toEqual(CORPUS_MAPPING);
  });

  it("accounts for every row: rows read = rows used + rows skipped", () => {
    expect(read.rowsRead).toBe(rows.length);
    expect(read.rowsUsed + read.skipped.length).toBe(read.rowsRead);
    const historyRows = read.histories.reduce((sum, history) => sum + history.length, 0);
    expect(read.deals.length + historyRows - read.histories.length).toBe(read.rowsUsed);
    expect(health.rowsRead).toBe(read.rowsRead);
    expect(health.rowsUsed).toBe(read.rowsUsed);
  });

  it.each(corpus.map((row, index): [number, string, CorpusRow] => [sheetRow(index), row.note, row]))(
    "reads sheet row %i as meant — %s",
    (shown, _note, row) => {
      const index = shown - sheetRow(0);
      const expected = row.expected;
      if ("skip" in expected) {
        expect(skippedByRow.get(index)?.kind).toBe(expected.skip);
        expect(dealsByRow.has(index)).toBe(false);
        return;
      }
      expect(skippedByRow.has(index)).toBe(false);
      checkDeal(dealsByRow.get(index), expected.deal);
      expect(unreadableRoles(index)).toEqual([...(expected.unreadable ?? [])].sort());
    },
  );

  it("never silently misreads an amount or a date: a filled cell is read, or listed with its reason", () => {
    const roles = [
      ["amount", CORPUS_MAPPING.amount, "amount"],
      ["createdDate", CORPUS_MAPPING.createdDate, "created"],
      ["closeDate", CORPUS_MAPPING.closeDate, "closeDate"],
      ["stageEnteredDate", CORPUS_MAPPING.stageEnteredDate, "stageEntered"],
    ] as const;
    for (const [row, deal] of dealsByRow) {
      for (const [role, column, field] of roles) {
        const listed = read.unreadable.some((cell) => cell.row === row && cell.role === role);
        if (isBlankCell(rows[row][column])) expect([deal[field], listed]).toEqual([null, false]);
        else expect(deal[field] === null).toBe(listed);
      }
    }
  });

  it("gives every skipped row and unreadable cell a reason in both languages", () => {
    for (const { reason } of [...read.skipped, ...read.unreadable]) {
      expect(reason.zh).toMatch(/\p{Script=Han}{2}/u);
      expect(reason.en).toMatch(/[A-Za-z]{3,} [A-Za-z]{2,}/);
    }
  });

  it("names the earlier row a copy repeats, as the user sees it", () => {
    const copies = read.skipped.filter((skip) => skip.kind === "duplicate");
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      const original = Number(/row (\d+)/.exec(copy.reason.en)?.[1]);
      expect(original).toBeLessThan(sheetRow(copy.row));
      expect(copy.reason.zh).toContain(`第 ${original} 行`);
      expect(rows[original - sheetRow(0)]).toBeDefined();
    }
  });

  it("counts the rows used and skipped by kind of reason, as the corpus expects", () => {
    const expectedSkips = corpus.flatMap((row) => ("skip" in row.expected ? [row.expected.skip] : []));
    const counts = readCounts(read);
    expect(counts.rowsRead).toBe(corpus.length);
    expect(counts.rowsSkipped).toBe(expectedSkips.length);
    expect(counts.rowsUsed).toBe(corpus.length - expectedSkips.length);
    for (const kind of SKIP_KINDS) {
      expect([kind, counts.skippedBy[kind]]).toEqual([kind, expectedSkips.filter((k) => k === kind).length]);
    }
    expect(counts.skippedBy.other).toBe(0);
    const expectedUnreadable = corpus.reduce(
      (sum, row) => sum + ("deal" in row.expected ? (row.expected.unreadable?.length ?? 0) : 0),
      0,
    );
    expect(Object.values(counts.unreadableBy).reduce((a, b) => a + b, 0)).toBe(expectedUnreadable);
  });

  it("keeps the history of repeated deal ids and finds its skipped and backward moves", () => {
    const kindsOf = (id: string) =>
      health.anomalies.filter((anomaly) => anomaly.dealId === id).map((anomaly) => anomaly.kind);
    expect(kindsOf("H-1")).toContain("skippedStage");
    expect(kindsOf("H-2")).toContain("backward");
    expect(read.deals.find((deal) => deal.id === "H-1")?.position).toBe(positionAt(DEFAULT_SCHEME, 5));
    expect(read.deals.filter((deal) => deal.id === "DUP-1")).toHaveLength(1);
    expect(read.deals.find((deal) => deal.id === "DUP-1")?.amount).toBe(320_000);
  });

  it("lists every unreadable cell among the abnormal deals, and does not also call it missing", () => {
    const listed = health.anomalies.filter((anomaly) => anomaly.kind === "unreadable");
    expect(listed.map((anomaly) => anomaly.row)).toEqual(read.unreadable.map((cell) => cell.row));
    listed.forEach((anomaly, i) => {
      expect(anomaly.detail.en).toContain(read.unreadable[i].reason.en);
      expect(anomaly.dealId).toBe(dealsByRow.get(anomaly.row)?.id);
    });
    const missingAmounts = health.anomalies.filter((anomaly) => anomaly.kind === "missingAmount");
    for (const anomaly of missingAmounts) expect(rows[anomaly.row][CORPUS_MAPPING.amount]).toBe("");
  });

  it("reads the lost deals' stage of loss", () => {
    expect(read.deals.filter((deal) => deal.position === LOST_POSITION).length).toBeGreaterThan(0);
  });

  describe.each(["zh", "en"] as const)("the %s report", (language) => {
    const spec = buildHealthReport(health, source, {
      language,
      forecast: { deals: read.deals },
    });

    it("is still produced and passes the sheet-spec checks", () => {
      expect(valueOf(checkSheetSpec(spec))).toBe(spec);
    });

    it("lists every skipped row by its sheet row, linked to it, with its reason", () => {
      const heading = language === "zh" ? "原因" : "Reason";
      const first = (cellsWithText(spec, heading)[0]?.row ?? -1) + 1;
      read.skipped.forEach((skip, i) => {
        const cell = cellAt(spec, first + i, SKIPPED_COLUMNS.row);
        expect(cell?.value).toBe(sheetRow(skip.row));
        expect(cell?.link).toEqual({
          sheet: source.sheet,
          address: `A${sheetRow(skip.row)}`,
        });
        expect(cellAt(spec, first + i, SKIPPED_COLUMNS.reason)?.value).toBe(skip.reason[language]);
      });
    });

    it("writes the user's formula-like text as a value, never as a formula", () => {
      expect(cellsWithText(spec, FORMULA_ID).length).toBeGreaterThan(0);
      expect(spec.cells.some((cell) => cell.formula?.includes("HYPERLINK"))).toBe(false);
    });
  });
});
