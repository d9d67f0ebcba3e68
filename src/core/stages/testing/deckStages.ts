/**
 * The deck's seven stages as the tests expect them, written out by hand rather than read from stages.ts:
 * their ids in funnel order and their full Chinese names. Test support only: production code never imports it.
 */

/** The stage ids, target to won. */
export const DECK_STAGE_IDS: readonly string[] = Object.freeze([
  "target",
  "prospect",
  "intent",
  "project",
  "acknowledged",
  "negotiation",
  "won",
]);

/** The deck's names of the stages, 目标客户 to 成交客户. */
export const DECK_STAGE_NAMES_ZH: readonly string[] = Object.freeze([
  "目标客户",
  "潜在客户",
  "意向客户",
  "立项客户",
  "认可客户",
  "谈判客户",
  "成交客户",
]);
