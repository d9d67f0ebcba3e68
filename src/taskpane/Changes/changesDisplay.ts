/**
 * What changed, as the Changes view shows it in the pane's language: the bridge's rows and the steps of its chart,
 * the slipped, pushed and stalled deals, and the win probabilities from observed moves beside the default ones —
 * amounts, counts, dates and shares formatted as the report shows them.
 */
import { isoDate, type Language } from "../../core/kernel";
import type { Deal } from "../../core/pipeline";
import { BRIDGE_ENDS, MOVEMENT_NAMES, type PipelineBridge, type SnapshotChanges } from "../../core/snapshots";
import type { StageScheme } from "../../core/stages";
import { amountText, shareText } from "../PipelineHealth/healthFigures";

/**
 * A deal as a list names it: its id, and its opportunity when that is not the id.
 * @example dealName({ id: "D-7", opportunity: "ERP" }) // "D-7 ERP"
 */
export function dealName(deal: Pick<Deal, "id" | "opportunity">): string {
  return deal.opportunity === null || deal.opportunity === deal.id
    ? deal.id
    : `${deal.id} ${deal.opportunity}`;
}

const signed = (amount: number, language: Language) =>
  amount > 0 ? `+${amountText(amount, language)}` : amountText(amount, language);

/**
 * The bridge's rows: start, each movement (its deals and the amount it adds, signed), end.
 * @example bridgeTableRows(bridge, "en")[0] // ["Pipeline at start", "6", "1,560"]
 */
export function bridgeTableRows(bridge: PipelineBridge, language: Language): string[][] {
  return [
    [BRIDGE_ENDS.start[language], String(bridge.start.count), amountText(bridge.start.amount, language)],
    ...bridge.movements.map((m) => [
      MOVEMENT_NAMES[m.kind][language],
      String(m.count),
      signed(m.amount, language),
    ]),
    [BRIDGE_ENDS.end[language], String(bridge.end.count), amountText(bridge.end.amount, language)],
  ];
}

/** One bar of the bridge chart: from one level to another; totals start at 0. */
export interface BridgeStep {
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly kind: "total" | "up" | "down";
  /** The amount as written beside the bar. */
  readonly text: string;
}

/**
 * The bridge chart's bars: the start total, each movement floating from the running level, the end total.
 * @example bridgeSteps(bridge, "en").at(-1) // { label: "Pipeline at end", from: 0, to: 1720, kind: "total", text: "1,720" }
 */
export function bridgeSteps(bridge: PipelineBridge, language: Language): BridgeStep[] {
  let level = bridge.start.amount;
  const steps: BridgeStep[] = [
    {
      label: BRIDGE_ENDS.start[language],
      from: 0,
      to: level,
      kind: "total",
      text: amountText(level, language),
    },
  ];
  for (const m of bridge.movements) {
    if (m.count === 0 && m.amount === 0) continue;
    steps.push({
      label: MOVEMENT_NAMES[m.kind][language],
      from: level,
      to: level + m.amount,
      kind: m.amount >= 0 ? "up" : "down",
      text: signed(m.amount, language),
    });
    level += m.amount;
  }
  steps.push({
    label: BRIDGE_ENDS.end[language],
    from: 0,
    to: bridge.end.amount,
    kind: "total",
    text: amountText(bridge.end.amount, language),
  });
  return steps;
}

/** The slipped deals' rows: deal, close date at A → at B, days later. */
export function slippedRows(changes: SnapshotChanges, language: Language): string[][] {
  return changes.slipped.map((slip) => [
    dealName(slip.after),
    `${isoDate(slip.before.closeDate ?? 0)} → ${isoDate(slip.after.closeDate ?? 0)}`,
    amountText(slip.days, language),
  ]);
}

/** The pushed deals' rows: deal, pushes, days in all. */
export function pushedRows(changes: SnapshotChanges, language: Language): string[][] {
  return changes.pushed.map((push) => [
    dealName(push.deal),
    String(push.pushes),
    amountText(push.days, language),
  ]);
}

/** The stalled deals' rows: deal, stage, since. */
export function stalledRows(changes: SnapshotChanges, scheme: StageScheme, language: Language): string[][] {
  return changes.stalled.map((stall) => [
    dealName(stall.deal),
    scheme.stages[stall.stageIndex].name[language],
    isoDate(stall.since),
  ]);
}

/** The win probabilities' rows: stage, default, observed (or "—"), moves. */
export function chainRows(changes: SnapshotChanges, scheme: StageScheme, language: Language): string[][] {
  return changes.chain.stages.map((stage) => [
    scheme.stages[stage.stageIndex].name[language],
    shareText(scheme.stages[stage.stageIndex].probability, language),
    stage.winProbability === null ? "—" : shareText(stage.winProbability, language),
    String(stage.moves),
  ]);
}
