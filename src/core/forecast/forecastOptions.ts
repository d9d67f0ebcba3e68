/**
 * The options of a forecast, checked and completed with their defaults. Bad options are VALUE errors
 * whose message (中文 and English) says what to fix.
 */
import { counted, fail, ok, type Result } from "../kernel";
import type { StageScheme } from "../stages";
import { defaultCategoryIndexes } from "./categories";
import { DEFAULT_FORECAST_SEED, DEFAULT_SIMULATIONS } from "./distribution";
import type { ForecastOptions } from "./types";

/** The most runs a simulation may be asked for. */
const MAX_SIMULATIONS = 1_000_000;

/** Options with every default filled in. */
export interface ResolvedForecastOptions {
  readonly commitIndex: number;
  readonly bestCaseIndex: number;
  /** The probability of each stage index (the scheme's, or the ones given). */
  readonly probabilities: readonly number[];
  readonly target: number | null;
  readonly seed: number;
  readonly simulations: number;
}

/** A period of a forecast: Excel serials, both ends included. */
export interface ForecastPeriodBounds {
  readonly from: number;
  readonly to: number;
}

const isIndex = (value: number, count: number) => Number.isInteger(value) && value >= 0 && value < count;

/**
 * Checks a period: finite bounds, from ≤ to.
 * @example checkPeriod({ from: 45839, to: 45930 }) // ok({ from: 45839, to: 45930 })
 */
export function checkPeriod(period: ForecastPeriodBounds): Result<ForecastPeriodBounds> {
  if (!Number.isFinite(period.from) || !Number.isFinite(period.to)) {
    return fail("VALUE", {
      en: "The period needs a start and an end date.",
      zh: "预测期间需要起始日期和结束日期。",
    });
  }
  if (period.from > period.to) {
    return fail("VALUE", {
      en: "The period starts after it ends: swap the start and end dates.",
      zh: "预测期间的起始日期晚于结束日期：请交换两个日期。",
    });
  }
  return ok(period);
}

/**
 * The options with their defaults: commit from the stage before won, best case from the stage before
 * commit, the scheme's probabilities, no target, seed {@link DEFAULT_FORECAST_SEED} and
 * {@link DEFAULT_SIMULATIONS} runs. Errors (VALUE): a category stage that is not a stage index, best
 * case after commit, probabilities not one per stage or outside 0..1, a target that is not a finite
 * number, a seed that is not an integer, runs outside 1..{@link MAX_SIMULATIONS}.
 * @example resolveForecastOptions(DEFAULT_SCHEME, { commitIndex: 4 }) // ok({ commitIndex: 4, bestCaseIndex: 3, … })
 */
export function resolveForecastOptions(
  scheme: Pick<StageScheme, "stages">,
  options: ForecastOptions = {},
): Result<ResolvedForecastOptions> {
  const count = scheme.stages.length;
  const defaults = defaultCategoryIndexes(scheme);
  const commitIndex = options.commitIndex ?? defaults.commitIndex;
  const bestCaseIndex =
    options.bestCaseIndex ??
    (options.commitIndex === undefined ? defaults.bestCaseIndex : Math.max(0, commitIndex - 1));
  for (const [index, en, zh] of [
    [commitIndex, "commit", "承诺（commit）"],
    [bestCaseIndex, "best-case", "最佳情况（best case）"],
  ] as const) {
    if (!isIndex(index, count)) {
      return fail("VALUE", {
        en: `The ${en} stage must be a stage number 1–${count}, not ${index + 1}.`,
        zh: `${zh}起始阶段必须是 1–${count} 的阶段序号，而不是 ${index + 1}。`,
      });
    }
  }
  if (bestCaseIndex > commitIndex) {
    return fail("VALUE", {
      en: "The best-case stage comes after the commit stage: best case must start at or before commit.",
      zh: "最佳情况起始阶段晚于承诺起始阶段：最佳情况必须从承诺阶段或更早的阶段开始。",
    });
  }
  const probabilities = options.probabilities ?? scheme.stages.map((stage) => stage.probability);
  if (probabilities.length !== count) {
    return fail("VALUE", {
      en: `Give one probability per stage: ${counted(count, "stage", "stages")}, ${counted(probabilities.length, "probability", "probabilities")}.`,
      zh: `每个阶段需要一个概率：共 ${count} 个阶段，却有 ${probabilities.length} 个概率。`,
    });
  }
  const bad = probabilities.findIndex((p) => !(p >= 0 && p <= 1));
  if (bad >= 0) {
    return fail("VALUE", {
      en: `The probability of stage ${bad + 1} (${probabilities[bad]}) is outside 0..1.`,
      zh: `第 ${bad + 1} 阶段的概率（${probabilities[bad]}）不在 0..1 之间。`,
    });
  }
  if (options.target !== undefined && !Number.isFinite(options.target)) {
    return fail("VALUE", { en: "The target must be a number.", zh: "目标必须是数字。" });
  }
  const seed = options.seed ?? DEFAULT_FORECAST_SEED;
  const simulations = options.simulations ?? DEFAULT_SIMULATIONS;
  if (!Number.isInteger(seed)) {
    return fail("VALUE", {
      en: `The seed must be an integer, not ${seed}.`,
      zh: `随机种子必须是整数，而不是 ${seed}。`,
    });
  }
  if (!(Number.isInteger(simulations) && simulations >= 1 && simulations <= MAX_SIMULATIONS)) {
    return fail("VALUE", {
      en: `The simulation runs must be a whole number 1–${MAX_SIMULATIONS}, not ${simulations}.`,
      zh: `模拟次数必须是 1–${MAX_SIMULATIONS} 的整数，而不是 ${simulations}。`,
    });
  }
  return ok({ commitIndex, bestCaseIndex, probabilities, target: options.target ?? null, seed, simulations });
}
