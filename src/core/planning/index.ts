/**
 * Planning backwards from a target (目标倒推): the reverse funnel, new deals per month, per-owner plans and
 * the stage levers. Import from here.
 */
export type * from "./types";
export { DEFAULT_MIN_CLOSED_DEALS, checkTarget, checkWindow, type PlanWindow } from "./planChecks";
export {
  averageWonSizeOf,
  conversionToWon,
  daysToCloseOf,
  planRates,
  winRatesFrom,
  type ConversionToWon,
  type PlanRates,
} from "./planRates";
export { PlanTally, planTally } from "./planTally";
export { createByOf, spreadNewDeals } from "./newDeals";
export { neededDeals, requiredDeals, reverseFunnel, salesPlan, type StageNeed } from "./salesPlan";
export { stageLevers, type LeverOptions } from "./stageLevers";
