/**
 * The two lists of data rows: the abnormal deals (kind, deal, data row, detail) and the rows that could
 * not be used (data row, reason). Each row links to its row on the data sheet, so a click goes to the deal.
 */
import { type SheetBuilder, sectionWithHeads } from "../sheet";
import type { SkippedRow } from "../pipeline";
import type { Anomaly } from "../health";
import { dataRowAddress, sheetRowNumber, type ReportSource } from "./dataNames";
import type { TableLayout } from "./stageTable";
import { REPORT_STYLES } from "./styles";
import { ANOMALY_KIND_TEXT, LIST_HEADS, REPORT_TEXT } from "./text";

/** The anomaly list's columns. */
const ANOMALY_COLUMNS = Object.freeze({ kind: 0, deal: 1, row: 2, detail: 3 });
/**
 * The skipped-rows list's columns.
 * Tested surface: exported for its tests.
 */
export const SKIPPED_COLUMNS = Object.freeze({ row: 0, reason: 1 });

const LINK_STYLE = { ...REPORT_STYLES.text, fontColor: "#0563C1" } as const;

/**
 * Writes the anomaly list from `row`, the deal cell of each row linked to the deal's data row; an empty
 * list gets one row saying so. Returns where the anomaly rows are.
 * @example writeAnomalies(sheet, 60, health.anomalies, source)
 */
export function writeAnomalies(
  sheet: SheetBuilder,
  row: number,
  anomalies: readonly Anomaly[],
  source: ReportSource,
): TableLayout {
  const heads = [LIST_HEADS.kind, LIST_HEADS.deal, LIST_HEADS.row, LIST_HEADS.detail];
  const firstRow = sectionWithHeads(sheet, row, REPORT_TEXT.anomalies, heads, 0, heads.length - 1);
  if (anomalies.length === 0) {
    sheet.value(firstRow, 0, sheet.text(REPORT_TEXT.none), REPORT_STYLES.note);
    return { firstRow, rows: 0, firstCol: 0 };
  }
  anomalies.forEach((anomaly, i) => {
    const r = firstRow + i;
    sheet.value(r, ANOMALY_COLUMNS.kind, sheet.text(ANOMALY_KIND_TEXT[anomaly.kind]), REPORT_STYLES.text);
    sheet.put({
      row: r,
      col: ANOMALY_COLUMNS.deal,
      value: anomaly.dealId,
      style: LINK_STYLE,
      link: { sheet: source.sheet, address: dataRowAddress(source, anomaly.row) },
    });
    sheet.value(r, ANOMALY_COLUMNS.row, sheetRowNumber(source, anomaly.row), REPORT_STYLES.figure);
    sheet.value(r, ANOMALY_COLUMNS.detail, sheet.text(anomaly.detail));
  });
  return { firstRow, rows: anomalies.length, firstCol: 0 };
}

/**
 * Writes the rows that could not be used from `row`, each row number linked to its data row; an empty
 * list gets one row saying so. Returns where the rows are.
 * @example writeSkippedRows(sheet, 80, health.skipped, source)
 */
export function writeSkippedRows(
  sheet: SheetBuilder,
  row: number,
  skipped: readonly SkippedRow[],
  source: ReportSource,
): TableLayout {
  const firstRow = sectionWithHeads(
    sheet,
    row,
    REPORT_TEXT.skipped,
    [LIST_HEADS.row, LIST_HEADS.reason],
    0,
    1,
  );
  if (skipped.length === 0) {
    sheet.value(firstRow, 0, sheet.text(REPORT_TEXT.none), REPORT_STYLES.note);
    return { firstRow, rows: 0, firstCol: 0 };
  }
  skipped.forEach((skip, i) => {
    const r = firstRow + i;
    sheet.put({
      row: r,
      col: SKIPPED_COLUMNS.row,
      value: sheetRowNumber(source, skip.row),
      style: { ...LINK_STYLE, horizontal: "right" },
      link: { sheet: source.sheet, address: dataRowAddress(source, skip.row) },
    });
    sheet.value(r, SKIPPED_COLUMNS.reason, sheet.text(skip.reason));
  });
  return { firstRow, rows: skipped.length, firstCol: 0 };
}
