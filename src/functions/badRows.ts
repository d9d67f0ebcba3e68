/**
 * The `badRows` argument of the range functions the Pipeline health report makes live (CONVERSION,
 * WINRATE, WEIGHTED, CYCLETIME, VELOCITY, FORECAST, COVERAGE), and the reading of their columns that
 * "skip" asks for.
 *
 * - "error" (the default): a cell the function cannot read stops it with #VALUE! naming the cell, by each
 *   reader's own rules (./deals, ./timing, ./forecast).
 * - "skip": the columns are read as Pipeline health reads the user's table, with core/pipeline's own
 *   readers (placementReader, AmountColumn, dateReader), so a live figure is the one the pane shows:
 *   a row whose stage or outcome Pipeline health cannot read (an unknown stage such as "banana", an
 *   Excel error value) or that has neither is passed over, as the pane skips it; an amount or a date it
 *   cannot read ("TBD", a percentage such as "50%", an amount in another currency than most of the
 *   column, a date outside 1950–2100) counts as blank, as the pane keeps the deal without it and lists
 *   the cell as unreadable. Amounts such as "¥1,200" or "12万" are read as the pane reads them.
 *
 * - a column of deal ids (or opportunity names), lined up with the data: "skip", and a row that copies an
 *   earlier row — the same id, not blank, and the same cells in every column the call reads — counts
 *   once, as Pipeline health counts an exact copy of a row once (core/pipeline's duplicateRows). FUNNEL's
 *   report passes its deal-id column (else its opportunity column) when the table holds such copies.
 *
 * An `outcomes` column (FUNNEL.CONVERSION, FUNNEL.WINRATE) holds, per deal, an outcome (won / lost /
 * blank / in progress) or a stage of loss (a "lost at" column): a cell naming an open stage is read as
 * the stage of loss (Pipeline health's lost-at column), any other as the outcome (its outcome column).
 */
import { type Bilingual, isBlankCell } from "../core/kernel";
import {
  AmountColumn,
  dateReader,
  isProblem,
  type Placement,
  placementReader,
  sameCells,
  stageReader,
} from "../core/pipeline";
import type { StagePosition, StageScheme } from "../core/stages";
import { type CellList, checkLinedUp, isSingleCell, readList } from "./args";
import { type Choice, readChoice, wordChoice } from "./options";

/** What a range function does with a row it cannot read. */
export type BadRowsMode = "error" | "skip";

const BAD_ROWS_WORDS: ReadonlyMap<string, BadRowsMode> = new Map<string, BadRowsMode>([
  ...["error", "errors", "stop", "错误", "报错"].map((w) => [w, "error"] as const),
  ...["skip", "pass", "ignore", "跳过", "忽略"].map((w) => [w, "skip"] as const),
]);

const BAD_ROWS_ACCEPTED: Bilingual = {
  en: "error (stop at a cell that cannot be read, the default) or skip (pass over it as Pipeline health does)",
  zh: "error（遇到无法读取的单元格即报错，默认）或 skip（像“管线健康”一样跳过）",
};

/**
 * The `badRows` argument: "error" (the default) or "skip" (also 报错 / 跳过).
 * @example readChoice("跳过", "badRows", BAD_ROWS) // "skip"
 */
export const BAD_ROWS: Choice<BadRowsMode> = wordChoice(BAD_ROWS_WORDS, "error", BAD_ROWS_ACCEPTED);

/** The `badRows` argument as read: the mode, and for "skip" by a column of ids, that column. */
export interface BadRowsSetting {
  readonly mode: BadRowsMode;
  /** The deal ids whose copies count once (see the module notes). */
  readonly copiesBy?: CellList;
}

/**
 * Reads the `badRows` argument: one value is the mode (blank: "error"); a row or column is the deal ids
 * of "skip" by id (see the module notes).
 * @example readBadRows("skip", "badRows") // { mode: "skip" }
 * @example readBadRows([["D1"], ["D1"]], "badRows").copiesBy?.length // 2
 */
export function readBadRows(value: unknown, name: string): BadRowsSetting {
  if (isSingleCell(value)) return { mode: readChoice(value, name, BAD_ROWS) };
  return { mode: "skip", copiesBy: readList(value, name) };
}

/**
 * Which rows of a call copy an earlier row: the same id in `ids` (not blank) and the same cells in each of
 * `columns` (texts trimmed, as core/pipeline's sameCells compares them). Without ids, none. `ids` must
 * line up with the columns (else #VALUE! naming both).
 * @example copiedRows(readList([["D1"], ["D1"]], "badRows"), [readList([["谈判"], ["谈判"]], "stages")])(1) // true
 */
export function copiedRows(
  ids: CellList | undefined,
  columns: readonly (CellList | undefined)[],
): (i: number) => boolean {
  if (ids === undefined) return () => false;
  const read = columns.filter((column): column is CellList => column !== undefined);
  if (read.length > 0) checkLinedUp(read[0], ids);
  const cellsOf = (i: number) => [ids.shownAt(i), ...read.map((column) => column.shownAt(i))];
  const firstRows = new Map<string, number[]>();
  const copies = new Uint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids.shownAt(i);
    if (isBlankCell(id)) continue;
    const key = `${typeof id}:${typeof id === "string" ? id.trim() : String(id)}`;
    const earlier = firstRows.get(key);
    if (earlier === undefined) {
      firstRows.set(key, [i]);
      continue;
    }
    const cells = cellsOf(i);
    if (earlier.some((row) => sameCells(cellsOf(row), cells))) copies[i] = 1;
    else earlier.push(i);
  }
  return (i) => copies[i] === 1;
}

/** Where the deal of a row stands, as Pipeline health places it; `null`: the row is passed over. */
export type RowPlacement = {
  readonly position: StagePosition;
  readonly lostAtIndex: number | null;
} | null;

/**
 * Reads the rows of a call's columns as Pipeline health reads the user's table (see the module notes).
 * One per call: its readers remember each distinct text they read.
 */
export class PaneRows {
  /** Whether row i copies an earlier row (see {@link copiedRows}): the row is passed over. */
  readonly isCopy: (i: number) => boolean;
  private readonly place: (stage: unknown, outcome: unknown, lostAt: unknown) => Placement;
  private readonly stageOf: ReturnType<typeof stageReader>;
  private readonly readDate = dateReader("ymd");

  /**
   * A reader for `scheme`; with `copiesBy`, the deal ids whose copies among the call's `columns` are
   * passed over.
   * @example const rows = new PaneRows(DEFAULT_SCHEME, undefined, [stages]);
   */
  constructor(
    scheme: StageScheme,
    copiesBy: CellList | undefined,
    columns: readonly (CellList | undefined)[],
  ) {
    this.place = placementReader(scheme);
    this.stageOf = stageReader(scheme);
    this.isCopy = copiedRows(copiesBy, columns);
  }

  /**
   * Where the deal of row `i` stands, from its stage cell and, when given, its outcome (or stage of loss)
   * cell; `null` when Pipeline health would skip the row (blank, no stage, a stage or outcome it cannot
   * read, a copy of an earlier row).
   * @example new PaneRows(DEFAULT_SCHEME, undefined, []).placementAt(readList([["banana"]], "stages"), undefined, 0) // null
   */
  placementAt(stages: CellList, outcomes: CellList | undefined, i: number): RowPlacement {
    if (this.isCopy(i)) return null;
    const stage = stages.shownAt(i);
    const outcome = outcomes === undefined ? null : outcomes.shownAt(i);
    const placement = this.isOpenStage(outcome)
      ? this.place(stage, null, outcome)
      : this.place(stage, outcome, null);
    return "reason" in placement ? null : placement;
  }

  /**
   * The amounts of a column as Pipeline health reads them: `amountAt(i)` is row i's amount, `null` when
   * blank or unreadable. `used(i)` says which rows are deals: a column naming several currencies is read
   * in the one most of its deals name (the others are unreadable), as the pane does.
   * @example rows.amounts(readList([["50%"], [1200]], "amounts"), () => true)(0) // null
   */
  amounts(list: CellList, used: (i: number) => boolean): (i: number) => number | null {
    const column = new AmountColumn();
    for (let i = 0; i < list.length; i++) if (used(i)) column.read(list.shownAt(i));
    const main = column.mainCurrency();
    return (i) => {
      const cell = list.shownAt(i);
      const reading = column.read(cell);
      if (reading === null || isProblem(reading)) return null;
      return main !== null && column.foreign(cell, main) !== null ? null : reading;
    };
  }

  /**
   * Row `i` of a date column as Pipeline health reads it (text dates year first): `null` when blank or
   * unreadable.
   * @example new PaneRows(DEFAULT_SCHEME, undefined, []).dateAt(readList([["TBD"]], "closed"), 0) // null
   */
  dateAt(list: CellList, i: number): number | null {
    const reading = this.readDate(list.shownAt(i));
    return reading === null || isProblem(reading) ? null : reading;
  }

  /** Whether an outcomes cell names an open stage: a stage of loss, not an outcome. */
  private isOpenStage(cell: unknown): boolean {
    if (isBlankCell(cell)) return false;
    const read = this.stageOf(cell);
    return read.ok && read.value.kind === "open";
  }
}
