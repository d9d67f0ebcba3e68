/**
 * Stage schemes: the types every layer codes against (a deal's position, a stage, a scheme) and the
 * functions that build a scheme, resolve a label in it and read a position's probability.
 *
 * A stage scheme is the ordered list of stages a deal advances through, with a probability per stage,
 * plus the terminal "lost" outcome. The seven-stage model of the deck is the default scheme; a team
 * whose CRM uses other stages passes its own ordered list (see `schemeFromList` in stageList.ts).
 */
import { type Bilingual, displayValue, normaliseLabel, type FunnelError, type Result } from "../kernel";
import { LOST, STAGES } from "./stages";

/** Where a deal stands in a scheme. `index` is 0-based into `StageScheme.stages`. */
export type StagePosition =
  | { readonly kind: "open"; readonly index: number }
  | { readonly kind: "won"; readonly index: number }
  | { readonly kind: "lost" };

/** One stage of a scheme. */
export interface SchemeStage {
  /** Stable key: the stage id ("target" … "won") in the default scheme; the normalised name in a custom list. */
  readonly key: string;
  /** Display name; a custom list has the user's text in both languages. */
  readonly name: Bilingual;
  /** Probability of winning from this stage, 0..1. The won stage is 1. */
  readonly probability: number;
}

/** An ordered stage list with its resolver. */
export interface StageScheme {
  /** The stages in order; the last one is the won stage. */
  readonly stages: readonly SchemeStage[];
  /** The terminal lost outcome's display name. */
  readonly lostName: Bilingual;
  /**
   * Resolves whatever the user typed (name, short name, id, number 1..n, won/lost words; case,
   * full-width characters and surrounding spaces ignored) to a position. An unknown label is a
   * VALUE error whose message names the label. Must be fast: it runs once per cell of large ranges.
   */
  resolve(label: unknown): Result<StagePosition>;
}

/** The one lost position, shared by every scheme. */
export const LOST_POSITION: StagePosition = Object.freeze({ kind: "lost" });

/**
 * Words that mean "won" in any scheme (compared after {@link normaliseLabel}): the deck's and Chinese
 * CRMs' words, Salesforce's "Closed Won", HubSpot's internal id closedwon, Dynamics' status reason Won.
 * Variants such as "Closed - Won" or "closed_won" normalise to one of these; a trailing percentage
 * ("Won (100%)") is ignored (see {@link outcomeOfLabel}).
 */
export const WON_WORDS: readonly string[] = Object.freeze(
  [
    "成交",
    "成交客户",
    "已成交",
    "赢单",
    "已赢单",
    "赢",
    "关闭-赢单",
    "关闭-成交",
    "Won",
    "Closed Won",
    "closedwon",
    "Deal won",
    "Win",
  ].map(normaliseLabel),
);

/**
 * Words that mean "lost" in any scheme (compared after {@link normaliseLabel}): the deck's and Chinese
 * CRMs' words (丢单, 输单, 失单, 已丢单, 关闭-丢单, 失败, 放弃 …), Salesforce's "Closed Lost", HubSpot's
 * internal id closedlost, Zoho's "Closed Lost to Competition", and Dynamics' status reasons Lost,
 * Canceled and Out-Sold.
 */
export const LOST_WORDS: readonly string[] = Object.freeze(
  [
    "丢单",
    "已丢单",
    "输单",
    "已输单",
    "失单",
    "已失单",
    "丢失",
    "失败",
    "放弃",
    "已放弃",
    "输",
    "关闭-丢单",
    "关闭-输单",
    "关闭-失败",
    "Lost",
    "Closed Lost",
    "closedlost",
    "Closed Lost to Competition",
    "Deal lost",
    "Lose",
    "Canceled",
    "Cancelled",
    "Out-Sold",
    "Outsold",
  ].map(normaliseLabel),
);

const WON_KEYS: ReadonlySet<string> = new Set(WON_WORDS);
const LOST_KEYS: ReadonlySet<string> = new Set(LOST_WORDS);

/** A trailing percentage in brackets, as CRMs print a stage's probability: "Won (100%)", "Lost（0%）". */
const PERCENT_SUFFIX = /\s*[(（]\s*\d+(?:\.\d+)?\s*[%％]\s*[)）]$/u;

/**
 * The key of a normalised label without a trailing bracketed percentage ("won (100%)" → "won"); the key
 * itself when it has none.
 * @example withoutPercent("closed won (100%)") // "closed won"
 */
export function withoutPercent(key: string): string {
  return PERCENT_SUFFIX.test(key) ? key.replace(PERCENT_SUFFIX, "") : key;
}

/**
 * Whether a label is a won word or a lost word (after {@link normaliseLabel}, a trailing "(100%)" /
 * "(0%)" ignored); `undefined` for any other label.
 * @example outcomeOfLabel("Closed - Won") // "won"
 * @example outcomeOfLabel("closedlost") // "lost"
 * @example outcomeOfLabel("Won (100%)") // "won"
 * @example outcomeOfLabel("Prospecting") // undefined
 */
export function outcomeOfLabel(label: string): "won" | "lost" | undefined {
  const key = withoutPercent(normaliseLabel(label));
  if (WON_KEYS.has(key)) return "won";
  if (LOST_KEYS.has(key)) return "lost";
  return undefined;
}

/** Distinct raw strings a resolver remembers before it starts over (bounds memory on unique labels). */
const CACHE_LIMIT = 4096;

type Resolution = Result<StagePosition>;

const frozenFailure = (error: FunnelError): Resolution =>
  Object.freeze({ ok: false, error: Object.freeze(error) });
const failure = (message: Bilingual): Resolution => frozenFailure({ code: "VALUE", message });

const BLANK_STAGE = failure({ zh: "阶段为空（blank stage）。", en: "Blank stage." });
const ERROR_STAGE = failure({
  zh: "阶段单元格是错误值，请先修正它。",
  en: "The stage cell holds an error; fix that cell first.",
});
const BOOLEAN_STAGE = failure({
  zh: "TRUE/FALSE 不是阶段：请输入阶段名称或序号。",
  en: "TRUE/FALSE is not a stage: enter a stage name or number.",
});

/** What a label points at: a stage index, or the lost outcome. */
export type LabelMeaning = number | "lost";

/**
 * Builds a scheme whose resolver maps each label (raw and normalised) to a shared frozen result.
 * Used by the default scheme here and by user lists (stageList.ts).
 * @example buildScheme(stages, { zh: "丢单", en: "Lost" }, [["won", 1]], { zh: "…", en: "…" })
 */
export function buildScheme(
  stages: readonly SchemeStage[],
  lostName: Bilingual,
  labels: Iterable<readonly [string, LabelMeaning]>,
  accepted: Bilingual,
): StageScheme {
  const last = stages.length - 1;
  const results: Resolution[] = stages.map((_, index) =>
    Object.freeze({
      ok: true as const,
      value: Object.freeze(
        index === last ? { kind: "won" as const, index } : { kind: "open" as const, index },
      ),
    }),
  );
  const lostResult: Resolution = Object.freeze({ ok: true as const, value: LOST_POSITION });
  const table = new Map<string, Resolution>();
  const add = (label: string, result: Resolution) => {
    for (const key of [label, normaliseLabel(label)])
      if (key !== "" && !table.has(key)) table.set(key, result);
  };
  for (const [label, target] of labels) add(label, target === "lost" ? lostResult : results[target]);
  results.forEach((result, index) => add(String(index + 1), result));
  for (const word of WON_WORDS) add(word, results[last]);
  for (const word of LOST_WORDS) add(word, lostResult);

  const unknown = (shown: string): Resolution =>
    failure({
      zh: `未知阶段“${shown}”。可用：${accepted.zh}`,
      en: `Unknown stage “${shown}”. Accepted: ${accepted.en}`,
    });
  const cache = new Map<string, Resolution>();
  const resolve = (label: unknown): Resolution => {
    if (typeof label === "string") {
      const hit = table.get(label) ?? cache.get(label);
      if (hit !== undefined) return hit;
      const key = normaliseLabel(label);
      const found =
        key === ""
          ? BLANK_STAGE
          : (table.get(key) ?? table.get(withoutPercent(key)) ?? unknown(displayValue(label)));
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(label, found);
      return found;
    }
    if (typeof label === "number") {
      if (Number.isInteger(label) && label >= 1 && label <= stages.length) return results[label - 1];
      return unknown(displayValue(label));
    }
    if (label === null || label === undefined) return BLANK_STAGE;
    if (typeof label === "boolean") return BOOLEAN_STAGE;
    if (label instanceof Error) return ERROR_STAGE;
    return unknown(displayValue(label));
  };
  return Object.freeze({ stages: Object.freeze([...stages]), lostName, resolve });
}

/** English aliases beyond each stage's names and id (our choice, not in source). */
const DEFAULT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  target: ["Target customer"],
  prospect: ["Prospective customer", "Potential customer", "Potential"],
  intent: ["Interested customer", "Intention"],
  project: ["Established", "Approved project"],
  acknowledged: ["Acknowledged customer", "Acknowledgement", "Approval", "Short list", "Short-listed"],
  negotiation: ["Negotiating", "Negotiate"],
};

/**
 * The stages' earlier English names and short names, which workbooks made before the rename hold: still read,
 * never written, so that no workbook breaks.
 * Tested surface: exported for its tests.
 */
export const EARLIER_ENGLISH_NAMES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  target: ["Target"],
  intent: ["Intent"],
  project: ["Project established", "Project"],
  acknowledged: ["Acknowledged"],
  won: ["Won"],
});

function defaultLabels(): [string, LabelMeaning][] {
  return STAGES.flatMap((stage, index) =>
    [
      stage.id,
      stage.name.zh,
      stage.shortName.zh,
      `${stage.shortName.zh}阶段`,
      `${stage.name.zh}阶段`,
      stage.name.en,
      stage.shortName.en,
      ...(DEFAULT_ALIASES[stage.id] ?? []),
      ...(EARLIER_ENGLISH_NAMES[stage.id] ?? []),
    ].map((label): [string, LabelMeaning] => [label, index]),
  ).concat([
    [LOST.name.zh, "lost"],
    [LOST.name.en, "lost"],
    [LOST.id, "lost"],
  ]);
}

/**
 * The deck's seven stages (目标 → 成交) with {@link DEFAULT_PROBABILITIES}. `resolve` accepts full
 * names (目标客户), short names (目标), "目标阶段" / "目标客户阶段", English names and ids (Target account,
 * prospect, Project approved, Shortlisted …) and the earlier English names (Target, Intent, Project
 * established, Acknowledged), numbers 1–7 (7 is won), won words (成交, 赢单,
 * Won, Closed Won, Win …) and lost words (丢单, 输单, Lost, Closed Lost, Lose …); case, full-width
 * characters, hyphens/underscores and extra spaces are ignored.
 */
export const DEFAULT_SCHEME: StageScheme = buildScheme(
  STAGES.map((stage) =>
    Object.freeze({ key: stage.id, name: stage.name, probability: stage.defaultProbability }),
  ),
  LOST.name,
  defaultLabels(),
  {
    zh: "阶段名称（目标客户、目标、目标阶段…）、英文名或代码（Target account、prospect…）、序号 1–7、成交（赢单、Won）或丢单（Lost）。",
    en: "a stage name (目标客户, 目标, 目标阶段 …), its English name or id (Target account, prospect, Project approved …), a number 1–7, a won word (成交, Won, Closed Won) or a lost word (丢单, Lost, Closed Lost).",
  },
);

/**
 * The probability of winning from a position: 1 when won, 0 when lost, else the stage's probability.
 * @throws RangeError when an open index is outside the scheme (a programming error).
 * @example probabilityOf({ kind: "open", index: 4 }, DEFAULT_SCHEME) // 0.55
 */
export function probabilityOf(position: StagePosition, scheme: StageScheme): number {
  if (position.kind === "won") return 1;
  if (position.kind === "lost") return 0;
  const stage = scheme.stages[position.index];
  if (!stage) throw new RangeError(`No stage at index ${position.index}`);
  return stage.probability;
}

/**
 * Whether a deal is still open (neither won nor lost).
 * Tested surface: exported for its tests.
 * @example isOpen({ kind: "open", index: 2 }) // true
 */
export function isOpen(
  position: StagePosition,
): position is { readonly kind: "open"; readonly index: number } {
  return position.kind === "open";
}

/**
 * The 0-based index of the furthest stage the position shows a deal reached: its stage when open, the
 * last stage when won, `null` when lost (how far a lost deal got is not in its position).
 * Tested surface: exported for its tests.
 * @example stageIndexReached({ kind: "won", index: 6 }) // 6
 * @example stageIndexReached(LOST_POSITION) // null
 */
export function stageIndexReached(position: StagePosition): number | null {
  return position.kind === "lost" ? null : position.index;
}

/**
 * The scheme's shared position for a 0-based stage index (the last index is won).
 * @throws RangeError when the index is outside the scheme (a programming error).
 * @example positionAt(DEFAULT_SCHEME, 6) // { kind: "won", index: 6 }
 */
export function positionAt(scheme: StageScheme, index: number): StagePosition {
  const result = scheme.resolve(index + 1);
  if (!result.ok) throw new RangeError(`No stage at index ${index}`);
  return result.value;
}
