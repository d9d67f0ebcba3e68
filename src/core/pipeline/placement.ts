/**
 * Where a row's deal stands, from its stage, outcome and lost-at cells, as FUNNEL.CONVERSION counts a
 * stage and an outcome (src/functions/deals.ts):
 * - without an outcome, the stage cell says where the deal stands (a lost word there: lost, stage of
 *   loss from the lost-at column if any);
 * - outcome won: won whatever the stage cell says; outcome lost: lost AT the stage of the stage cell
 *   (or of the lost-at column, which wins when filled); outcome blank (or open, 进行中, in progress):
 *   as without an outcome;
 * - the lost-at column is read for lost deals only.
 * Cells are read by stageCells.ts (two-language labels, error values).
 */
import { type Bilingual, displayValue, isBlankCell, normaliseLabel } from "../kernel";
import { LOST_POSITION, lostAtIndexOf, positionAt, type StagePosition, type StageScheme } from "../stages";
import { memoByText } from "./memo";
import { stageReader } from "./stageCells";
import type { SkipKind } from "./types";

/** Where a row's deal stands, or why the row cannot be used. */
export type Placement =
  | { readonly position: StagePosition; readonly lostAtIndex: number | null }
  | { readonly reason: Bilingual; readonly kind: SkipKind };

type Refusal = { readonly reason: Bilingual; readonly kind: SkipKind };

const NO_STAGE: Refusal = Object.freeze({
  kind: "noStage",
  reason: Object.freeze({
    zh: "没有阶段：阶段和结果都为空。请填写阶段。",
    en: "No stage: the stage and the outcome are both blank. Enter the stage.",
  }),
});
const OPEN_OUTCOMES: ReadonlySet<string> = new Set(
  ["open", "in progress", "pending", "进行中", "跟进中", "未结束", "未成交"].map(normaliseLabel),
);

/** What the outcome cell says: won, lost, no outcome (null), or why it cannot be read. */
type Outcome = "won" | "lost" | null | Refusal;

function outcomeReader(scheme: StageScheme): (cell: unknown) => Outcome {
  const won = scheme.stages[scheme.stages.length - 1].name;
  const read = stageReader(scheme);
  return memoByText((cell): Outcome => {
    if (isBlankCell(cell)) return null;
    if (typeof cell === "string" && OPEN_OUTCOMES.has(normaliseLabel(cell))) return null;
    const resolved = typeof cell === "string" ? read(cell) : null;
    if (resolved?.ok && resolved.value.kind !== "open") return resolved.value.kind;
    return {
      kind: "outcome",
      reason: {
        zh: `结果“${displayValue(cell)}”无法识别：应为${won.zh}（赢）、${scheme.lostName.zh}（输）或留空。`,
        en: `Outcome “${displayValue(cell)}” is not understood: use ${won.en} (won), ${scheme.lostName.en} (lost) or leave it blank.`,
      },
    };
  });
}

/** The stage of loss a lost-at cell names, `null` when blank, or why it cannot be read. */
function lostAtReader(scheme: StageScheme): (cell: unknown) => number | null | Refusal {
  const read = stageReader(scheme);
  return memoByText((cell) => {
    if (isBlankCell(cell)) return null;
    const resolved = read(cell);
    const index = resolved.ok ? lostAtIndexOf(resolved.value, scheme) : resolved;
    if (index.ok) return index.value;
    return {
      kind: "lostAt",
      reason: {
        zh: `丢单阶段：${index.error.message.zh}`,
        en: `Lost at: ${index.error.message.en}`,
      },
    };
  });
}

/**
 * A reader placing rows from their stage, outcome and lost-at cells (see the module notes). Its
 * placements are shared objects: reading a row allocates nothing.
 * @example placementReader(DEFAULT_SCHEME)("谈判", "", "") // { position: { kind: "open", index: 5 }, lostAtIndex: null }
 * @example placementReader(DEFAULT_SCHEME)("Foo", "", "") // { kind: "stage", reason: 未知阶段“Foo” … }
 */
export function placementReader(
  scheme: StageScheme,
): (stage: unknown, outcome: unknown, lostAt: unknown) => Placement {
  const won = positionAt(scheme, scheme.stages.length - 1);
  const stageOf = stageReader(scheme);
  const outcomeOf = outcomeReader(scheme);
  const lostAtOf = lostAtReader(scheme);
  const placements = new Map<StagePosition, Placement>();
  const placed = (position: StagePosition): Placement => {
    let found = placements.get(position);
    if (found === undefined) placements.set(position, (found = { position, lostAtIndex: null }));
    return found;
  };
  const lostPlacements = scheme.stages.map((_, index) => ({
    position: LOST_POSITION,
    lostAtIndex: index,
  }));
  const refusals = new WeakMap<Bilingual, Refusal>();
  const refused = (reason: Bilingual): Refusal => {
    let found = refusals.get(reason);
    if (found === undefined) refusals.set(reason, (found = { kind: "stage", reason }));
    return found;
  };
  return (stageCell, outcomeCell, lostAtCell) => {
    const stage = isBlankCell(stageCell) ? null : stageOf(stageCell);
    if (stage !== null && !stage.ok) return refused(stage.error.message);
    const current = stage?.value ?? null;
    const outcome = outcomeOf(outcomeCell);
    if (outcome !== null && typeof outcome === "object") return outcome;
    if (outcome === "won") return placed(won);
    if (outcome === null && current === null) return NO_STAGE;
    if (outcome === null && current !== null && current.kind !== "lost") return placed(current);
    // Lost: by the outcome, or by a lost word in the stage cell.
    const lostAt = lostAtOf(lostAtCell);
    if (lostAt !== null) return typeof lostAt === "object" ? lostAt : lostPlacements[lostAt];
    if (current === null || current.kind === "lost") return placed(LOST_POSITION);
    const index = lostAtIndexOf(current, scheme);
    return index.ok ? lostPlacements[index.value] : refused(index.error.message);
  };
}
