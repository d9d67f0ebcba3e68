/**
 * Test helpers for the pipeline-health analytics: build deals and a pipeline read by hand. Used by jest
 * only; never shipped.
 */
import { DEFAULT_SCHEME, LOST_POSITION, positionAt, type StagePosition } from "../../stages";
import type { Deal, PipelineRead, SkippedRow } from "../types";

/** The default scheme's stage indices, for readable fixtures. */
export const STAGE = Object.freeze({
  target: 0,
  prospect: 1,
  intent: 2,
  project: 3,
  acknowledged: 4,
  negotiation: 5,
  won: 6,
});

/**
 * The position of a stage of the default scheme by index, or lost.
 * @example at(STAGE.intent) // { kind: "open", index: 2 }
 */
export function at(index: number | "lost"): StagePosition {
  return index === "lost" ? LOST_POSITION : positionAt(DEFAULT_SCHEME, index);
}

/**
 * A deal at `row` and `position`; every other field blank unless given.
 * @example deal(3, at(STAGE.won), { amount: 500, created: 45600, closeDate: 45660 })
 */
export function deal(row: number, position: StagePosition, fields: Partial<Deal> = {}): Deal {
  return {
    row,
    id: `D${row}`,
    opportunity: null,
    customer: null,
    owner: null,
    position,
    lostAtIndex: null,
    amount: null,
    created: null,
    closeDate: null,
    stageEntered: null,
    lastActivity: null,
    ...fields,
  };
}

/**
 * A pipeline read of these deals (and histories, and skipped rows), counted consistently.
 * @example readOf([deal(0, at(2))]).rowsRead // 1
 */
export function readOf(
  deals: readonly Deal[],
  histories: readonly (readonly Deal[])[] = [],
  skipped: readonly SkippedRow[] = [],
): PipelineRead {
  const historyRows = histories.reduce((sum, history) => sum + history.length, 0);
  const rowsUsed = Math.max(deals.length, historyRows);
  return { mapping: {}, deals, histories, skipped, rowsRead: rowsUsed + skipped.length, rowsUsed };
}

/** The as-of date of the fixture: 2025-06-30. */
export const AS_OF = 45838;

/**
 * Ten deals with hand-computed figures (as of {@link AS_OF}; default scheme):
 *
 * | row | owner | stage | amount | created | close | entered |
 * |---|---|---|---|---|---|---|
 * | 0 | 张伟 | 意向 | 100 | 45700 | 45900 | 45800 (38 d) |
 * | 1 | 张伟 | 意向 | 200 | 45700 | 45850 | 45830 (8 d) |
 * | 2 | 王芳 | 意向 | — | 45750 | — | 45700 (138 d) |
 * | 3 | 王芳 | 谈判 | 1000 | 45600 | 45800 (overdue 38 d) | 45790 (48 d) |
 * | 4 | 张伟 | won | 500 | 45600 | 45660 (60 d cycle) | |
 * | 5 | 王芳 | won | 300 | 45700 | 45720 (20 d cycle) | |
 * | 6 | — | won | — | — | 45800 | |
 * | 7 | 张伟 | lost at 立项 | 400 | 45500 | | |
 * | 8 | 王芳 | lost (stage unknown) | — | | | |
 * | 9 | 张伟 | 目标 | 50 | — | 45870 | — |
 */
export function tenDeals(): Deal[] {
  return [
    deal(0, at(STAGE.intent), {
      owner: "张伟",
      amount: 100,
      created: 45700,
      closeDate: 45900,
      stageEntered: 45800,
    }),
    deal(1, at(STAGE.intent), {
      owner: "张伟",
      amount: 200,
      created: 45700,
      closeDate: 45850,
      stageEntered: 45830,
    }),
    deal(2, at(STAGE.intent), { owner: "王芳", created: 45750, stageEntered: 45700 }),
    deal(3, at(STAGE.negotiation), {
      owner: "王芳",
      amount: 1000,
      created: 45600,
      closeDate: 45800,
      stageEntered: 45790,
    }),
    deal(4, at(STAGE.won), { owner: "张伟", amount: 500, created: 45600, closeDate: 45660 }),
    deal(5, at(STAGE.won), { owner: "王芳", amount: 300, created: 45700, closeDate: 45720 }),
    deal(6, at(STAGE.won), { closeDate: 45800 }),
    deal(7, at("lost"), { owner: "张伟", lostAtIndex: STAGE.project, amount: 400, created: 45500 }),
    deal(8, at("lost"), { owner: "王芳" }),
    deal(9, at(STAGE.target), { owner: "张伟", amount: 50, closeDate: 45870 }),
  ];
}
