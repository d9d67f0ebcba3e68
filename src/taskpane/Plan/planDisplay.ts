/**
 * The plan as the Plan view shows it, in the pane's language: the headline figures, the reverse funnel's rows,
 * the new deals per month, the owners' rows and the stage levers ranked (the bars of the chart), with amounts,
 * counts and dates formatted as the sheet shows them.
 */
import type { PipelineHealth } from "../../core/health";
import { isoDate, type Language } from "../../core/kernel";
import type { SalesPlan, StageLever, StagePlan } from "../../core/planning";
import type { StageScheme } from "../../core/stages";
import type { FigureText } from "../shared/FigureTiles";
import { paneT } from "../language/paneStrings";
import { amountText } from "../PipelineHealth/healthFigures";

const locale = (language: Language) => (language === "zh" ? "zh-CN" : "en-US");
const unknown = (language: Language) => paneT("planUnknown", language, undefined);

/**
 * A count of deals with at most one decimal (a deal count needed may be fractional), or "n/a".
 * @example dealsText(12.34, "en") // "12.3"
 */
export function dealsText(deals: number | null, language: Language): string {
  if (deals === null) return unknown(language);
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1 }).format(deals);
}

/** An amount that may be unknown. */
const amountOrUnknown = (amount: number | null, language: Language) =>
  amount === null ? unknown(language) : amountText(amount, language);

/**
 * The new deals to create over the period, all months together.
 * @example totalNewDeals(plan) // 14
 */
export function totalNewDeals(plan: Pick<SalesPlan, "newDeals">): number {
  return plan.newDeals.reduce((sum, month) => sum + month.deals, 0);
}

/**
 * The headline: target, expected from the open deals, what new deals must bring, the new deals to create and the
 * last day to create them.
 * @example planFigures(plan, "en").find((f) => f.id === "shortfall")?.value // "420,000"
 */
export function planFigures(plan: SalesPlan, language: Language): FigureText[] {
  const t = (
    key: "planTarget" | "planExpectedFromOpen" | "planShortfall" | "planNewDealsTotal" | "planCreateBy",
  ) => paneT(key, language, undefined);
  return [
    { id: "target", label: t("planTarget"), value: amountText(plan.target, language) },
    { id: "expected", label: t("planExpectedFromOpen"), value: amountText(plan.expectedFromOpen, language) },
    { id: "shortfall", label: t("planShortfall"), value: amountText(plan.shortfall, language) },
    {
      id: "newDeals",
      label: t("planNewDealsTotal"),
      value: dealsText(totalNewDeals(plan), language),
      detail: paneT("planAverageWon", language, undefined) + " " + amountText(plan.averageWonSize, language),
    },
    {
      id: "createBy",
      label: t("planCreateBy"),
      value: plan.createBy === null ? unknown(language) : isoDate(plan.createBy),
    },
  ];
}

/** One row of the reverse funnel, as shown. */
export interface StageRow {
  readonly stage: string;
  readonly needed: string;
  readonly have: string;
  readonly gap: string;
  readonly neededAmount: string;
  /** Whether deals entering the stage now can still close inside the period. */
  readonly inTime: boolean;
}

/**
 * The reverse funnel's rows, first stage first.
 * @example stageRows(plan.stages, DEFAULT_SCHEME, "en")[0].stage // "Target"
 */
export function stageRows(stages: readonly StagePlan[], scheme: StageScheme, language: Language): StageRow[] {
  return stages.map((stage) => ({
    stage: scheme.stages[stage.stage].name[language],
    needed: dealsText(stage.needed, language),
    have: dealsText(stage.have, language),
    gap: dealsText(stage.gap, language),
    neededAmount: amountOrUnknown(stage.neededAmount, language),
    inTime: stage.closesInPeriod,
  }));
}

/**
 * The new deals per month, one line each.
 * @example newDealLines(plan, "en") // ["2025-07: 5 deals, 500,000", …]
 */
export function newDealLines(plan: Pick<SalesPlan, "newDeals">, language: Language): string[] {
  return plan.newDeals.map((month) =>
    paneT("planNewDealsMonth", language, undefined, {
      month: month.month,
      deals: dealsText(month.deals, language),
      amount: amountText(month.amount, language),
    }),
  );
}

/** One owner's row, as shown. */
export interface OwnerRow {
  readonly owner: string;
  readonly quota: string;
  readonly newDeals: string;
  /** "own (12)" / "team's (2)": whose rates, and the owner's closed deals. */
  readonly rates: string;
}

/**
 * The owners' rows.
 * @example ownerRows(plan, "en")[0].rates // "own (12)"
 */
export function ownerRows(plan: Pick<SalesPlan, "owners">, language: Language): OwnerRow[] {
  return (plan.owners ?? []).map((owner) => ({
    owner: owner.owner,
    quota: amountText(owner.quota, language),
    newDeals: dealsText(totalNewDeals(owner), language),
    rates: `${paneT(owner.ratesFrom === "own" ? "planRatesOwn" : "planRatesTeam", language, undefined)} (${amountText(owner.closedDeals, language)})`,
  }));
}

/** One stage's lever, as the chart draws it. */
export interface LeverBar {
  readonly stage: string;
  readonly conversionGain: number;
  readonly timeGain: number;
  readonly conversionText: string;
  readonly timeText: string;
  readonly rank: number;
  /** Whether Pipeline health names this stage its bottleneck (lowest conversion or longest in stage). */
  readonly bottleneck: boolean;
}

/**
 * The levers ranked (the one adding most first), each with whether Pipeline health names its stage the bottleneck.
 * @example leverBars(levers, health, "en")[0].rank // 1
 */
export function leverBars(
  levers: readonly StageLever[],
  health: Pick<PipelineHealth, "scheme" | "bottleneck">,
  language: Language,
): LeverBar[] {
  const { conversion, time } = health.bottleneck;
  return [...levers]
    .sort((a, b) => a.rank - b.rank)
    .map((lever) => ({
      stage: health.scheme.stages[lever.stage].name[language],
      conversionGain: lever.conversionGain,
      timeGain: lever.timeGain,
      conversionText: amountText(lever.conversionGain, language),
      timeText: amountText(lever.timeGain, language),
      rank: lever.rank,
      bottleneck: lever.stage === conversion || lever.stage === time,
    }));
}

/**
 * The sentence naming Pipeline health's bottleneck stages; undefined when it names none.
 * @example bottleneckLine(health, "en") // "Pipeline health's bottleneck: Intent (lowest conversion), …"
 */
export function bottleneckLine(
  health: Pick<PipelineHealth, "scheme" | "bottleneck">,
  language: Language,
): string | undefined {
  const { conversion, time } = health.bottleneck;
  if (conversion === null && time === null) return undefined;
  const name = (index: number | null) =>
    index === null ? unknown(language) : health.scheme.stages[index].name[language];
  return paneT("planBottleneck", language, undefined, { conversion: name(conversion), time: name(time) });
}
