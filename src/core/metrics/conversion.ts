/**
 * Stage conversion (机会阶段转化率) and win rate, counted from where deals stand now. What "reached" and
 * each figure mean is written out once, on {@link FunnelTally}; FUNNEL.CONVERSION, FUNNEL.WINRATE, Pipeline
 * health, the forecast's measured win rates and the README refer to it.
 *
 * Built for large ranges: {@link FunnelTally.add} takes one (shared) position at a time and allocates
 * nothing; the figures are read once at the end.
 */
import { shownName, fail, ok, type Result } from "../kernel";
import type { SchemeStage, StagePosition, StageScheme } from "../stages";

/**
 * Counts deals by where they stand: the input of every conversion figure, and THE definition of them.
 *
 * - A deal now at stage k (open or won) has REACHED every stage 1..k.
 * - A lost deal reached every stage up to the stage at which it was lost.
 * - A lost deal whose stage of loss is unknown reached only the first stage.
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
 * tally.reached(1) // 2
 */
export class FunnelTally {
  /** Number of stages of the scheme the tally counts for (the last is the won stage). */
  readonly stageCount: number;
  private readonly currentCounts: Float64Array;
  private readonly lostCounts: Float64Array;
  private openCount = 0;
  private wonCount = 0;
  private lostCount = 0;
  private lostWithoutStageCount = 0;

  /**
   * An empty tally for a scheme.
   * @example new FunnelTally(DEFAULT_SCHEME).total // 0
   */
  constructor(scheme: Pick<StageScheme, "stages">) {
    const stageCount = scheme.stages.length;
    if (stageCount < 1) throw new RangeError("A stage scheme needs at least one stage.");
    this.stageCount = stageCount;
    this.currentCounts = new Float64Array(stageCount);
    this.lostCounts = new Float64Array(stageCount);
  }

  /**
   * Counts one deal.
   *
   * @param position where the deal stands now (open, won or lost).
   * @param lostAtIndex for a lost deal, the 0-based index of the stage at which it was lost (any stage
   *   but the won stage); `null`/omitted when unknown (the deal then reached only the first stage).
   *   Ignored for open and won deals. Use `lostAtIndexOf` (stages) to turn a resolved label into it.
   * @throws RangeError when an index is not an integer stage index of the scheme (a programming error).
   * @example tally.add({ kind: "won", index: 6 })
   * @example tally.add({ kind: "lost" }, 3) // lost at 立项客户 (stage 4)
   */
  add(position: StagePosition, lostAtIndex?: number | null): void {
    switch (position.kind) {
      case "open":
        this.currentCounts[this.stageIndex(position.index, this.stageCount)] += 1;
        this.openCount += 1;
        return;
      case "won":
        this.currentCounts[this.stageIndex(position.index, this.stageCount)] += 1;
        this.wonCount += 1;
        return;
      case "lost":
        this.lostCount += 1;
        if (lostAtIndex === null || lostAtIndex === undefined) {
          this.lostCounts[0] += 1;
          this.lostWithoutStageCount += 1;
        } else {
          this.lostCounts[this.stageIndex(lostAtIndex, this.stageCount - 1)] += 1;
        }
        return;
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

  /** Lost deals whose stage of loss is unknown (counted as lost at the first stage). @example tally.lostWithoutStage // 1 */
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
   * Lost deals lost at a stage; index 0 includes the lost deals whose stage of loss is unknown.
   * @example tally.lostAtStage(3) // deals lost at 立项客户
   */
  lostAtStage(index: number): number {
    return this.lostCounts[this.stageIndex(index, this.stageCount)];
  }

  /**
   * Deals that reached a stage: those now in it or beyond, plus those lost at it or beyond.
   * @example tally.reached(0) === tally.total // every deal reached the first stage
   */
  reached(index: number): number {
    const first = this.stageIndex(index, this.stageCount);
    let reached = 0;
    for (let k = this.stageCount - 1; k >= first; k--) {
      reached += this.currentCounts[k] + this.lostCounts[k];
    }
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
 * Tallies a whole column of positions (and, optionally, the matching stages of loss).
 * Tested surface: exported for its tests.
 * @throws RangeError when the columns differ in length or an index is not a stage of the scheme.
 * @example tallyFunnel([open2, won6, lost], scheme, [null, null, 3]).won // 1
 */
export function tallyFunnel(
  positions: ArrayLike<StagePosition>,
  scheme: Pick<StageScheme, "stages">,
  lostAtIndices?: ArrayLike<number | null>,
): FunnelTally {
  if (lostAtIndices !== undefined && lostAtIndices.length !== positions.length) {
    throw new RangeError(
      `positions (${positions.length}) and lostAtIndices (${lostAtIndices.length}) differ in length.`,
    );
  }
  const tally = new FunnelTally(scheme);
  for (let i = 0; i < positions.length; i++) {
    tally.add(positions[i], lostAtIndices === undefined ? null : lostAtIndices[i]);
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
  /** Lost deals lost at the stage (the first stage also holds losses of unknown stage). */
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
  const reached = new Array<number>(count);
  let running = 0;
  for (let k = count - 1; k >= 0; k--) {
    running += tally.currentAt(k) + tally.lostAtStage(k);
    reached[k] = running;
  }
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
        zh: `阶段序号 ${index + 1} 超出范围：此漏斗共有 ${count} 个阶段（1–${count}）。`,
        en: `Stage number ${index + 1} is out of range: this funnel has ${count} stages (1–${count}).`,
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
