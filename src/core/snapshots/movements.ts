/**
 * The movements of a pipeline bridge (管线变动) and their names, in the order a bridge lists them: what
 * came into the open pipeline, what changed in it, what left it.
 */
import { type Bilingual, bilingual } from "../kernel";

/** How a deal moved the open pipeline between two snapshots (see bridge.ts for each definition). */
export type MovementKind =
  | "new"
  | "reopened"
  | "pulledIn"
  | "amountUp"
  | "amountDown"
  | "amountUnknown"
  | "won"
  | "lost"
  | "removed"
  | "pushedOut";

/** Every movement, in the order a bridge lists them. */
export const MOVEMENT_KINDS: readonly MovementKind[] = Object.freeze([
  "new",
  "reopened",
  "pulledIn",
  "amountUp",
  "amountDown",
  "amountUnknown",
  "won",
  "lost",
  "removed",
  "pushedOut",
]);

/** What each movement is called, as a sales manager writes it. */
export const MOVEMENT_NAMES: Readonly<Record<MovementKind, Bilingual>> = Object.freeze({
  new: bilingual("新增", "New"),
  reopened: bilingual("重新打开", "Reopened"),
  pulledIn: bilingual("提前进入本期", "Pulled in"),
  amountUp: bilingual("金额增加", "Amount up"),
  amountDown: bilingual("金额减少", "Amount down"),
  amountUnknown: bilingual("金额无法比较", "Amount not comparable"),
  won: bilingual("赢单", "Won"),
  lost: bilingual("丢单", "Lost"),
  removed: bilingual("移除", "Removed"),
  pushedOut: bilingual("推迟出本期", "Pushed out"),
});

/** The bridge's first and last rows. */
export const BRIDGE_ENDS: Readonly<Record<"start" | "end", Bilingual>> = Object.freeze({
  start: bilingual("期初管线", "Pipeline at start"),
  end: bilingual("期末管线", "Pipeline at end"),
});

/**
 * How a movement changes the count of open deals: +1 per deal coming in, −1 per deal leaving, 0 for a
 * change of amount.
 * @example countEffect("won") // -1
 */
export function countEffect(kind: MovementKind): -1 | 0 | 1 {
  switch (kind) {
    case "new":
    case "reopened":
    case "pulledIn":
      return 1;
    case "amountUp":
    case "amountDown":
    case "amountUnknown":
      return 0;
    default:
      return -1;
  }
}
