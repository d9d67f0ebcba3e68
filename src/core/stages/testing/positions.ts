/**
 * Stage positions written out for the tests rather than built by stageScheme.ts, and a label resolved by a
 * scheme that must succeed. Test support only: production code never imports it.
 */
import { valueOf } from "../../kernel/testing/results";
import { DEFAULT_SCHEME, type StagePosition, type StageScheme } from "../stageScheme";

/**
 * An open deal at the stage of this index.
 * @example open(2) // { kind: "open", index: 2 }
 */
export const open = (index: number): StagePosition => ({ kind: "open", index });

/**
 * A won deal, at the won stage of this index.
 * @example won(6) // { kind: "won", index: 6 }
 */
export const won = (index: number): StagePosition => ({ kind: "won", index });

/**
 * The position a scheme resolves a label to; the test fails if it does not resolve.
 * @example resolved("谈判客户") // { kind: "open", index: 5 }
 */
export const resolved = (label: unknown, scheme: StageScheme = DEFAULT_SCHEME): StagePosition =>
  valueOf(scheme.resolve(label));
