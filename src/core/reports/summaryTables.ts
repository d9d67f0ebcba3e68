/**
 * The owner table (销售能力评估): each owner's headline figures side by side, and the close-month table
 * of open and weighted pipeline. Both are values: no FUNNEL function filters by owner or month.
 */
import type { OwnerHealth } from "../metrics";
import type { MonthPipeline } from "../health";
import { figureColumns, type FigureTable } from "./figureTable";
import { FORMATS } from "./styles";
import { MONTH_HEADS, OWNER_HEADS, REPORT_TEXT } from "./text";

/** The owner table: owner, then deals, open, won, lost, pipeline, weighted, win rate, won size, cycle, velocity. */
export const OWNER_TABLE: FigureTable<OwnerHealth> = Object.freeze({
  title: REPORT_TEXT.owners,
  labelHead: OWNER_HEADS.owner,
  label: (owner: OwnerHealth) => owner.owner,
  columns: figureColumns<OwnerHealth>(OWNER_HEADS, [
    ["deals", FORMATS.count],
    ["open", FORMATS.count],
    ["won", FORMATS.count],
    ["lost", FORMATS.count],
    ["openPipeline", FORMATS.amount],
    ["weightedPipeline", FORMATS.amount],
    ["winRate", FORMATS.percent],
    ["averageWonSize", FORMATS.amount],
    ["averageCycleDays", FORMATS.days],
    ["velocityPerDay", FORMATS.amount],
  ]),
});

/** The close-month table: month ("2025-07"), open amount, weighted amount. */
export const MONTH_TABLE: FigureTable<MonthPipeline> = Object.freeze({
  title: REPORT_TEXT.months,
  labelHead: MONTH_HEADS.month,
  label: (month: MonthPipeline) => month.month,
  columns: figureColumns<MonthPipeline>(MONTH_HEADS, [
    ["open", FORMATS.amount],
    ["weighted", FORMATS.amount],
  ]),
});
