/**
 * Abnormal deals (销售机会的异常), each with the row it came from so the report can link to it:
 *
 * - stuck: an open deal whose days in stage exceed stuckFactor × its stage's median (stageHealth.ts);
 * - overdue: an open deal whose expected close date is before the as-of date;
 * - missingAmount: an open or won deal without an amount (it adds nothing to the amount figures; a lost
 *   deal's amount is not used, so it is not flagged);
 * - missingDate: an open deal without an expected close date or a created date;
 * - skippedStage / backward: where the table holds a deal's stage history (several rows per deal id,
 *   oldest first), a move forward by more than one stage, or a move back to an earlier stage. Moves to
 *   or from lost are neither. The anomaly points at the row of the later entry.
 *
 * The list is grouped by kind in that order, each kind by row.
 */
import type { Bilingual } from "../bilingual";
import { daysBetween, isoDate } from "../dates";
import type { StageScheme } from "../stageScheme";
import { DEFAULT_STUCK_FACTOR, openDaysInStage, stuckRatio } from "./stageHealth";
import type { Anomaly, AnomalyKind, Deal, PipelineRead, StageHealth } from "./types";

/** The order of the kinds in the list. */
export const ANOMALY_KINDS: readonly AnomalyKind[] = Object.freeze([
  "stuck",
  "overdue",
  "missingAmount",
  "missingDate",
  "skippedStage",
  "backward",
]);

/** What the anomalies are looked for with. */
export interface AnomalyOptions {
  /** The as-of day (Excel serial). */
  readonly asOf: number;
  /** Stuck = days in stage above this × the stage median. Default 2. */
  readonly stuckFactor?: number;
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
        add("stuck", deal, {
          zh: `在 ${stage.zh} 停留 ${days} 天，为该阶段中位数的 ${ratio.toFixed(1)} 倍`,
          en: `${days} days in ${stage.en}, ${ratio.toFixed(1)}× the stage median`,
        });
      }
      const late = deal.closeDate === null ? 0 : daysBetween(deal.closeDate, options.asOf);
      if (deal.closeDate !== null && late > 0) {
        const date = isoDate(deal.closeDate);
        add("overdue", deal, {
          zh: `预计成交日期 ${date} 已过 ${late} 天，仍在 ${stage.zh}`,
          en: `Expected to close on ${date}, ${late} days ago; still in ${stage.en}`,
        });
      }
    }
    if (position.kind !== "lost" && deal.amount === null) {
      add("missingAmount", deal, {
        zh: "金额为空，未计入金额类指标",
        en: "No amount: left out of the amount figures",
      });
    }
    if (position.kind === "open" && (deal.closeDate === null || deal.created === null)) {
      add("missingDate", deal, missingDates(deal));
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

  return ANOMALY_KINDS.flatMap((kind) => (found.get(kind) ?? []).sort((a, b) => a.row - b.row));
}

/** “缺少预计成交日期和创建日期” / “Missing expected close date and created date”. */
function missingDates(deal: Deal): Bilingual {
  const missing: Bilingual[] = [];
  if (deal.closeDate === null) missing.push({ zh: "预计成交日期", en: "expected close date" });
  if (deal.created === null) missing.push({ zh: "创建日期", en: "created date" });
  return {
    zh: `缺少${missing.map((name) => name.zh).join("和")}`,
    en: `Missing ${missing.map((name) => name.en).join(" and ")}`,
  };
}
