/**
 * Stage moves (阶段流转) between two snapshots: a matrix of where deals stood at A (new, reopened, or an
 * open stage) against where they stand at B (an open stage, won, lost, or removed), the counts of forward,
 * backward and skipped moves, and the same as the nodes and links of a Sankey diagram.
 *
 * - A deal open at A and at B at the same stage stayed; at a later stage it moved forward, at an earlier
 *   one backward. Won counts as the last stage: won from 谈判 is forward, won from 意向 is forward and skips.
 * - A forward move skipped when it passed over a stage (from stage i to stage j > i + 1).
 * - Deals closed at A and closed at B (or gone) did not move and are not counted.
 */
import { type Bilingual, bilingual } from "../kernel";
import type { Deal } from "../pipeline";
import type { StageScheme } from "../stages";
import { pairDeals } from "./identity";
import type { DealPairing, Snapshot } from "./types";

/** Where a deal stood at A: the row of the matrix. */
export type MoveOrigin = "new" | "reopened" | number;
/** Where a deal stands at B: the column of the matrix. */
export type MoveDestination = number | "won" | "lost" | "removed";

/** The moves between two snapshots. */
export interface StageMoves {
  /** The matrix's rows: new, reopened, then the open stages (0-based indexes). */
  readonly origins: readonly MoveOrigin[];
  /** The matrix's columns: the open stages, won, lost, removed. */
  readonly destinations: readonly MoveDestination[];
  /** counts[row][column]: how many deals moved from the origin to the destination. */
  readonly counts: readonly (readonly number[])[];
  /** amounts[row][column]: their amounts at B (at A for removed deals), blank as 0. */
  readonly amounts: readonly (readonly number[])[];
  readonly stayed: number;
  readonly forward: number;
  readonly backward: number;
  /** Forward moves that passed over at least one stage (also counted in `forward`). */
  readonly skipped: number;
  readonly sankey: Sankey;
}

/** A Sankey diagram's data: nodes (stages at A on the left, at B on the right) and the links between them. */
export interface Sankey {
  readonly nodes: readonly {
    readonly id: string;
    readonly name: Bilingual;
    readonly side: "before" | "after";
  }[];
  readonly links: readonly {
    readonly source: string;
    readonly target: string;
    readonly count: number;
    readonly amount: number;
  }[];
}

const ORIGIN_NAMES = { new: bilingual("新增", "New"), reopened: bilingual("重新打开", "Reopened") };
const DESTINATION_NAMES = { removed: bilingual("移除", "Removed") };

/**
 * The stage moves from A to B (see the module notes).
 * @example stageMoves(january, march, DEFAULT_SCHEME).forward // deals that advanced
 */
export function stageMoves(
  before: Pick<Snapshot, "read">,
  after: Pick<Snapshot, "read">,
  scheme: StageScheme,
  pairing: DealPairing = pairDeals(before.read, after.read),
): StageMoves {
  const last = scheme.stages.length - 1;
  const open = Array.from({ length: last }, (_, k) => k);
  const origins: MoveOrigin[] = ["new", "reopened", ...open];
  const destinations: MoveDestination[] = [...open, "won", "lost", "removed"];
  const counts = origins.map(() => destinations.map(() => 0));
  const amounts = origins.map(() => destinations.map(() => 0));
  let [stayed, forward, backward, skipped] = [0, 0, 0, 0];
  const add = (origin: MoveOrigin, deal: Deal, destination: MoveDestination) => {
    const row = origins.indexOf(origin);
    const column = destinations.indexOf(destination);
    counts[row][column] += 1;
    amounts[row][column] += deal.amount ?? 0;
    if (typeof origin !== "number" || destination === "lost" || destination === "removed") return;
    const to = destination === "won" ? last : destination;
    if (to === origin) stayed += 1;
    else if (to < origin) backward += 1;
    else {
      forward += 1;
      if (to > origin + 1) skipped += 1;
    }
  };
  const where = (deal: Deal): MoveDestination =>
    deal.position.kind === "open" ? deal.position.index : deal.position.kind;
  for (const { before: a, after: b } of pairing.matched) {
    if (a.position.kind === "open") add(a.position.index, b, where(b));
    else if (b.position.kind === "open") add("reopened", b, where(b));
  }
  for (const { deal, side } of pairing.unpaired) {
    if (side === "after") add("new", deal, where(deal));
    else if (deal.position.kind === "open") add(deal.position.index, deal, "removed");
  }
  return { origins, destinations, counts, amounts, stayed, forward, backward, skipped, sankey: sankeyOf() };

  function sankeyOf(): Sankey {
    const originId = (o: MoveOrigin) => `A:${o}`;
    const destinationId = (d: MoveDestination) => `B:${d}`;
    const stageName = (k: number) => scheme.stages[k].name;
    const nameOf = (d: MoveDestination): Bilingual =>
      d === "won"
        ? scheme.stages[last].name
        : d === "lost"
          ? scheme.lostName
          : d === "removed"
            ? DESTINATION_NAMES.removed
            : stageName(d);
    const nodes = [
      ...origins.map((o) => ({
        id: originId(o),
        name: typeof o === "number" ? stageName(o) : ORIGIN_NAMES[o],
        side: "before" as const,
      })),
      ...destinations.map((d) => ({ id: destinationId(d), name: nameOf(d), side: "after" as const })),
    ];
    const links = [];
    for (let r = 0; r < origins.length; r++) {
      for (let c = 0; c < destinations.length; c++) {
        if (counts[r][c] === 0) continue;
        links.push({
          source: originId(origins[r]),
          target: destinationId(destinations[c]),
          count: counts[r][c],
          amount: amounts[r][c],
        });
      }
    }
    const used = new Set(links.flatMap((link) => [link.source, link.target]));
    return { nodes: nodes.filter((node) => used.has(node.id)), links };
  }
}
