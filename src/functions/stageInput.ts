/**
 * What FUNNEL.STAGE and FUNNEL.PROBABILITY read: one cell holding a stage (label or number); a range of
 * stage labels, each answered on its own (the answer spills in the range's shape, as Excel's own
 * functions do over a range); or, for FUNNEL.STAGE, an evidence checklist – the answers to the seven
 * ordered stage markers of the deck (domain note §3) in one row or column. The form to write a stage in.
 */
import {
  stageFromEvidence,
  parseAnswer,
  parseStageForm,
  type StageForm,
  DEFAULT_SCHEME,
  type StagePosition,
  type StageScheme,
} from "../core/stages";
import { type Bilingual, isBlankCell } from "../core/kernel";
import { argumentText, asRange, readList, readPlain, readSingle, type Range } from "./args";
import { cellAnswer, CellFailure, stopWith, unwrap } from "./errors";
import { displayLanguage } from "./language";
import type { Choice } from "./options";

/** One cell of a range of stages: its position, `null` when blank, or the failure of that cell alone. */
export type StageCell = StagePosition | CellFailure | null;

/**
 * A range of stage labels read cell by cell, in the range's shape (rows of cells): the answer of
 * FUNNEL.STAGE or FUNNEL.PROBABILITY over it spills one value per cell.
 */
export class StageGrid {
  readonly rows: readonly (readonly StageCell[])[];
  constructor(rows: readonly (readonly StageCell[])[]) {
    this.rows = rows;
  }
}

/** A stage argument that may be a range: one position, a {@link StageGrid}, or `null` when blank. */
export type StageCells = StagePosition | StageGrid | null;

/**
 * The answer for each stage of a {@link StageCells}: `answer(position)` for one position, else a grid in
 * the range's shape with a blank cell `null` (shown as "") and a cell that failed kept as its failure
 * (shown as that cell's Excel error).
 * @example answerPerStage(new StageGrid([[{ kind: "open", index: 1 }], [null]]), (p) => probabilityOf(p, DEFAULT_SCHEME)) // [[0.1], [null]]
 */
export function answerPerStage<T>(
  cells: StagePosition | StageGrid,
  answer: (position: StagePosition) => T,
): T | (T | CellFailure | null)[][] {
  if (!(cells instanceof StageGrid)) return answer(cells);
  return cells.rows.map((row) =>
    row.map((cell) => (cell === null || cell instanceof CellFailure ? cell : answer(cell))),
  );
}

/** Where a cell of a range is, for a message: “input” row 3, column 2 (or just the row or column). */
function cellWhere(name: string, range: Range, r: number, c: number): Bilingual {
  const arg = argumentText(name);
  const rows = range.length;
  const columns = range[0].length;
  if (columns === 1) return { en: `${arg.en} row ${r + 1}`, zh: `${arg.zh}第 ${r + 1} 行` };
  if (rows === 1) return { en: `${arg.en} column ${c + 1}`, zh: `${arg.zh}第 ${c + 1} 列` };
  return { en: `${arg.en} row ${r + 1}, column ${c + 1}`, zh: `${arg.zh}第 ${r + 1} 行第 ${c + 1} 列` };
}

/** A cell as a plain value, `null` when blank (core's one blank rule); an error cell is that cell's failure. */
function plainCell(raw: unknown, where: () => Bilingual): unknown {
  if (isBlankCell(raw)) return null;
  const value = cellAnswer(() => (raw !== null && typeof raw === "object" ? readPlain(raw, where()) : raw));
  return isBlankCell(value) ? null : value;
}

/** Whether a (non-blank) cell is an answer of the checklist (TRUE/FALSE, 是/否, Yes/No, 1/0, ✓/× …). */
function isAnswer(value: unknown): boolean {
  if (value === null || value instanceof CellFailure) return false;
  const answer = parseAnswer(value);
  return answer.ok && answer.value !== null;
}

/**
 * A range of labels, each resolved on its own; with `checklist`, an answer that is not a stage label is a
 * mix: an error. Trailing blank rows and columns are left out (as Excel's TRIMRANGE does), so that a
 * whole column such as D:D spills as far as its last filled cell, not a million rows.
 */
function readStageGrid(range: Range, name: string, scheme: StageScheme, checklist: boolean): StageGrid {
  let lastRow = -1;
  let lastColumn = -1;
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    for (let c = 0; c < row.length; c++) {
      if (isBlankCell(row[c])) continue;
      lastRow = r;
      if (c > lastColumn) lastColumn = c;
    }
  }
  if (lastRow < 0) return new StageGrid([[null]]);
  // Every row as wide as the widest filled one: a ragged range (never from Excel) still answers a block.
  const rows = range.slice(0, lastRow + 1).map((row, r) =>
    Array.from({ length: lastColumn + 1 }, (_, c): StageCell => {
      const raw = row[c];
      const where = () => cellWhere(name, range, r, c);
      const value = plainCell(raw, where);
      if (value === null || value instanceof CellFailure) return value;
      const resolved = scheme.resolve(value);
      if (resolved.ok) return resolved.value;
      if (checklist && isAnswer(value)) {
        const at = where();
        const shown = typeof value === "boolean" ? String(value).toUpperCase() : String(value);
        stopWith("VALUE", {
          en: `${at.en} holds the answer “${shown}” among stage labels: give either stage labels (one stage per cell, the answer spills one per cell) or only TRUE/FALSE answers to the seven stage markers (the evidence checklist), not both.`,
          zh: `${at.zh}在阶段名称中混入了答案“${shown}”：请只给阶段名称（每格一个阶段，结果逐格溢出），或只给七个阶段标志的 TRUE/FALSE 答案（阶段标志清单），不要混用。`,
        });
      }
      return cellAnswer(() => unwrap(resolved, where()));
    }),
  );
  return new StageGrid(rows);
}

/**
 * FUNNEL.STAGE's input in `scheme`; `null` when it is one blank cell (or omitted).
 *
 * - One cell with a label or number: that stage (resolved in `scheme`).
 * - One cell with TRUE/FALSE, or a range whose every filled cell is an answer (TRUE/FALSE, 是/否,
 *   Yes/No, 1/0, ✓/× …; blank = not yet): the evidence checklist, answered in order; it must be one row
 *   or column. The deal is in the furthest stage whose marker and all earlier markers hold. The checklist
 *   follows the deck's seven stages, so it cannot be combined with a custom stage list. Answers beside
 *   cells that are no stage label either are read as a checklist too, whose error names the bad answer.
 * - Any range holding a stage label: stage labels, a {@link StageGrid} in the range's shape, trailing
 *   blank rows and columns left out (a label that is not a stage fails in its own cell only). A TRUE/FALSE-like answer among the labels is
 *   #VALUE! saying to give one or the other; 1 among labels is stage 1. A block of blank cells is a
 *   grid of blanks.
 * @example readStageInput([["谈判"]], "input", DEFAULT_SCHEME) // { kind: "open", index: 5 }
 * @example readStageInput([[true], [true], [false]], "input", DEFAULT_SCHEME) // { kind: "open", index: 1 }
 * @example readStageInput([["谈判"], ["Closed Won"]], "input", DEFAULT_SCHEME) // StageGrid of 2 rows
 */
export function readStageInput(raw: unknown, name: string, scheme: StageScheme): StageCells {
  const range = asRange(raw);
  const cells = range.length === 0 ? 0 : range.length * range[0].length;
  if (cells === 0) return null;
  if (cells === 1) {
    const value = readSingle(range, name);
    if (value === undefined) return null;
    if (typeof value !== "boolean") {
      const resolved = scheme.resolve(value);
      return resolved.ok ? resolved.value : unwrap(resolved, argumentText(name));
    }
    return readChecklist(range, name, scheme);
  }
  const oneLine = range.length === 1 || range[0].length === 1;
  let filled = false;
  let labels = false;
  let answers = false;
  for (let r = 0; !labels && r < range.length; r++) {
    const row = range[r];
    for (let c = 0; !labels && c < row.length; c++) {
      const value = plainCell(row[c], () => cellWhere(name, range, r, c));
      if (value === null) continue;
      filled = true;
      if (isAnswer(value)) answers = true;
      else labels = !(value instanceof CellFailure) && scheme.resolve(value).ok;
    }
  }
  // A checklist: only answers, or answers beside cells that are no stage either (a mistyped answer,
  // which the checklist names); a blank row or column, which is not yet a target customer.
  const checklist = filled ? answers && !labels : oneLine;
  return checklist ? readChecklist(range, name, scheme) : readStageGrid(range, name, scheme, true);
}

/** A row or column of answers as the evidence checklist's stage. */
function readChecklist(range: Range, name: string, scheme: StageScheme): StagePosition {
  const cells = readList(range, name);
  const input = argumentText(name);
  if (scheme !== DEFAULT_SCHEME) {
    const list = argumentText("stageList");
    stopWith("VALUE", {
      en: `${input.en} is an evidence checklist, which follows the deck's seven stage markers: leave ${list.en} empty.`,
      zh: `${input.zh}是阶段标志清单，按讲义的七个阶段标志判断：请不要同时填写${list.zh}。`,
    });
  }
  const answers: unknown[] = new Array<unknown>(cells.length);
  for (let i = 0; i < cells.length; i++) answers[i] = cells.valueAt(i);
  return unwrap(stageFromEvidence(answers), input);
}

/**
 * A stage argument that may be a range (FUNNEL.PROBABILITY's stage): one cell is that stage, `null`
 * when blank or omitted (an unknown label is #VALUE! naming the argument); a range of several cells is a
 * {@link StageGrid} in its shape, trailing blank rows and columns left out, each label resolved on its
 * own (blank cells blank, an unknown label that cell's #VALUE!).
 * @example readStageCells("谈判", "stage", DEFAULT_SCHEME) // { kind: "open", index: 5 }
 * @example readStageCells([["意向"], ["Won"]], "stage", DEFAULT_SCHEME) // StageGrid of 2 rows
 */
export function readStageCells(raw: unknown, name: string, scheme: StageScheme): StageCells {
  const range = asRange(raw);
  if (range.length <= 1 && (range[0]?.length ?? 0) <= 1) {
    const value = readSingle(range, name);
    if (value === undefined) return null;
    const resolved = scheme.resolve(value);
    return resolved.ok ? resolved.value : unwrap(resolved, argumentText(name));
  }
  return readStageGrid(range, name, scheme, false);
}

/**
 * The `form` argument of FUNNEL.STAGE: zh (中文), en (English), id or number; omitted or blank follows
 * Office's display language (中文 name in a Chinese Office, English name otherwise).
 * @example readChoice("number", "form", STAGE_FORMS) // "number"
 * @example readChoice(null, "form", STAGE_FORMS) // "en" outside a Chinese Office
 */
export const STAGE_FORMS: Choice<StageForm> = {
  whenBlank: displayLanguage,
  read(value, name) {
    const form = parseStageForm(value);
    return form.ok ? form.value : unwrap(form, argumentText(name));
  },
};
