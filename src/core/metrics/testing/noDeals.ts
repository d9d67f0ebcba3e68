/**
 * The headline figures of a pipeline without deals, written out by hand: no counts or amounts, and no rates,
 * averages or velocity. Test support only: production code never imports it.
 */
import type { HeadlineFigures } from "../headline";

/** Headline figures over no deals. */
export const NO_DEALS_FIGURES: HeadlineFigures = Object.freeze({
  deals: 0,
  open: 0,
  won: 0,
  lost: 0,
  openPipeline: 0,
  weightedPipeline: 0,
  winRate: null,
  averageWonSize: null,
  averageCycleDays: null,
  velocityPerDay: null,
});
