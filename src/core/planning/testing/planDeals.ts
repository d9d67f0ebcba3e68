/**
 * A hand-computed team for the planning tests (default scheme). Test support only; never shipped.
 *
 * - Ann: 4 won (100, 100, 200, 200; each 60 days created → closed), 4 lost at 谈判, 2 open at 谈判 (300, 100).
 * - Bob: 10 lost at 意向, 4 open at 目标 (50 each).
 *
 * Team: reached = [24, 20, 20, 10, 10, 10, 4], so the next-step conversions are [5/6, 1, 0.5, 1, 1, 0.4]
 * and the win rates [1/6, 0.2, 0.2, 0.4, 0.4, 0.4]; average won size 150; cycle 60 days, so days to close
 * [60, 50, 40, 30, 20, 10].
 */
import type { Deal } from "../../pipeline";
import { at, deal, STAGE } from "../../pipeline/testing/dealFixtures";

/** 2025-06-30, the day before the third quarter. */
export const AS_OF = 45838;
/** 2025-07-01 … 2025-09-30. */
export const Q3 = Object.freeze({ periodStart: 45839, periodEnd: 45930 });

/**
 * The team of the module notes.
 * @example teamDeals().length // 24
 */
export function teamDeals(): Deal[] {
  const deals: Deal[] = [];
  const add = (fields: Partial<Deal>, position = fields.position ?? at(STAGE.won)) =>
    deals.push(deal(deals.length, position, fields));
  for (const amount of [100, 100, 200, 200]) {
    add({ owner: "Ann", amount, created: 45600, closeDate: 45660 }, at(STAGE.won));
  }
  for (let i = 0; i < 4; i++) add({ owner: "Ann", lostAtIndex: STAGE.negotiation, amount: 80 }, at("lost"));
  for (const amount of [300, 100]) add({ owner: "Ann", amount }, at(STAGE.negotiation));
  for (let i = 0; i < 10; i++) add({ owner: "Bob", lostAtIndex: STAGE.intent, amount: 70 }, at("lost"));
  for (let i = 0; i < 4; i++) add({ owner: " Bob ", amount: 50 }, at(STAGE.target));
  return deals;
}
