/**
 * Stage conversion (机会阶段转化率) and win rate, counted from where deals stand now. What "reached" and
 * each figure mean is written out once, on {@link FunnelTally}; FUNNEL.CONVERSION, FUNNEL.WINRATE, Pipeline
 * health, the forecast's measured win rates and the README refer to it.
 *
 * Built for large ranges: {@link FunnelTally.add} takes one (shared) position at a time and allocates
 * nothing; the figures are read once at the end.
 */
import { type Bilingual, counted, shownName, fail, ok, type Result } from "../kernel";
import type { SchemeStage, StagePosition, StageScheme } from "../stages";

/**
 * What a tally does with a lost deal whose stage of loss is unknown (no lost-at cell, no stage history,
 * no dated stage): "firstStage" counts it as having reached only the first stage (so it lowers the first
 * step's conversion); "knownPaths" leaves it out of every reached count, so each conversion is over the
 * deals whose path is known. It counts as lost in the win rate either way.
 */
export type UnknownLossRule = "firstStage" | "knownPaths";

/** The rule a tally follows unless told otherwise: the one FUNNEL always had. */
export const DEFAULT_UNKNOWN_LOSS: UnknownLossRule = "firstStage";

/** The rules for unknown stages of loss, in the order the task pane offers them. */
export const UNKNOWN_LOSS_RULES: readonly UnknownLossRule[] = Object.freeze(["firstStage", "knownPaths"]);

/** How each rule is named in the task pane and in the report's definition line. */
export const UNKNOWN_LOSS_RULE_NAMES: Readonly<Record<UnknownLossRule, Bilingual>> = Object.freeze({
  firstStage: { zh: "只计为到达第一阶段", en: "reached only the first stage" },
  knownPaths: {
    zh: "不计入各阶段转化率（转化率只按路径已知的商机计算）",
    en: "left out of the step conversions (conversion over deals whose path is known)",
  },
});

/**
 * Whether a lost deal's stage of loss is unknown: lost, with no stage of loss and no evidenced stage.
 * The deals {@link UnknownLossRule} applies to.
 * @example isLossStageUnknown({ kind: "lost" }, null, null) // true
 * @example isLossStageUnknown({ kind: "lost" }, null, 3) // false: its evidence shows where it got to
 */
export function isLossStageUnknown(
  position: StagePosition,
  lostAtIndex: number | null | undefined,
  reachedIndex?: number | null,
): boolean {
  return (
    position.kind === "lost" &&
    (lostAtIndex === null || lostAtIndex === undefined) &&
    (reachedIndex === null || reachedIndex === undefined)
  );
}

/**
 * Counts deals by where they stand: the input of every conversion figure, and THE definition of them.
 *
 * - A deal now at stage k (open or won) has REACHED every stage 1..k, and every stage up to the furthest
 *   one its evidence shows (`reachedIndex`: its stage-history rows, its per-stage date cells), when that
 *   is further.
 * - A lost deal reached every stage up to the stage at which it was lost: its lost-at cell, else the
 *   last open stage before the loss in its history (both passed as `lostAtIndex`), else the furthest
 *   stage its evidence shows (`reachedIndex`); and every stage up to its evidence when that is further.
 * - A lost deal whose stage of loss is still unknown (no lost-at cell, no history, no dated stage)
 *   follows the tally's {@link UnknownLossRule}: "firstStage" (the default) counts it as having reached
 *   only the first stage; "knownPaths" leaves it out of every reached count, so that each conversion is
 *   over the deals whose path is known. Either way it counts as lost in the win rate and the totals.
 * - Next-step conversion of stage k = reached(k+1) / reached(k).
 * - Cumulative conversion of stage k = reached(k) / reached(first stage).
 * - Win rate = won / (won + lost) (open deals excluded).
 *
 * Indices are 0-based into `scheme.stages` (as in {@link StagePosition}). Positions must come from the
 * scheme (its `resolve`); an index outside the scheme is a programming error and throws a RangeError.
 *
 * @example
 * const tally = new FunnelTally(DEFAULT_SCHEME);
 * tally.add(positionAt(DEFAULT_SCHEME, 2)); // an open deal at 意向客户 (stage 3, index 2)
 * tally.add(LOST_POSITION, 1);              // a deal lost at 潜在客户 (stage 2, index 1)
 * tally.add(positionAt(DEFAULT_SCHEME, 1), null, 4); // open at 潜在, its history went as far as 认可
 * tally.reached(1) // 3
 * tally.reached(4) // 1
 */
export class FunnelTally {
  /** Number of stages of the scheme the tally counts for (the last is the won stage). */
  readonly stageCount: number;
  /** What the tally does with a lost deal whose stage of loss is unknown. */
  readonly unknownLoss: UnknownLossRule;
  private readonly currentCounts: Float64Array;
  private readonly lostCounts: Float64Array;
  /** Deals by the furthest stage they reached. */
  private readonly furthestCounts: Float64Array;
  private openCount = 0;
  private wonCount = 0;
  private lostCount = 0;
  private lostWithoutStageCount = 0;

  /**
   * An empty tally for a scheme.
   * @param options.unknownLoss the rule for lost deals whose stage of loss is unknown (default "firstStage").
   * @example new FunnelTally(DEFAULT_SCHEME).total // 0
   * @example new FunnelTally(DEFAULT_SCHEME, { unknownLoss: "knownPaths" }).unknownLoss // "knownPaths"
   */
  constructor(scheme: Pick<StageScheme, "stages">, options: { readonly unknownLoss?: UnknownLossRule } = {}) {
    const stageCount = scheme.stages.length;
    if (stageCount < 1) throw new RangeError("A stage scheme needs at least one stage.");
    this.stageCount = stageCount;
    this.unknownLoss = options.unknownLoss ?? DEFAULT_UNKNOWN_LOSS;
    this.currentCounts = new Float64Array(stageCount);
    this.lostCounts = new Float64Array(stageCount);
    this.furthestCounts = new Float64Array(stageCount);
  }

  /**
   * Counts one deal.
   *
   * @param position where the deal stands now (open, won or lost).
   * @param lostAtIndex for a lost deal, the 0-based index of the stage at which it was lost (any stage
   *   but the won stage): its lost-at cell, else the last open stage before the loss in its history;
   *   `null`/omitted when unknown. Ignored for open and won deals. Use `lostAtIndexOf` (stages) to turn
   *   a resolved label into it.
   * @param reachedIndex the furthest stage the deal's evidence shows (history rows, dated stages), or
   *   `null`/omitted when there is none. For a lost deal without `lostAtIndex` it is the stage of loss
   *   (the won stage then counts as the stage before it).
   * @param deals how many such deals (1 by default): the counts grow by as many as adding each would.
   * @throws RangeError when an index is not an integer stage index of the scheme or `deals` is not a
   *   whole number ≥ 0 (a programming error).
   * @example tally.add({ kind: "won", index: 6 })
   * @example tally.add({ kind: "lost" }, 3) // lost at 立项客户 (stage 4)
   * @example tally.add({ kind: "lost" }, null, 5) // lost; its dates show it reached 谈判客户
   * @example tally.add({ kind: "open", index: 2 }, null, null, 40) // forty open deals at 意向客户
   */
  add(position: StagePosition, lostAtIndex?: number | null, reachedIndex?: number | null, deals = 1): void {
    if (!(Number.isInteger(deals) && deals >= 0))
      throw new RangeError(`A count of deals is a whole number, not ${deals}.`);
    const evidence =
      reachedIndex === null || reachedIndex === undefined
        ? -1
        : this.stageIndex(reachedIndex, this.stageCount);
    switch (position.kind) {
      case "open":
      case "won": {
        const index = this.stageIndex(position.index, this.stageCount);
        this.currentCounts[index] += deals;
        this.furthestCounts[Math.max(index, evidence)] += deals;
        if (position.kind === "open") this.openCount += deals;
        else this.wonCount += deals;
        return;
      }
      case "lost": {
        const known = lostAtIndex !== null && lostAtIndex !== undefined;
        const lossAt = known
          ? this.stageIndex(lostAtIndex, this.stageCount - 1)
          : Math.min(evidence, this.stageCount - 2);
        this.lostCount += deals;
        if (lossAt >= 0) {
          this.lostCounts[lossAt] += deals;
          this.furthestCounts[Math.max(lossAt, evidence)] += deals;
          return;
        }
        this.lostWithoutStageCount += deals;
        if (this.unknownLoss === "firstStage") {
          this.lostCounts[0] += deals;
          this.furthestCounts[0] += deals;
        }
        return;
      }
    }
  }

  /** Open deals. @example tally.open // 5 */
  get open(): number {
    return this.openCount;
  }

  /** Won deals. @example tally.won // 2 */
  get won(): number {
    return this.wonCount;
  }

  /** Lost deals (with or without a known stage of loss). @example tally.lost // 3 */
  get lost(): number {
    return this.lostCount;
  }

  /**
   * Lost deals whose stage of loss is unknown (no lost-at cell, history or dated stage): counted as lost
   * at the first stage, or left out of the reached counts, as {@link FunnelTally.unknownLoss} says.
   * @example tally.lostWithoutStage // 1
   */
  get lostWithoutStage(): number {
    return this.lostWithoutStageCount;
  }

  /** All deals counted. @example tally.total // 10 */
  get total(): number {
    return this.openCount + this.wonCount + this.lostCount;
  }

  /**
   * Deals now in a stage: open deals, and won deals for the won stage.
   * @example tally.currentAt(2) // open deals at 意向客户
   */
  currentAt(index: number): number {
    return this.currentCounts[this.stageIndex(index, this.stageCount)];
  }

  /**
   * Lost deals lost at a stage; under the "firstStage" rule index 0 includes the lost deals whose stage
   * of loss is unknown.
   * @example tally.lostAtStage(3) // deals lost at 立项客户
   */
  lostAtStage(index: number): number {
    return this.lostCounts[this.stageIndex(index, this.stageCount)];
  }

  /**
   * Deals that reached a stage: those whose furthest stage (now, at loss, or in their evidence) is it or
   * beyond. Under "firstStage" every deal reached the first stage; under "knownPaths" the lost deals of
   * unknown stage of loss reached none.
   * @example tally.reached(0) === tally.total // under "firstStage"
   */
  reached(index: number): number {
    const first = this.stageIndex(index, this.stageCount);
    let reached = 0;
    for (let k = this.stageCount - 1; k >= first; k--) reached += this.furthestCounts[k];
    return reached;
  }

  private stageIndex(index: number, limit: number): number {
    if (!Number.isInteger(index) || index < 0 || index >= limit) {
      throw new RangeError(`Stage index ${index} is outside 0..${limit - 1}.`);
    }
    return index;
  }
}

/**
 * Tallies a whole column of positions (and, optionally, the matching stages of loss, furthest stages
 * evidenced, and the rule for unknown stages of loss).
 * Tested surface: exported for its tests.
 * @throws RangeError when the columns differ in length or an index is not a stage of the scheme.
 * @example tallyFunnel([open2, won6, lost], scheme, [null, null, 3]).won // 1
 */
export function tallyFunnel(
  positions: ArrayLike<StagePosition>,
  scheme: Pick<StageScheme, "stages">,
  lostAtIndices?: ArrayLike<number | null>,
  reachedIndices?: ArrayLike<number | null>,
  unknownLoss: UnknownLossRule = DEFAULT_UNKNOWN_LOSS,
): FunnelTally {
  for (const [name, column] of [
    ["lostAtIndices", lostAtIndices],
    ["reachedIndices", reachedIndices],
  ] as const) {
    if (column !== undefined && column.length !== positions.length) {
      throw new RangeError(
        `positions (${positions.length}) and ${name} (${column.length}) differ in length.`,
      );
    }
  }
  const tally = new FunnelTally(scheme, { unknownLoss });
  for (let i = 0; i < positions.length; i++) {
    tally.add(
      positions[i],
      lostAtIndices === undefined ? null : lostAtIndices[i],
      reachedIndices === undefined ? null : reachedIndices[i],
    );
  }
  return tally;
}

/** The conversion figures of one stage. */
export interface StageConversion {
  /** 0-based stage index. */
  readonly index: number;
  readonly stage: SchemeStage;
  /** Deals now in the stage: open deals; won deals for the won stage. */
  readonly current: number;
  /** Deals that reached the stage (see {@link FunnelTally}). */
  readonly reached: number;
  /** Lost deals lost at the stage (under "firstStage" the first stage also holds losses of unknown stage). */
  readonly lostAt: number;
  /** reached(k+1) / reached(k); null for the last stage or when no deal reached the stage. */
  readonly nextStepConversion: number | null;
  /** reached(k) / reached(first stage); null when no deal reached the first stage. */
  readonly cumulativeConversion: number | null;
}

/**
 * The conversion figures of every stage, in scheme order: deals now in it, deals that reached it, and its
 * next-step and cumulative conversion, as {@link FunnelTally} defines them.
 *
 * @throws RangeError when the tally was built for a scheme with another number of stages.
 * @example
 * stageConversions(tally, scheme)[1]
 * // { index: 1, stage: 潜在客户, current: 2, reached: 8, lostAt: 1, nextStepConversion: 0.625, cumulativeConversion: 0.8 }
 */
export function stageConversions(tally: FunnelTally, scheme: StageScheme): StageConversion[] {
  assertSameScheme(tally, scheme);
  const count = scheme.stages.length;
  const reached = scheme.stages.map((_, k) => tally.reached(k));
  return scheme.stages.map((stage, k) => ({
    index: k,
    stage,
    current: tally.currentAt(k),
    reached: reached[k],
    lostAt: tally.lostAtStage(k),
    nextStepConversion: k === count - 1 || reached[k] === 0 ? null : reached[k + 1] / reached[k],
    cumulativeConversion: reached[0] === 0 ? null : reached[k] / reached[0],
  }));
}

/**
 * Conversion from one stage to a later one: reached(to) / reached(from), "reached" as {@link FunnelTally}
 * defines it. `fromIndex` = `toIndex` gives 1; `toIndex` = `fromIndex + 1` is the next-step conversion;
 * `fromIndex` = 0 is the cumulative conversion.
 *
 * Errors: an index that is not a stage of the scheme, or `fromIndex` after `toIndex` → VALUE;
 * no deal reached the from stage → DIV0.
 * @throws RangeError when the tally was built for a scheme with another number of stages.
 * @example conversionRate(tally, scheme, 2, 6) // ok(0.4): 2 of the 5 deals that reached 意向 were won
 */
export function conversionRate(
  tally: FunnelTally,
  scheme: StageScheme,
  fromIndex: number,
  toIndex: number,
): Result<number> {
  assertSameScheme(tally, scheme);
  const count = scheme.stages.length;
  for (const index of [fromIndex, toIndex]) {
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      return fail("VALUE", {
        zh: `阶段序号 ${index + 1} 超出范围：阶段列表共有 ${count} 个阶段（1–${count}）。`,
        en: `Stage number ${index + 1} is out of range: this funnel has ${counted(count, "stage", "stages")} (1–${count}).`,
      });
    }
  }
  const from = scheme.stages[fromIndex].name;
  const to = scheme.stages[toIndex].name;
  if (fromIndex > toIndex) {
    return fail("VALUE", {
      zh: `起始阶段“${shownName(from.zh)}”在目标阶段“${shownName(to.zh)}”之后：转化率从前一阶段算到后一阶段，请交换两者。`,
      en: `The from stage “${shownName(from.en)}” comes after the to stage “${shownName(to.en)}”: conversion runs forward; swap them.`,
    });
  }
  const reachedFrom = tally.reached(fromIndex);
  if (reachedFrom === 0) {
    return fail("DIV0", {
      zh: `没有商机到达“${shownName(from.zh)}”阶段，无法计算从该阶段起的转化率。`,
      en: `No deal reached stage “${shownName(from.en)}”, so there is no conversion rate from it.`,
    });
  }
  return ok(tally.reached(toIndex) / reachedFrom);
}

/**
 * The win rate of {@link FunnelTally}: won / (won + lost), open deals excluded.
 * No closed deal (won or lost) → DIV0.
 * @example winRate(tally) // ok(0.4) with 2 won and 3 lost
 */
export function winRate(tally: FunnelTally): Result<number> {
  const closed = tally.won + tally.lost;
  if (closed === 0) {
    return fail("DIV0", {
      zh: "还没有已结束的商机（成交或丢单），无法计算赢单率。",
      en: "No closed deal yet (won or lost), so there is no win rate.",
    });
  }
  return ok(tally.won / closed);
}

function assertSameScheme(tally: FunnelTally, scheme: StageScheme): void {
  if (tally.stageCount !== scheme.stages.length) {
    throw new RangeError(
      `The tally counts ${tally.stageCount} stages but the scheme has ${scheme.stages.length}.`,
    );
  }
}
