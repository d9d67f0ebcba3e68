/**
 * What FUNNEL.BRIDGE and FUNNEL.PUSHCOUNT read and answer: pipeline tables and snapshot history tables read
 * with their header rows (as the pane reads them, core/pipeline and core/snapshots), the bridge as spilled
 * rows, and push counts per deal id.
 */
import { type Bilingual, bilingual, type Language, normaliseLabel } from "../core/kernel";
import { readPipeline } from "../core/pipeline";
import {
  BRIDGE_ENDS,
  MOVEMENT_NAMES,
  type PipelineBridge,
  pushCounts,
  readSnapshotTable,
  type Snapshot,
  snapshotOf,
} from "../core/snapshots";
import type { StageScheme } from "../core/stages";
import { argumentText, type CellList } from "./args";
import { stopWith, unwrap } from "./errors";
import { type Choice, wordChoice } from "./options";
import type { TableArgument } from "./tables";

/**
 * A pipeline table argument as a snapshot (its date does not matter to a bridge); a table core cannot read
 * (no stage column …) stops the call naming the argument and saying what to fix.
 * @example readSnapshot({ header: ["Stage", "Amount"], rows: [["谈判", 100]] }, "before", DEFAULT_SCHEME).read.deals.length // 1
 */
export function readSnapshot(table: TableArgument, name: string, scheme: StageScheme): Snapshot {
  const read = unwrap(readPipeline(table, { scheme }), argumentText(name));
  return snapshotOf(0, read, name);
}

/** Which columns FUNNEL.BRIDGE spills after the movement. */
export type BridgeColumns = "both" | "count" | "amount";

const MEASURE_WORDS: ReadonlyMap<string, BridgeColumns> = new Map<string, BridgeColumns>([
  ...["both", "all", "全部", "两者"].map((w) => [normaliseLabel(w), "both"] as const),
  ...["count", "deals", "数量", "商机数"].map((w) => [normaliseLabel(w), "count"] as const),
  ...["amount", "金额"].map((w) => [normaliseLabel(w), "amount"] as const),
]);

/**
 * FUNNEL.BRIDGE's `measure`: both (the default: deals and amount), count (deals only) or amount.
 * @example readChoice("金额", "measure", BRIDGE_MEASURES) // "amount"
 */
export const BRIDGE_MEASURES: Choice<BridgeColumns> = wordChoice(MEASURE_WORDS, "both", {
  en: "both (deals and amount, the default), count or amount",
  zh: "both（商机数和金额，默认）、count（商机数）或 amount（金额）",
});

const HEADER: Record<"movement" | "count" | "amount", Bilingual> = {
  movement: bilingual("变动", "Movement"),
  count: bilingual("商机数", "Deals"),
  amount: bilingual("金额", "Amount"),
};

/**
 * The bridge as spilled rows: a header, the pipeline at the start, each movement (deals in it, the amount it
 * adds — negative when deals leave), the pipeline at the end; in `language`, with the columns of `measure`.
 * @example bridgeRows(bridge, "en", "both")[1] // ["Pipeline at start", 6, 1560]
 */
export function bridgeRows(
  bridge: PipelineBridge,
  language: Language,
  measure: BridgeColumns,
): (string | number)[][] {
  const pick = (name: string, count: number | string, amount: number | string): (string | number)[] =>
    measure === "count" ? [name, count] : measure === "amount" ? [name, amount] : [name, count, amount];
  const header = pick(HEADER.movement[language], HEADER.count[language], HEADER.amount[language]);
  return [
    header,
    pick(BRIDGE_ENDS.start[language], bridge.start.count, bridge.start.amount),
    ...bridge.movements.map((m) => pick(MOVEMENT_NAMES[m.kind][language], m.count, m.amount)),
    pick(BRIDGE_ENDS.end[language], bridge.end.count, bridge.end.amount),
  ];
}

/**
 * Checks FUNNEL.BRIDGE's period: both ends or neither.
 * @example checkPeriodEnds(45839, null) // stops: give periodEnd too
 */
export function checkPeriodEnds(start: number | null, end: number | null): void {
  if ((start === null) === (end === null)) return;
  const missing = argumentText(start === null ? "periodStart" : "periodEnd");
  stopWith("VALUE", {
    en: `${missing.en} is blank: give both ends of the period, or neither to bridge the whole open pipeline.`,
    zh: `${missing.zh}为空：请同时给出期间的开始和结束日期，或都不填以比较全部进行中管线。`,
  });
}

/**
 * How many times each deal id's expected close date moved later across the snapshots of a history table
 * (core's pushCounts): one number per cell of `dealIds`, "" for a blank cell, 0 for a deal never pushed
 * (or not in the history). Ids are compared as the reader compares them: trimmed text, a number as its text.
 * @example pushCountColumn(table, readList([["D-1"], [""]], "dealIds"), DEFAULT_SCHEME) // [[2], [""]]
 */
export function pushCountColumn(
  table: TableArgument,
  dealIds: CellList,
  scheme: StageScheme,
): (number | string)[][] {
  const read = unwrap(readSnapshotTable(table, { scheme }), argumentText("history"));
  const pushes = new Map(pushCounts(read.history).map((count) => [count.key, count.pushes]));
  const answer: (number | string)[][] = [];
  for (let i = 0; i < dealIds.length; i++) {
    const id = dealIds.valueAt(i);
    if (id === null) answer.push([""]);
    else answer.push([pushes.get(typeof id === "string" ? id.trim() : String(id)) ?? 0]);
  }
  return answer;
}
