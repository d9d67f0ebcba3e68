/**
 * Pipeline velocity (销售速度): the expected won amount per day the open pipeline produces,
 *
 *   velocity = open deals × win rate × average won deal size ÷ average sales cycle (days).
 *
 * Its four inputs are headline figures of the pipeline (see headline.ts); when one of them is
 * missing the velocity cannot be computed and the failure says which one.
 */
import { counted, fail, ok, type Result } from "../kernel";

/** The four figures velocity is made of. `null` = the figure could not be computed. */
export interface VelocityInputs {
  /** Open deals (neither won nor lost). */
  readonly openDeals: number;
  /** won / (won + lost), 0..1. */
  readonly winRate: number | null;
  /** Average amount of the won deals. */
  readonly averageWonSize: number | null;
  /** Average days from created to close of the won deals. */
  readonly averageCycleDays: number | null;
}

/**
 * Pipeline velocity: open deals × win rate × average won size ÷ average cycle days — the amount the
 * pipeline is expected to win per day. No open deal gives 0.
 *
 * Errors: a negative or fractional count of open deals, or a win rate outside 0..1 → VALUE; a missing
 * win rate, average won size or average cycle, or an average cycle of 0 days or less → DIV0, naming the figure.
 * @example pipelineVelocity({ openDeals: 10, winRate: 0.25, averageWonSize: 120000, averageCycleDays: 60 }) // ok(5000)
 */
export function pipelineVelocity(inputs: VelocityInputs): Result<number> {
  const { openDeals, winRate, averageWonSize, averageCycleDays } = inputs;
  if (!Number.isInteger(openDeals) || openDeals < 0) {
    return fail("VALUE", {
      zh: `进行中的商机数 ${openDeals} 无效：应为 0 或正整数。`,
      en: `The count of open deals (${openDeals}) must be a whole number, 0 or more.`,
    });
  }
  if (winRate === null) {
    return fail("DIV0", {
      zh: "还没有已结束的商机（成交或丢单），没有赢单率，无法计算销售速度。",
      en: "No closed deal yet (won or lost): without a win rate there is no velocity.",
    });
  }
  if (!(winRate >= 0 && winRate <= 1)) {
    return fail("VALUE", {
      zh: `赢单率 ${winRate} 无效：应在 0 到 1 之间。`,
      en: `The win rate (${winRate}) must be between 0 and 1.`,
    });
  }
  if (averageWonSize === null) {
    return fail("DIV0", {
      zh: "没有填写金额的成交商机，没有平均成交金额，无法计算销售速度。",
      en: "No won deal has an amount: without an average won size there is no velocity.",
    });
  }
  if (averageCycleDays === null || !(averageCycleDays > 0)) {
    return fail("DIV0", {
      zh:
        averageCycleDays === null
          ? "没有同时具备创建日期和成交日期的成交商机，没有平均销售周期，无法计算销售速度。"
          : `平均销售周期为 ${averageCycleDays} 天，无法计算销售速度（须大于 0 天）。`,
      en:
        averageCycleDays === null
          ? "No won deal has both a created and a close date: without an average sales cycle there is no velocity."
          : `The average sales cycle is ${counted(averageCycleDays, "day", "days")}; velocity needs more than 0 days.`,
    });
  }
  return ok((openDeals * winRate * averageWonSize) / averageCycleDays);
}
