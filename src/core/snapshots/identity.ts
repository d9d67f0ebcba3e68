/**
 * Deal identity across two snapshots (商机对应): a deal is the same deal when its deal id is the same
 * (ids compared as the reader compares them: text trimmed, a number as its text), else — for rows without
 * an id on either side — when its opportunity and customer are the same after normaliseLabel (case,
 * full-width characters, spaces). Two rows with different ids are never paired by name.
 *
 * Nothing is guessed: a name several rows share (in either snapshot) pairs none of them, and each such row
 * is listed as ambiguous with the reason; a row with neither an id nor an opportunity name is listed as
 * having no identity; a row whose partner is absent is listed as absent. The bridge counts unpaired open
 * deals as removed (before) or new (after), so every figure reconciles, and the lists say why. A deal id on
 * several rows of one snapshot is one deal (the reader keeps its latest row), noted.
 */
import { type Bilingual, normaliseLabel } from "../kernel";
import type { Deal, PipelineRead } from "../pipeline";
import type { DealPairing, MatchedDeal, SnapshotNote, UnpairedDeal } from "./types";

/** "row N" as the reader names a row without an id or a name. */
const ROW_NAME = /^row \d+$/;

/**
 * The deal id a row of `read` carries, `null` when the table has no deal-id column or the row's id cell is
 * blank (the reader then names the deal by its opportunity or its row). An id cell that reads exactly as
 * the opportunity name cannot be told from that fallback: such a deal is paired by its name.
 * @example dealIdOf(read, deal) // "D-1042"
 */
export function dealIdOf(read: Pick<PipelineRead, "mapping">, deal: Deal): string | null {
  if (read.mapping.dealId === undefined) return null;
  if (deal.opportunity !== null && deal.id === deal.opportunity) return null;
  if (deal.opportunity === null && ROW_NAME.test(deal.id)) return null;
  return deal.id;
}

/**
 * The name key of a deal: opportunity + customer, each normalised (normaliseLabel); `null` without an
 * opportunity name.
 * @example nameKeyOf({ opportunity: " ERP 二期 ", customer: "ＡＣＭＥ" }) // "erp 二期|acme"
 */
export function nameKeyOf(deal: Pick<Deal, "opportunity" | "customer">): string | null {
  if (deal.opportunity === null || deal.opportunity.trim() === "") return null;
  return `${normaliseLabel(deal.opportunity)}|${normaliseLabel(deal.customer ?? "")}`;
}

const describe = (deal: Deal): string =>
  deal.customer === null ? `“${deal.id}”` : `“${deal.id}”（${deal.customer}）`;
const describeEn = (deal: Deal): string =>
  deal.customer === null ? `“${deal.id}”` : `“${deal.id}” (${deal.customer})`;

const SIDE: Record<"before" | "after", Bilingual> = {
  before: { zh: "前一快照", en: "the earlier snapshot" },
  after: { zh: "后一快照", en: "the later snapshot" },
};

function ambiguous(deal: Deal, side: "before" | "after", count: number): UnpairedDeal {
  return {
    deal,
    side,
    kind: "ambiguous",
    reason: {
      zh: `${describe(deal)}没有商机编号，而同名同客户的商机有 ${count} 个，无法确定对应哪一个；请给商机编号。`,
      en: `${describeEn(deal)} has no deal id and ${count} deals share its name and customer, so it cannot be told apart; give the deals ids.`,
    },
  };
}

function absent(deal: Deal, side: "before" | "after"): UnpairedDeal {
  const other = SIDE[side === "before" ? "after" : "before"];
  return {
    deal,
    side,
    kind: "absent",
    reason: {
      zh: `${describe(deal)}在${other.zh}中找不到（编号、名称和客户都对不上）。`,
      en: `${describeEn(deal)} is not in ${other.en} (no row has its id, or its name and customer).`,
    },
  };
}

function noIdentity(deal: Deal, side: "before" | "after"): UnpairedDeal {
  return {
    deal,
    side,
    kind: "noIdentity",
    reason: {
      zh: `${SIDE[side].zh}的${deal.id}既没有商机编号也没有商机名称，无法与其他快照对应。`,
      en: `${deal.id} of ${SIDE[side].en} has neither a deal id nor an opportunity name, so it cannot be followed across snapshots.`,
    },
  };
}

/** Groups deals by a key; deals without one are returned apart. */
function groupBy(deals: readonly Deal[], key: (deal: Deal) => string | null) {
  const groups = new Map<string, Deal[]>();
  const keyless: Deal[] = [];
  for (const deal of deals) {
    const k = key(deal);
    if (k === null) {
      keyless.push(deal);
      continue;
    }
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [deal]);
    else group.push(deal);
  }
  return { groups, keyless };
}

/**
 * Pairs the deals of two snapshots (see the module notes): by deal id, then by opportunity + customer for
 * rows without an id on either side; every row not paired is listed with its reason.
 * @example pairDeals(january.read, march.read).matched.length // the deals found in both
 */
export function pairDeals(before: PipelineRead, after: PipelineRead): DealPairing {
  const matched: MatchedDeal[] = [];
  const unpaired: UnpairedDeal[] = [];
  const notes: SnapshotNote[] = [];
  // Ids: the reader keeps one deal per id, so an id is unique within a snapshot.
  const byIdAfter = new Map<string, Deal>();
  for (const deal of after.deals) {
    const id = dealIdOf(after, deal);
    if (id !== null) byIdAfter.set(id, deal);
  }
  const pairedAfter = new Set<Deal>();
  const beforeRest: Deal[] = [];
  for (const deal of before.deals) {
    const id = dealIdOf(before, deal);
    const partner = id === null ? undefined : byIdAfter.get(id);
    if (id !== null && partner !== undefined) {
      matched.push({ key: id, rule: "id", before: deal, after: partner });
      pairedAfter.add(partner);
    } else beforeRest.push(deal);
  }
  const afterRest = after.deals.filter((deal) => !pairedAfter.has(deal));
  const hasIdBefore = new Set(beforeRest.filter((deal) => dealIdOf(before, deal) !== null));
  const hasIdAfter = new Set(afterRest.filter((deal) => dealIdOf(after, deal) !== null));
  const sideBefore = groupBy(beforeRest, nameKeyOf);
  const sideAfter = groupBy(afterRest, nameKeyOf);
  const done = new Set<Deal>();
  for (const [key, group] of sideBefore.groups) {
    const others = sideAfter.groups.get(key) ?? [];
    // Candidates: pairs where at least one side has no id (two different ids are two deals).
    const candidatesBefore = group.filter(
      (deal) => !hasIdBefore.has(deal) || others.some((o) => !hasIdAfter.has(o)),
    );
    const candidatesAfter = others.filter(
      (deal) => !hasIdAfter.has(deal) || group.some((g) => !hasIdBefore.has(g)),
    );
    if (candidatesBefore.length === 0 || candidatesAfter.length === 0) continue;
    if (candidatesBefore.length === 1 && candidatesAfter.length === 1) {
      matched.push({ key, rule: "name", before: candidatesBefore[0], after: candidatesAfter[0] });
      done.add(candidatesBefore[0]).add(candidatesAfter[0]);
      continue;
    }
    const count = Math.max(candidatesBefore.length, candidatesAfter.length);
    for (const deal of candidatesBefore) unpaired.push(ambiguous(deal, "before", count));
    for (const deal of candidatesAfter) unpaired.push(ambiguous(deal, "after", count));
    for (const deal of [...candidatesBefore, ...candidatesAfter]) done.add(deal);
    notes.push({ kind: "ambiguous", message: ambiguous(candidatesBefore[0], "before", count).reason });
  }
  for (const [side, rest, grouped, read] of [
    ["before", beforeRest, sideBefore, before],
    ["after", afterRest, sideAfter, after],
  ] as const) {
    const keylessRows = new Set(grouped.keyless);
    for (const deal of rest) {
      if (done.has(deal)) continue;
      const keyless = dealIdOf(read, deal) === null && keylessRows.has(deal);
      unpaired.push(keyless ? noIdentity(deal, side) : absent(deal, side));
    }
  }
  for (const [read, side] of [
    [before, SIDE.before],
    [after, SIDE.after],
  ] as const) {
    for (const rows of read.histories) {
      const id = rows[rows.length - 1].id;
      notes.push({
        kind: "duplicateId",
        message: {
          zh: `${side.zh}中商机编号“${id}”出现在 ${rows.length} 行，按最新一行计。`,
          en: `In ${side.en}, deal id “${id}” is on ${rows.length} rows; its latest row is used.`,
        },
      });
    }
  }
  const keyless = unpaired.filter((entry) => entry.kind === "noIdentity").length;
  if (keyless > 0) {
    notes.push({
      kind: "noIdentity",
      message: {
        zh: `${keyless} 行既没有商机编号也没有商机名称，无法跨快照对应。`,
        en: `${keyless} row(s) have neither a deal id nor an opportunity name and cannot be followed across snapshots.`,
      },
    });
  }
  return { matched, unpaired, notes };
}
