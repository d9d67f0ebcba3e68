/**
 * The charts of a sheet, drawn over their anchor cells: a layer inside the grid's scrolling content, so each
 * chart scrolls with the cells it covers. Each chart reads the cells it plots at every change of the workbook
 * (the `version`), so it follows edits as an Excel chart does.
 */
import { useMemo } from "react";
import type { CellRange } from "../../core/sheet";
import type { WorkbookEngine } from "../engine/workbookEngine";
import type { RowLayout } from "../rowLayout";
import { chartData } from "./chartData";
import { SheetChart, type SheetChartProps } from "./SheetChart";

/** Props of {@link SheetCharts}. */
export interface SheetChartsProps {
  readonly engine: WorkbookEngine;
  /** The engine's version: the charts re-read their cells when it changes. */
  readonly version: number;
  readonly sheet: string;
  /** The grid's row tops and heights. */
  readonly layout: RowLayout;
}

/**
 * Where a chart anchored on `anchor` goes, in pixels of the grid's content: over exactly those cells.
 * Tested surface: exported for its tests.
 * @example anchorFrame({ row: 2, col: 1, rows: 10, cols: 4 }, () => 100, layout) // { top: 48, left: 100, width: 400, height: 240 }
 */
export function anchorFrame(
  anchor: CellRange,
  columnWidth: (col: number) => number,
  layout: RowLayout,
): SheetChartProps["frame"] {
  let left = 0;
  for (let col = 0; col < anchor.col; col++) left += columnWidth(col);
  let width = 0;
  for (let col = anchor.col; col < anchor.col + anchor.cols; col++) width += columnWidth(col);
  const top = layout.top(anchor.row);
  return { top, left, width, height: layout.top(anchor.row + anchor.rows) - top };
}

/**
 * The layer of a sheet's charts (nothing when it has none).
 * @example <SheetCharts engine={engine} version={version} sheet="管线健康" layout={layout} />
 */
export function SheetCharts({ engine, version, sheet, layout }: SheetChartsProps) {
  const charts = useMemo(
    () =>
      engine
        .decor(sheet)
        .charts()
        .map((chart) => ({
          data: chartData(engine, sheet, chart),
          frame: anchorFrame(chart.anchor, (col) => engine.columnWidth(sheet, col), layout),
        })),
    // The version changes whenever a cell, a width or a row height does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [engine, sheet, layout, version],
  );
  return (
    <>
      {charts.map(({ data, frame }, i) => (
        <SheetChart key={i} data={data} frame={frame} />
      ))}
    </>
  );
}
