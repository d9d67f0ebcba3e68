/**
 * Deals counted by stage position as a column is read: one array cell per open stage, per won stage and
 * one for lost deals, so that a reader adds each position to its tally once, with its number, instead of
 * calling the tally for every row.
 */
import type { StagePosition, StageScheme } from "../core/stages";

/**
 * Counts of deals by position (open at a stage, won, lost) for one stage scheme.
 * @example const counts = new PositionCounts(DEFAULT_SCHEME); counts.count(position); counts.forEach((p, n) => tally.add(p, null, null, n));
 */
export class PositionCounts {
  private readonly stageCount: number;
  /** Open deals by stage index, then won deals by stage index, then lost deals. */
  private readonly counts: Float64Array;
  /** The first position counted in each cell: the one handed back by {@link forEach}. */
  private readonly positions: (StagePosition | undefined)[];

  constructor(scheme: Pick<StageScheme, "stages">) {
    this.stageCount = scheme.stages.length;
    this.counts = new Float64Array(2 * this.stageCount + 1);
    this.positions = new Array<StagePosition | undefined>(this.counts.length).fill(undefined);
  }

  /**
   * Counts one deal at `position`.
   * @throws RangeError for an open or won position whose index is not a stage of the scheme.
   */
  count(position: StagePosition): void {
    let slot = 2 * this.stageCount;
    if (position.kind !== "lost") {
      const index = position.index;
      if (!(index >= 0 && index < this.stageCount))
        throw new RangeError(`Stage index ${index} is not a stage.`);
      slot = position.kind === "won" ? this.stageCount + index : index;
    }
    this.counts[slot]++;
    if (this.positions[slot] === undefined) this.positions[slot] = position;
  }

  /** Calls `visit` once for each position counted, with its number of deals (open, then won, then lost). */
  forEach(visit: (position: StagePosition, deals: number) => void): void {
    this.positions.forEach((position, slot) => {
      if (position !== undefined) visit(position, this.counts[slot]);
    });
  }
}
