/**
 * The deals of a pipeline as the forecast takes them.
 */
import type { Deal } from "../pipeline";
import type { ForecastDeal } from "./types";

/**
 * The deals that have an amount, with their position and close date (expected close for open deals, the
 * date closed for won ones); deals without an amount are left out (nothing to forecast).
 * @example forecastDeals(read.deals) // [{ amount: 120000, position: { kind: "open", index: 5 }, closeDate: 45900 }, …]
 */
export function forecastDeals(deals: readonly Deal[]): ForecastDeal[] {
  const forecast: ForecastDeal[] = [];
  for (const deal of deals) {
    if (deal.amount === null) continue;
    forecast.push({ amount: deal.amount, position: deal.position, closeDate: deal.closeDate });
  }
  return forecast;
}
