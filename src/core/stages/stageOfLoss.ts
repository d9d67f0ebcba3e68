/**
 * The stage of loss: the stage a lost deal was lost at, as an index into its scheme. A deal cannot be lost
 * at the won stage, and "lost" is not a stage.
 */
import { fail, ok, shownName, type Result } from "../kernel";
import type { StagePosition, StageScheme } from "./stageScheme";

/**
 * Turns the resolved "lost at" label of a lost deal into the index of the stage it was lost at (the index
 * the funnel tally of metrics takes). A deal cannot be lost at the won stage, and "lost" is not a stage:
 * both are VALUE errors.
 * @example lostAtIndexOf({ kind: "open", index: 3 }, DEFAULT_SCHEME) // ok(3)
 * @example lostAtIndexOf({ kind: "won", index: 6 }, DEFAULT_SCHEME) // VALUE error
 */
export function lostAtIndexOf(position: StagePosition, scheme: StageScheme): Result<number> {
  const last = scheme.stages.length - 1;
  if (position.kind === "lost") {
    return fail("VALUE", {
      zh: "丢单阶段应填写丢单时所处的阶段，而不是“丢单”。",
      en: "The stage of loss must name the stage the deal was lost at, not “lost”.",
    });
  }
  if (position.kind === "won" || position.index >= last) {
    const won = scheme.stages[last].name;
    return fail("VALUE", {
      zh: `商机不能在“${shownName(won.zh)}”阶段丢单：到达该阶段即已成交。`,
      en: `A deal cannot be lost at “${shownName(won.en)}”: reaching it means the deal is won.`,
    });
  }
  return ok(position.index);
}
