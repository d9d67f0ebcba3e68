/**
 * "Stage not supported by evidence / 阶段缺少证据支撑": the gate failures of the deal reviews (core/reviews'
 * checkGates) as anomalies of Pipeline health, one per failed gate, on the deal's row, naming the rule and what
 * is missing. Only when the workbook has evaluation sheets: without gate failures the health is as it was.
 */
import type { Bilingual } from "../kernel";
import type { Deal } from "../pipeline";
import type { GateFailure } from "../reviews";
import { ANOMALY_KINDS } from "./anomalies";
import type { Anomaly, PipelineHealth } from "./types";

/**
 * The anomalies of the deals' gate failures (by deal id), in the deals' row order.
 * @example gateAnomalies(deals, new Map([["D-3", [failure]]])) // [{ kind: "unsupportedStage", row: 2, dealId: "D-3", detail: { zh: "谈判前七项条件齐备：处于谈判客户，…", … } }]
 */
export function gateAnomalies(
  deals: readonly Deal[],
  gates: ReadonlyMap<string, readonly GateFailure[]>,
): Anomaly[] {
  return deals.flatMap((deal) =>
    (gates.get(deal.id) ?? []).map((failure) => ({
      kind: "unsupportedStage" as const,
      row: deal.row,
      dealId: deal.id,
      detail: {
        zh: `${failure.rule.name.zh}：${failure.detail.zh}`,
        en: `${failure.rule.name.en}: ${failure.detail.en}`,
      } satisfies Bilingual,
    })),
  );
}

/**
 * The health with `added` anomalies in the list, kept grouped by kind in the list's order.
 * @example withAnomalies(health, gateAnomalies(deals, gates)).anomalies
 */
export function withAnomalies(health: PipelineHealth, added: readonly Anomaly[]): PipelineHealth {
  if (added.length === 0) return health;
  const rank = (anomaly: Anomaly) => ANOMALY_KINDS.indexOf(anomaly.kind);
  const anomalies = [...health.anomalies, ...added]
    .map((anomaly, i) => ({ anomaly, i }))
    .sort((a, b) => rank(a.anomaly) - rank(b.anomaly) || a.i - b.i)
    .map(({ anomaly }) => anomaly);
  return { ...health, anomalies };
}
