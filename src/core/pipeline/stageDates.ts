/**
 * Per-stage date columns: a column per stage holding the day the deal entered it, as CRM exports have
 * them (HubSpot's `Date entered "Negotiation (Sales Pipeline)"`, "Negotiation date", "谈判日期",
 * "进入谈判阶段日期"). A date under stage k is evidence that the deal reached stage k (and so every
 * earlier stage). The stage is read from the header with the scheme's own resolver, so the names of the
 * user's stage list work as well as the deck's (目标客户, 谈判, Negotiation …).
 *
 * A header that names a column role (创建日期, 成交日期, Close Date …: columns.ts) is that role, never
 * a stage date; nor is a column the mapping gives to a role.
 */
import { normaliseLabel } from "../kernel";
import type { StageScheme } from "../stages";
import { recogniseColumns } from "./columns";
import type { ColumnMapping, StageDateColumn } from "./types";

/** Notes in parentheses ("(Sales Pipeline)") and quotes around the stage name. */
const NOTES = /\([^)]*\)/g;
const QUOTES = /["'“”‘’「」『』]/g;

/** Header forms naming a stage's date, the stage name captured (after normaliseLabel; English lower case). */
const STAGE_DATE_FORMS: readonly RegExp[] = [
  /^date (?:entered|exited|reached|moved to) (?:stage )?(.+)$/,
  /^(?:entered|reached) (?:stage )?(.+?)(?: stage)?(?: date| on)?$/,
  /^(.+?)(?: stage)? (?:entered |entry |reached |start )?(?:date|on)$/,
  /^(.+?)(?: stage)? entered$/,
  /^(?:进入|到达)(.+?)(?:阶段)?(?:的)?(?:日期|时间)$/,
  /^(.+?)(?:阶段)?(?:进入|开始|到达)?(?:的)?(?:日期|时间)$/,
];

/**
 * The 0-based stage whose date a header names, or `null`: `Date entered "Negotiation (Sales Pipeline)"`,
 * "Negotiation date", "谈判日期", "进入谈判阶段日期", "Date entered 成交" … with any name the scheme
 * resolves to a stage (not the lost outcome, not a bare number).
 * @example stageOfDateHeader('Date entered "Negotiation (Sales Pipeline)"', DEFAULT_SCHEME) // 5
 * @example stageOfDateHeader("进入意向阶段日期", DEFAULT_SCHEME) // 2
 * @example stageOfDateHeader("Close Date", DEFAULT_SCHEME) // null
 */
export function stageOfDateHeader(header: unknown, scheme: StageScheme): number | null {
  if (typeof header !== "string") return null;
  const text = normaliseLabel(normaliseLabel(header).replace(NOTES, " ").replace(QUOTES, " "));
  for (const form of STAGE_DATE_FORMS) {
    const label = form.exec(text)?.[1]?.trim();
    if (label === undefined || label === "" || /^\d+$/.test(label)) continue;
    const resolved = scheme.resolve(label);
    if (resolved.ok && resolved.value.kind !== "lost") return resolved.value.index;
  }
  return null;
}

/**
 * The per-stage date columns of a header: each column whose header names a stage's date
 * ({@link stageOfDateHeader}), unless its header names a column role or the mapping uses the column.
 * In column order.
 * @example
 * stageDateColumns(["Deal", "Stage", 'Date entered "Qualified (Sales Pipeline)"', "谈判日期"], DEFAULT_SCHEME, { stage: 1 })
 * // [{ column: 3, stage: 5 }]  ("Qualified" is not a stage of the deck)
 */
export function stageDateColumns(
  header: readonly unknown[],
  scheme: StageScheme,
  mapping: ColumnMapping = {},
): StageDateColumn[] {
  const used = new Set(Object.values(mapping));
  const found: StageDateColumn[] = [];
  header.forEach((text, column) => {
    if (used.has(column) || Object.keys(recogniseColumns([text]).mapping).length > 0) return;
    const stage = stageOfDateHeader(text, scheme);
    if (stage !== null) found.push({ column, stage });
  });
  return found;
}
