/**
 * The stage history of repeated deal ids: rows sharing a deal-id cell are one deal, its rows ordered
 * by stage-entered date when every row has one (ties, and otherwise, by row order); the last is the
 * current deal. Opportunity names repeat across customers too often to merge rows by name.
 */
import type { Deal } from "./types";

/** Orders a repeated deal's rows: by stage-entered date when all have one, else by row. */
function historyOrder(deals: Deal[]): Deal[] {
  if (deals.some((deal) => deal.stageEntered === null)) return deals;
  return [...deals].sort((a, b) => (a.stageEntered as number) - (b.stageEntered as number) || a.row - b.row);
}

/**
 * The current deals, in row order of each deal's first row, and the histories of repeated deal ids.
 * `used` are the deals of the rows used, in row order; `idGroups` the rows sharing a deal id
 * (repeats.ts; rows not used among them are passed over). Without a history, `deals` is `used`.
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
      deals.push(history[history.length - 1]);
    }
  }
  return { deals, histories };
}
