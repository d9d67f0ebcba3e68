/**
 * Abnormal deals (销售机会的异常), each with the row it came from so the report can link to it:
 *
 * - stuck: an open deal whose days in stage exceed stuckFactor × its stage's median (stageHealth.ts);
 * - overdue: an open deal whose expected close date is before the as-of date;
 * - missingAmount: an open or won deal with a blank amount (it adds nothing to the amount figures; a
 *   lost deal's amount is not used, so it is not flagged);
 * - missingDate: an open deal with a blank expected close date or created date;
 * - skippedStage / backward: where the table holds a deal's stage history (several rows per deal id,
 *   oldest first), a move forward by more than one stage, or a move back to an earlier stage. Moves to
 *   or from lost are neither. The anomaly points at the row of the later entry;
 * - unsupportedStage: an open deal whose stage its evaluation sheets do not support (a gate of core/reviews
 *   failed; added by gateAnomalies.ts when the workbook has evaluation sheets);
 * - unreadable: a cell of a used row that could not be read (PipelineRead.unreadable: "TBD" in a date
 *   column, an amount in another currency …), with what to fix. Such a cell is not also called missing.
 *
 * The list is grouped by kind in that order, each kind by row. Deals with the same detail share one
 * detail object, so a million-row table with many overdue deals does not hold a text per deal.
 */
import { type Bilingual, counted, daysBetween, isoDate } from "../kernel";
import type { StageScheme } from "../stages";
import {
  COLUMN_ROLE_NAMES,
  type ColumnRole,
  type Deal,
  type PipelineRead,
  type UnreadableCell,
} from "../pipeline";
import type { Anomaly, AnomalyKind, StageHealth } from "./types";
import { DEFAULT_STUCK_FACTOR, openDaysInStage, stuckRatio } from "./stageHealth";

/** The order of the kinds in the list (unsupportedStage: see gateAnomalies.ts). */
export const ANOMALY_KINDS: readonly AnomalyKind[] = Object.freeze([
  "stuck",
  "overdue",
  "missingAmount",
  "missingDate",
  "skippedStage",
  "backward",
  "unsupportedStage",
  "unreadable",
]);

/** What the anomalies are looked for with. */
export interface AnomalyOptions {
  /** The as-of day (Excel serial). */
  readonly asOf: number;
  /** Stuck = days in stage above this × the stage median. Default 2. */
  readonly stuckFactor?: number;
}

const NO_AMOUNT: Bilingual = Object.freeze({
  zh: "金额为空，未计入金额类指标",
  en: "No amount: left out of the amount figures",
});
const CLOSE_DATE: Bilingual = { zh: "预计成交日期", en: "expected close date" };
const CREATED_DATE: Bilingual = { zh: "创建日期", en: "created date" };

/** “缺少预计成交日期和创建日期” / “Missing expected close date and created date”. */
function missingDates(missing: readonly Bilingual[]): Bilingual {
  return Object.freeze({
    zh: `缺少${missing.map((name) => name.zh).join("和")}`,
    en: `Missing ${missing.map((name) => name.en).join(" and ")}`,
  });
}
const MISSING_DATES = {
  close: missingDates([CLOSE_DATE]),
  created: missingDates([CREATED_DATE]),
  both: missingDates([CLOSE_DATE, CREATED_DATE]),
} as const;

/** One detail object per key: deals sharing a stage and a day share their text. */
function detailCache(): (key: number, make: () => Bilingual) => Bilingual {
  const details = new Map<number, Bilingual>();
  return (key, make) => {
    let detail = details.get(key);
    if (detail === undefined) details.set(key, (detail = make()));
    return detail;
  };
}

/** The unreadable cells of a read, by "row:role", for the missing checks to pass over. */
function unreadableCells(cells: readonly UnreadableCell[]): (row: number, role: ColumnRole) => boolean {
  if (cells.length === 0) return () => false;
  const listed = new Set(cells.map((cell) => `${cell.row}:${cell.role}`));
  return (row, role) => listed.has(`${row}:${role}`);
}

/**
 * The abnormal deals of a pipeline (see the module definitions). `stages` gives each stage's median
 * days in stage (from {@link stageHealth} with the same options).
 * @example findAnomalies(read, DEFAULT_SCHEME, stageHealth(read.deals, DEFAULT_SCHEME, options), options)
 * // [{ kind: "stuck", row: 4, dealId: "OPP-0005", detail: { zh: "在 谈判客户 停留 120 天，为该阶段中位数的 3.0 倍", en: "120 days in Negotiation, 3.0× the stage median" } }, …]
 */
export function findAnomalies(
  read: PipelineRead,
  scheme: StageScheme,
  stages: readonly StageHealth[],
  options: AnomalyOptions,
): Anomaly[] {
  const found = new Map<AnomalyKind, Anomaly[]>(ANOMALY_KINDS.map((kind) => [kind, []]));
  const add = (kind: AnomalyKind, deal: Deal, detail: Bilingual) =>
    found.get(kind)?.push({ kind, row: deal.row, dealId: deal.id, detail });
  const stuckFactor = options.stuckFactor ?? DEFAULT_STUCK_FACTOR;
  const count = scheme.stages.length;
  const unreadable = read.unreadable ?? [];
  const isUnreadable = unreadableCells(unreadable);
  const stuckDetail = detailCache();
  const overdueDetail = detailCache();

  for (const deal of read.deals) {
    const { position } = deal;
    if (position.kind === "open") {
      const stage = scheme.stages[position.index].name;
      const days = openDaysInStage(deal, options.asOf);
      const ratio =
        days === null
          ? null
          : stuckRatio(days, stages[position.index]?.medianDaysInStage ?? null, stuckFactor);
      if (days !== null && ratio !== null) {
        add(
          "stuck",
          deal,
          stuckDetail(days * count + position.index, () => ({
            zh: `在 ${stage.zh} 停留 ${days} 天，为该阶段中位数的 ${ratio.toFixed(1)} 倍`,
            en: `${counted(days, "day", "days")} in ${stage.en}, ${ratio.toFixed(1)}× the stage median`,
          })),
        );
      }
      const closeDate = deal.closeDate;
      const late = closeDate === null ? 0 : daysBetween(closeDate, options.asOf);
      if (closeDate !== null && late > 0) {
        add(
          "overdue",
          deal,
          overdueDetail(Math.floor(closeDate) * count + position.index, () => {
            const date = isoDate(closeDate);
            return {
              zh: `预计成交日期 ${date} 已过 ${late} 天，仍在 ${stage.zh}`,
              en: `Expected to close on ${date}, ${counted(late, "day", "days")} ago; still in ${stage.en}`,
            };
          }),
        );
      }
    }
    if (position.kind !== "lost" && deal.amount === null && !isUnreadable(deal.row, "amount")) {
      add("missingAmount", deal, NO_AMOUNT);
    }
    if (position.kind === "open") {
      const close = deal.closeDate === null && !isUnreadable(deal.row, "closeDate");
      const created = deal.created === null && !isUnreadable(deal.row, "createdDate");
      if (close || created) {
        add(
          "missingDate",
          deal,
          close && created ? MISSING_DATES.both : close ? MISSING_DATES.close : MISSING_DATES.created,
        );
      }
    }
  }

  for (const history of read.histories) {
    for (let i = 1; i < history.length; i++) {
      const [before, after] = [history[i - 1].position, history[i].position];
      if (before.kind === "lost" || after.kind === "lost") continue;
      const [from, to] = [scheme.stages[before.index].name, scheme.stages[after.index].name];
      if (after.index > before.index + 1) {
        const skipped = scheme.stages.slice(before.index + 1, after.index).map((stage) => stage.name);
        add("skippedStage", history[i], {
          zh: `从 ${from.zh} 直接进入 ${to.zh}，跳过 ${skipped.map((name) => name.zh).join("、")}`,
          en: `Moved from ${from.en} to ${to.en}, skipping ${skipped.map((name) => name.en).join(", ")}`,
        });
      } else if (after.index < before.index) {
        add("backward", history[i], {
          zh: `从 ${from.zh} 退回 ${to.zh}`,
          en: `Moved back from ${from.en} to ${to.en}`,
        });
      }
    }
  }

  found.set("unreadable", unreadableAnomalies(read, unreadable));

  // One array of exactly the anomalies (a million-row table can have a hundred thousand).
  const byKind = ANOMALY_KINDS.map((kind) => (found.get(kind) ?? []).sort((a, b) => a.row - b.row));
  return ([] as Anomaly[]).concat(...byKind);
}

/** The anomalies of the unreadable cells: each cell's column and reason, under its deal's id. */
function unreadableAnomalies(read: PipelineRead, cells: readonly UnreadableCell[]): Anomaly[] {
  if (cells.length === 0) return [];
  const ids = new Map<number, string>(cells.map((cell) => [cell.row, ""]));
  const note = (deal: Deal) => {
    if (ids.has(deal.row)) ids.set(deal.row, deal.id);
  };
  read.deals.forEach(note);
  for (const history of read.histories) history.forEach(note);
  return cells.map((cell) => {
    const name = COLUMN_ROLE_NAMES[cell.role];
    return {
      kind: "unreadable",
      row: cell.row,
      dealId: ids.get(cell.row) ?? "",
      detail: {
        zh: `${name.zh}：${cell.reason.zh}`,
        en: `${name.en}: ${cell.reason.en}`,
      },
    };
  });
}

/**
 * How many deals have at least one anomaly: a deal with several (stuck and overdue, say) counts once. A deal
 * is known by its id; an anomaly without one (an unreadable cell of a row no deal was read from) by its row.
 * @example abnormalDealCount([{ kind: "stuck", row: 3, dealId: "D-1", detail }, { kind: "overdue", row: 3, dealId: "D-1", detail }]) // 1
 */
export function abnormalDealCount(anomalies: readonly Anomaly[]): number {
  return new Set(anomalies.map((a) => (a.dealId !== "" ? `deal ${a.dealId}` : `row ${a.row}`))).size;
}
