/**
 * The bridge per owner (负责人): each owner's open pipeline at A, its movements and its open pipeline at B,
 * reconciling for every owner. A deal belongs to its owner at B (its current owner), else — removed — to
 * its owner at A; so a deal handed from one owner to another is in its new owner's start as well as end,
 * and the owners' starts add up to the whole bridge's start.
 */
import { ok, type Result } from "../kernel";
import { UNASSIGNED_OWNER } from "../metrics";
import type { Deal } from "../pipeline";
import { type BridgeOptions, bridgeOfPairing, bridgePeriodOf, type PipelineBridge } from "./bridge";
import { pairDeals } from "./identity";
import type { DealPairing, MatchedDeal, Snapshot, UnpairedDeal } from "./types";

/** One owner's bridge. */
export interface OwnerBridge {
  /** The owner as written in the table; {@link UNASSIGNED_OWNER} ("") for deals without one. */
  readonly owner: string;
  readonly bridge: PipelineBridge;
}

interface OwnerDeals {
  readonly matched: MatchedDeal[];
  readonly unpaired: UnpairedDeal[];
  readonly before: Deal[];
  readonly after: Deal[];
}

/**
 * The bridge of each owner (see the module notes), owners in order of name, unassigned last. Same failures
 * as pipelineBridge.
 * @example ownerBridges(january, march).value.map((o) => o.owner) // ["李雷", "王芳", ""]
 */
export function ownerBridges(
  before: Pick<Snapshot, "read">,
  after: Pick<Snapshot, "read">,
  options: BridgeOptions = {},
): Result<OwnerBridge[]> {
  const checked = bridgePeriodOf(before, after, options);
  if (!checked.ok) return checked;
  const period = checked.value;
  const pairing: DealPairing = options.pairing ?? pairDeals(before.read, after.read);
  const owners = new Map<string, OwnerDeals>();
  const of = (owner: string | null): OwnerDeals => {
    const key = owner ?? UNASSIGNED_OWNER;
    let found = owners.get(key);
    if (found === undefined) owners.set(key, (found = { matched: [], unpaired: [], before: [], after: [] }));
    return found;
  };
  for (const match of pairing.matched) {
    const deals = of(match.after.owner);
    deals.matched.push(match);
    deals.before.push(match.before);
    deals.after.push(match.after);
  }
  for (const entry of pairing.unpaired) {
    const deals = of(entry.deal.owner);
    deals.unpaired.push(entry);
    (entry.side === "before" ? deals.before : deals.after).push(entry.deal);
  }
  const names = [...owners.keys()].sort((a, b) =>
    a === UNASSIGNED_OWNER ? 1 : b === UNASSIGNED_OWNER ? -1 : a.localeCompare(b),
  );
  return ok(
    names.map((owner) => {
      const deals = owners.get(owner) as OwnerDeals;
      const own: DealPairing = { matched: deals.matched, unpaired: deals.unpaired, notes: [] };
      return { owner, bridge: bridgeOfPairing(own, period, deals.before, deals.after) };
    }),
  );
}
