/**
 * A deal's evidence, read from the cells of its evaluation sheets: the stage markers of 阶段判定, the conditions
 * of 谈判条件 and the 值得赢吗? ratings of 二次评估. A cell that cannot be read (a rating typed as text, an answer
 * that is no 是/否) counts as not answered and is named, with its address, so the board can link to it; a range
 * whose name is gone (deleted rows) is named too. Nothing is guessed.
 */
import { type Bilingual, displayValue } from "../kernel";
import { parseRating, worthWinning } from "../metrics";
import { cellAddress, type CellRange, rangeAddress } from "../sheet";
import { parseAnswer } from "../stages";
import { EVALUATION_NAMES } from "../templates";
import type { FoundEvaluation, SheetCells } from "./evaluationsFound";
import type { DealEvidence } from "./gates";

/** A cell of an evaluation sheet the add-in could not read, and why. */
export interface UnreadableCell {
  readonly sheet: string;
  /** The cell's A1 address ("D9"); the range's when the whole range is gone. */
  readonly address: string;
  readonly reason: Bilingual;
}

/** What a deal's evaluation sheets say, and the cells that could not be read. */
export interface DealEvidenceRead {
  readonly evidence: DealEvidence;
  readonly unreadable: readonly UnreadableCell[];
}

/** The range each kind's evidence is in. */
const EVIDENCE_RANGE = {
  stageCheck: EVALUATION_NAMES.markers,
  negotiationReadiness: EVALUATION_NAMES.conditions,
  secondary: EVALUATION_NAMES.worthRatings,
} as const;

type EvidenceKind = keyof typeof EVIDENCE_RANGE;
const isEvidenceKind = (kind: string): kind is EvidenceKind => kind in EVIDENCE_RANGE;

/** The range of `found` that holds its evidence, when it is of a kind with evidence and the range is still named. */
function evidenceRange(found: FoundEvaluation): CellRange | undefined {
  const kind = found.identity.kind;
  return isEvidenceKind(kind) ? found.ranges.get(EVIDENCE_RANGE[kind]) : undefined;
}

/**
 * The cells to read for the evidence of the sheets found, in order (one entry per sheet with evidence).
 * @example evidenceCells(found) // [{ sheet: "阶段判定", address: "D8:D14" }, …]
 */
export function evidenceCells(found: readonly FoundEvaluation[]): SheetCells[] {
  return found.flatMap((f) => {
    const range = evidenceRange(f);
    return range ? [{ sheet: f.sheet, address: rangeAddress(range) }] : [];
  });
}

/** The cells of a one-column or one-row range, in order, with their addresses. */
const cellsOf = (range: CellRange, values: readonly (readonly unknown[])[]) =>
  Array.from({ length: range.rows * range.cols }, (_, i) => {
    const r = range.cols === 1 ? i : 0;
    const c = range.cols === 1 ? 0 : i;
    return { value: values[r]?.[c] ?? "", address: cellAddress(range.row + r, range.col + c) };
  });

/** Answers (是/否 …) of a range, an unreadable cell counted as not answered and named. */
function answersOf(
  sheet: string,
  range: CellRange,
  values: readonly (readonly unknown[])[],
  out: UnreadableCell[],
) {
  return cellsOf(range, values).map(({ value, address }) => {
    const answer = parseAnswer(value);
    if (answer.ok) return answer.value;
    out.push({
      sheet,
      address,
      reason: {
        zh: `“${displayValue(value)}”不是 是/否 的回答`,
        en: `“${displayValue(value)}” is not a Yes/No answer`,
      },
    });
    return null;
  });
}

/** The 值得赢吗? verdict of a range of ratings, an unreadable rating left out and named. */
function verdictOf(
  sheet: string,
  range: CellRange,
  values: readonly (readonly unknown[])[],
  out: UnreadableCell[],
) {
  const ratings = cellsOf(range, values).map(({ value, address }) => {
    const rating = parseRating(value);
    if (rating.ok) return rating.value;
    out.push({
      sheet,
      address,
      reason: {
        zh: `“${displayValue(value)}”不是 0–10、＋ 或 － 的评估`,
        en: `“${displayValue(value)}” is not a rating 0–10, ＋ or －`,
      },
    });
    return null;
  });
  const worth = worthWinning(ratings);
  return worth.ok ? worth.value.verdict : null;
}

/**
 * Each deal's evidence from the sheets found and the values of their {@link evidenceCells} (same order). Of two
 * sheets of one kind for a deal, the first in tab order is the evidence.
 * @example dealEvidence(found, values).get("D-01")?.evidence.conditions // [true, true, false, …]
 */
export function dealEvidence(
  found: readonly FoundEvaluation[],
  values: readonly (readonly (readonly unknown[])[])[],
): Map<string, DealEvidenceRead> {
  const deals = new Map<
    string,
    { evidence: { -readonly [K in keyof DealEvidence]: DealEvidence[K] }; unreadable: UnreadableCell[] }
  >();
  let next = 0;
  for (const f of found) {
    const deal = deals.get(f.identity.dealId) ?? { evidence: {}, unreadable: [] };
    deals.set(f.identity.dealId, deal);
    const kind = f.identity.kind;
    if (!isEvidenceKind(kind)) continue;
    const range = evidenceRange(f);
    if (range === undefined) {
      deal.unreadable.push({
        sheet: f.sheet,
        address: "A1",
        reason: { zh: "答案所在的区域已被删除", en: "the range of its answers was deleted" },
      });
      // The sheet is there, its answers are not: it counts as a sheet with nothing answered, never as no sheet.
      if (kind === "stageCheck") deal.evidence.markers ??= [];
      if (kind === "negotiationReadiness") deal.evidence.conditions ??= [];
      if (kind === "secondary") deal.evidence.secondary ??= { verdict: null };
      continue;
    }
    const cells = values[next++] ?? [];
    const { evidence, unreadable } = deal;
    if (kind === "stageCheck" && evidence.markers === undefined)
      evidence.markers = answersOf(f.sheet, range, cells, unreadable);
    if (kind === "negotiationReadiness" && evidence.conditions === undefined)
      evidence.conditions = answersOf(f.sheet, range, cells, unreadable);
    if (kind === "secondary" && evidence.secondary === undefined)
      evidence.secondary = { verdict: verdictOf(f.sheet, range, cells, unreadable) };
  }
  return deals;
}
