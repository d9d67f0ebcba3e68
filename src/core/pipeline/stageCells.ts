/**
 * Reading a stage, outcome or stage-of-loss cell: the scheme's resolver, plus what tables written in
 * two languages hold — "谈判 Negotiation", "谈判/Negotiation", "Negotiation（谈判）", "6. 谈判" — read as
 * the stage when every part of the label names that same stage. A label whose parts disagree
 * ("3 谈判") or name nothing ("Stage 6") keeps the scheme's "unknown stage" failure. An Excel error
 * value is its own failure.
 */
import { normaliseLabel, fail, type Result } from "../kernel";
import type { StagePosition, StageScheme } from "../stages";
import { errorValueReason, isErrorValue } from "./errorValues";
import { memoByText } from "./memo";

/** Where a label splits into parts: punctuation and brackets, and between Chinese and other characters. */
const PARTS =
  /[/|()[\]【】（）,，、:：;；.。]+|(?<=\p{Script=Han})(?=[^\p{Script=Han}])|(?<=[^\p{Script=Han}])(?=\p{Script=Han})/u;

/**
 * The one position every part of a label names, or `null`. A part is read whole ("closed won"), else
 * word by word ("6 negotiation").
 */
function samePosition(scheme: StageScheme, label: string): StagePosition | null {
  let found: StagePosition | null = null;
  const agrees = (text: string): boolean => {
    const resolved = scheme.resolve(text);
    if (!resolved.ok || (found !== null && resolved.value !== found)) return false;
    found = resolved.value;
    return true;
  };
  for (const part of normaliseLabel(label).split(PARTS)) {
    const text = part.trim();
    if (text === "") continue;
    const fits = scheme.resolve(text).ok ? agrees(text) : text.split(" ").every(agrees);
    if (!fits) return null;
  }
  return found;
}

/**
 * A reader of stage cells for `scheme` (see the module notes), remembered per distinct text.
 * @example stageReader(DEFAULT_SCHEME)("谈判 Negotiation") // ok({ kind: "open", index: 5 })
 * @example stageReader(DEFAULT_SCHEME)("#N/A") // VALUE: the cell shows the error #N/A
 */
export function stageReader(scheme: StageScheme): (cell: unknown) => Result<StagePosition> {
  return memoByText((cell) => {
    if (isErrorValue(cell)) return fail("VALUE", errorValueReason(cell));
    const resolved = scheme.resolve(cell);
    if (resolved.ok || typeof cell !== "string") return resolved;
    const position = samePosition(scheme, cell);
    return position === null ? resolved : { ok: true, value: position };
  });
}
