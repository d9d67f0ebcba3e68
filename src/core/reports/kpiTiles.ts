/**
 * The KPI tiles at the top of the report: one column per tile, a label, the figure (live where a FUNNEL
 * function computes it) and a caption: under a live figure, the value it had when the report was made, labelled
 * "As made: " by its number format (so the cell keeps the exact number, and compares with the live
 * one above it after an edit); under the deals with anomalies, how many anomalies they have.
 */
import type { Bilingual } from "../kernel";
import type { SheetBuilder } from "../sheet";
import { abnormalDealCount, type PipelineHealth } from "../health";
import type { LiveFormulas } from "./liveFormulas";
import { FORMATS, putFigure, REPORT_STYLES } from "./styles";
import { anomalyCountText, KPI_TEXT, REPORT_TEXT } from "./text";

/**
 * One tile: its label, the model's value (a stage name for a bottleneck), a number format, when live its formula,
 * and a caption of its own (a figure that is not live).
 */
export interface KpiTile {
  readonly key: keyof typeof KPI_TEXT;
  readonly label: Bilingual;
  readonly value: number | Bilingual | null;
  readonly format?: string;
  readonly formula?: string;
  readonly caption?: Bilingual;
  /** A caption that is a formula (the row counts' time, marked stale once the table's rows change). */
  readonly captionFormula?: string;
}

/** Tiles per row of tiles. */
const TILES_PER_ROW = 8;
/** Sheet rows of one row of tiles: label, figure, caption. */
const TILE_ROWS = 3;

/**
 * The tiles, in order: money and time, the two bottleneck stages, the as-of date, deal counts (the deals with
 * anomalies captioned with the anomalies' count) and row counts.
 * @example kpiTiles(health, {}).find((tile) => tile.key === "winRate")?.value // health.overall.winRate
 */
export function kpiTiles(
  health: PipelineHealth,
  live: LiveFormulas,
  rowsCaption?: { readonly formula: string } | { readonly text: Bilingual },
): KpiTile[] {
  const o = health.overall;
  const tile = (key: KpiTile["key"], value: number | null, format: string, formula?: string): KpiTile => ({
    key,
    label: KPI_TEXT[key],
    value,
    format,
    ...(formula !== undefined ? { formula } : {}),
  });
  const stage = (key: KpiTile["key"], index: number | null): KpiTile => ({
    key,
    label: KPI_TEXT[key],
    value: index === null ? null : (health.scheme.stages[index]?.name ?? null),
  });
  return [
    tile("openPipeline", o.openPipeline, FORMATS.amount),
    tile("weightedPipeline", o.weightedPipeline, FORMATS.amount, live.weightedPipeline),
    tile("winRate", o.winRate, FORMATS.percent, live.winRate),
    tile("averageWonSize", o.averageWonSize, FORMATS.amount),
    tile("averageCycleDays", o.averageCycleDays, FORMATS.days, live.averageCycleDays),
    tile("velocityPerDay", o.velocityPerDay, FORMATS.amount, live.velocityPerDay),
    stage("bottleneckConversion", health.bottleneck.conversion),
    stage("bottleneckTime", health.bottleneck.time),
    tile("asOf", health.asOf, FORMATS.date),
    tile("open", o.open, FORMATS.count),
    tile("won", o.won, FORMATS.count),
    tile("lost", o.lost, FORMATS.count),
    {
      ...tile("abnormalDeals", abnormalDealCount(health.anomalies), FORMATS.count),
      caption: anomalyCountText(health.anomalies.length),
    },
    {
      ...tile("rowsRead", health.rowsRead, FORMATS.count),
      ...(rowsCaption === undefined
        ? {}
        : "formula" in rowsCaption
          ? { captionFormula: rowsCaption.formula }
          : { caption: rowsCaption.text }),
    },
    tile("rowsUsed", health.rowsUsed, FORMATS.count),
    tile("rowsSkipped", health.skipped.length, FORMATS.count),
  ];
}

/**
 * Writes the tiles from `row` (label, figure, caption rows; {@link TILES_PER_ROW} per row of tiles) and
 * returns the first row below them.
 * @example const next = writeKpiTiles(sheet, 4, kpiTiles(health, live));
 */
export function writeKpiTiles(sheet: SheetBuilder, row: number, tiles: readonly KpiTile[]): number {
  tiles.forEach((tile, i) => {
    const top = row + Math.floor(i / TILES_PER_ROW) * TILE_ROWS;
    const col = i % TILES_PER_ROW;
    sheet.value(top, col, sheet.text(tile.label), REPORT_STYLES.tileLabel);
    const value = tile.value !== null && typeof tile.value === "object" ? sheet.text(tile.value) : tile.value;
    putFigure(sheet, top + 1, col, { ...tile, value }, REPORT_STYLES.tileValue);
    if (tile.formula !== undefined && typeof tile.value === "number") {
      const caption = `"${sheet.text(REPORT_TEXT.atGeneration)}"${tile.format ?? "General"}`;
      sheet.value(top + 2, col, tile.value, { ...REPORT_STYLES.tileCaption, numberFormat: caption });
    } else if (tile.captionFormula !== undefined) {
      sheet.formula(top + 2, col, tile.captionFormula, REPORT_STYLES.tileCaption);
    } else if (tile.caption !== undefined) {
      sheet.value(top + 2, col, sheet.text(tile.caption), REPORT_STYLES.tileCaption);
    } else {
      sheet.put({ row: top + 2, col, style: REPORT_STYLES.tileCaption });
    }
  });
  return row + Math.ceil(tiles.length / TILES_PER_ROW) * TILE_ROWS;
}
