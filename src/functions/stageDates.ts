/**
 * The `stageDates` argument of FUNNEL.CONVERSION: per-stage date columns as CRM exports have them
 * (HubSpot's `Date entered "Negotiation (Sales Pipeline)"`, "谈判日期"), one column per stage of the stage
 * list in its order — the first column the first stage; fewer columns than stages leave the later stages
 * undated — and one row per deal, lined up with `stages`.
 *
 * A date in column k is evidence that the deal reached stage k (and every earlier one): its furthest
 * dated stage is core's `reachedIndex` (metrics' FunnelTally), as Pipeline health reads its per-stage
 * date columns (core/pipeline's stageDates). A blank cell is no evidence. A cell that is not a date is
 * #VALUE! naming it under badRows "error"; under "skip" it counts as blank, as the pane lists it as
 * unreadable and takes no evidence from it.
 */
import { type Bilingual, counted, isBlankCell } from "../core/kernel";
import { dateReader, isProblem } from "../core/pipeline";
import type { StageScheme } from "../core/stages";
import {
  argumentText,
  asRange,
  type CellList,
  dateOf,
  isBlankRange,
  type Range,
  rangeSize,
  readPlain,
  shownCell,
  sizeText,
} from "./args";
import type { BadRowsMode } from "./badRows";
import { stopWith } from "./errors";

/** A `stageDates` range as read: rows (deals) × columns (stages, first stage first). */
export class StageDates {
  /** The argument's name, for messages. */
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
  private readonly range: Range;

  constructor(range: Range, name: string) {
    const size = rangeSize(range);
    this.range = range;
    this.name = name;
    this.rows = size.rows;
    this.columns = size.columns;
  }

  /**
   * Where cell (row, column) is, for a message: “stageDates” row 3, column 2.
   * @example new StageDates([[null, 45658]], "stageDates").where(0, 1) // { en: "“stageDates” row 1, column 2", zh: "参数“stageDates”第 1 行第 2 列" }
   */
  where(row: number, column: number): Bilingual {
    const name = argumentText(this.name);
    return {
      en: `${name.en} row ${row + 1}, column ${column + 1}`,
      zh: `${name.zh}第 ${row + 1} 行第 ${column + 1} 列`,
    };
  }

  /**
   * Checks the range against the call: one row per cell of `stages` and at most one column per stage of
   * the scheme; otherwise #VALUE! saying what to give.
   * @example new StageDates([[45658, null]], "stageDates").checkFits(readList([["意向"]], "stages"), DEFAULT_SCHEME)
   */
  checkFits(stages: CellList, scheme: StageScheme): void {
    const name = argumentText(this.name);
    if (this.rows !== stages.length) {
      const [given, deals] = [sizeText({ rows: this.rows, columns: this.columns }), stages.length];
      stopWith("VALUE", {
        en: `${name.en} (${given.en}) must have one row per deal, lined up with “stages” (${counted(deals, "deal", "deals")}).`,
        zh: `${name.zh}（${given.zh}）必须每个商机一行，与参数“stages”逐行对应（${deals} 个商机）。`,
      });
    }
    const count = scheme.stages.length;
    if (this.columns > count) {
      stopWith("VALUE", {
        en: `${name.en} has ${counted(this.columns, "column", "columns")} but the stage list has ${counted(count, "stage", "stages")}: give one date column per stage, the first stage first.`,
        zh: `${name.zh}有 ${this.columns} 列，但阶段列表只有 ${count} 个阶段：请每个阶段一列日期，第一列为第一个阶段。`,
      });
    }
  }

  /**
   * The furthest stage each row dates, read by badRows' rule: `reachedAt(i)` is the 0-based stage of row
   * i's last dated column, `null` when none is dated (see the module notes).
   * @example new StageDates([[45658, "", 45700]], "stageDates").reader("error")(0) // 2
   * @example new StageDates([[45658, "TBD"]], "stageDates").reader("skip")(0) // 0
   */
  reader(mode: BadRowsMode): (i: number) => number | null {
    const { range, columns } = this;
    if (mode === "error") {
      return (i) => {
        let furthest: number | null = null;
        for (let c = 0; c < columns; c++) {
          const raw = range[i][c];
          if (isBlankCell(raw)) continue;
          const where = () => this.where(i, c);
          dateOf(raw !== null && typeof raw === "object" ? readPlain(raw, where()) : raw, where);
          furthest = c;
        }
        return furthest;
      };
    }
    const readDate = dateReader("ymd");
    return (i) => {
      for (let c = columns - 1; c >= 0; c--) {
        const reading = readDate(shownCell(range[i][c], () => this.where(i, c)));
        if (reading !== null && !isProblem(reading)) return c;
      }
      return null;
    };
  }
}

/**
 * Reads the `stageDates` argument: `undefined` when omitted or blank, else the range (see the module
 * notes; its fit to the call is checked by {@link StageDates.checkFits}).
 * @example readStageDates(null, "stageDates") // undefined
 * @example readStageDates([[45658, null], [null, null]], "stageDates")?.columns // 2
 */
export function readStageDates(value: unknown, name: string): StageDates | undefined {
  const range = asRange(value);
  return isBlankRange(range) ? undefined : new StageDates(range, name);
}
