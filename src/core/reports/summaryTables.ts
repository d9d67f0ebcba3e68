/**
 * The owner table (销售能力评估): each owner's headline figures side by side, and the close-month table
 * of open and weighted pipeline. Both are values: no FUNNEL function filters by owner or month.
 */
import type { OwnerHealth } from "../metrics";
import type { MonthPipeline } from "../health";
import type { FigureTable } from "./figureTable";
import { FORMATS } from "./styles";
import { MONTH_HEADS, OWNER_HEADS, REPORT_TEXT } from "./text";

/** The owner table: owner, then deals, open, won, lost, pipeline, weighted, win rate, won size, cycle, velocity. */
export const OWNER_TABLE: FigureTable<OwnerHealth> = Object.freeze({
  title: REPORT_TEXT.owners,
  labelHead: OWNER_HEADS.owner,
  label: (owner: OwnerHealth) => owner.owner,
  columns: [
    { head: OWNER_HEADS.deals, figure: (o: OwnerHealth) => o.deals, format: FORMATS.count },
    { head: OWNER_HEADS.open, figure: (o: OwnerHealth) => o.open, format: FORMATS.count },
    { head: OWNER_HEADS.won, figure: (o: OwnerHealth) => o.won, format: FORMATS.count },
    { head: OWNER_HEADS.lost, figure: (o: OwnerHealth) => o.lost, format: FORMATS.count },
    { head: OWNER_HEADS.openPipeline, figure: (o: OwnerHealth) => o.openPipeline, format: FORMATS.amount },
    {
      head: OWNER_HEADS.weightedPipeline,
      figure: (o: OwnerHealth) => o.weightedPipeline,
      format: FORMATS.amount,
    },
    { head: OWNER_HEADS.winRate, figure: (o: OwnerHealth) => o.winRate, format: FORMATS.percent },
    {
      head: OWNER_HEADS.averageWonSize,
      figure: (o: OwnerHealth) => o.averageWonSize,
      format: FORMATS.amount,
    },
    {
      head: OWNER_HEADS.averageCycleDays,
      figure: (o: OwnerHealth) => o.averageCycleDays,
      format: FORMATS.days,
    },
    {
      head: OWNER_HEADS.velocityPerDay,
      figure: (o: OwnerHealth) => o.velocityPerDay,
      format: FORMATS.amount,
    },
  ],
});

/** The close-month table: month ("2025-07"), open amount, weighted amount. */
export const MONTH_TABLE: FigureTable<MonthPipeline> = Object.freeze({
  title: REPORT_TEXT.months,
  labelHead: MONTH_HEADS.month,
  label: (month: MonthPipeline) => month.month,
  columns: [
    { head: MONTH_HEADS.open, figure: (m: MonthPipeline) => m.open, format: FORMATS.amount },
    { head: MONTH_HEADS.weighted, figure: (m: MonthPipeline) => m.weighted, format: FORMATS.amount },
  ],
});
