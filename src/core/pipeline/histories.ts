/**
 * The stage history of repeated deal ids: rows sharing a deal-id cell are one deal, its rows ordered
 * by stage-entered (stage-change) date when every row has one (ties, and otherwise, by row order); the
 * last is the current deal. Opportunity names repeat across customers too often to merge rows by name.
 *
 * The current deal carries what the history shows: `reachedIndex`, the furthest stage of any of its
 * rows (or dated in them); and, when it is lost without a lost-at cell, `lostAtIndex`, the last open
 * stage before the loss.
 */
import type { Deal } from "./types";

/** Orders a repeated deal's rows: by stage-entered date when all have one, else by row. */
function historyOrder(deals: Deal[]): Deal[] {
  if (deals.some((deal) => deal.stageEntered === null)) return deals;
  return [...deals].sort((a, b) => (a.stageEntered as number) - (b.stageEntered as number) || a.row - b.row);
}

/**
 * The current deal of a history (its last row), with the furthest stage the history shows as
 * `reachedIndex` and, for a deal lost without a lost-at cell, the last open stage before the loss as
 * `lostAtIndex` (an earlier lost row's lost-at cell, if it comes first going back). The last row itself
 * when that changes nothing.
 * @example historyCurrent([open(2), open(4), lost]) // the lost row, with lostAtIndex 4 and reachedIndex 4
 */
export function historyCurrent(history: readonly Deal[]): Deal {
  const current = history[history.length - 1];
  let reached = -1;
  for (const row of history) {
    const stage = row.position.kind === "lost" ? (row.lostAtIndex ?? -1) : row.position.index;
    reached = Math.max(reached, stage, row.reachedIndex ?? -1);
  }
  let lostAtIndex = current.lostAtIndex;
  if (current.position.kind === "lost" && lostAtIndex === null) {
    for (let i = history.length - 2; i >= 0; i--) {
      const position = history[i].position;
      if (position.kind === "won") break;
      if (position.kind === "open" || history[i].lostAtIndex !== null) {
        lostAtIndex = position.kind === "open" ? position.index : history[i].lostAtIndex;
        break;
      }
    }
  }
  const reachedIndex = reached < 0 ? null : reached;
  if (lostAtIndex === current.lostAtIndex && reachedIndex === (current.reachedIndex ?? null)) return current;
  return { ...current, lostAtIndex, reachedIndex };
}

/**
 * The current deals, in row order of each deal's first row, and the histories of repeated deal ids.
 * `used` are the deals of the rows used, in row order; `idGroups` the rows sharing a deal id
 * (repeats.ts; rows not used among them are passed over). Without a history, `deals` is `used`; a
 * history's current deal is {@link historyCurrent}.
 * @example dealHistories([d0, d1, d2], [[0, 2]]) // { deals: [d2 or d0 (the later by stage date), d1], histories: [[d0, d2]] }
 */
export function dealHistories(
  used: readonly Deal[],
  idGroups: readonly (readonly number[])[],
): { deals: readonly Deal[]; histories: Deal[][] } {
  if (idGroups.length === 0) return { deals: used, histories: [] };
  const groupOfRow = new Map<number, number>();
  idGroups.forEach((rows, group) => rows.forEach((row) => groupOfRow.set(row, group)));
  const members: Deal[][] = idGroups.map(() => []);
  for (const deal of used) {
    const group = groupOfRow.get(deal.row);
    if (group !== undefined) members[group].push(deal);
  }
  const historyOf = new Map<number, Deal[]>();
  members.forEach((deals, group) => {
    if (deals.length > 1) historyOf.set(group, historyOrder(deals));
  });
  if (historyOf.size === 0) return { deals: used, histories: [] };
  const deals: Deal[] = [];
  const histories: Deal[][] = [];
  for (const deal of used) {
    const group = groupOfRow.get(deal.row);
    const history = group === undefined ? undefined : historyOf.get(group);
    if (history === undefined) deals.push(deal);
    else if (members[group as number][0] === deal) {
      histories.push(history);
      deals.push(historyCurrent(history));
    }
  }
  return { deals, histories };
}
