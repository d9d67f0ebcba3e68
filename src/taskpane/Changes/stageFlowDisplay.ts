/**
 * The flow of stage moves from snapshot A to snapshot B (core's stageMoves sankey) as the pane draws it: A's nodes
 * in a column on the left, B's on the right, each named with its deals in the pane's language; a band from each
 * node at A to each node at B its deals moved to, as wide (at each end) as its share of that node. Laid out for a
 * given width (the pane's 320–450 px) so every name fits: names that need it take two lines, and a node is never
 * shorter than its name. The same links as rows of a table, for every figure to read as text.
 */
import type { Language } from "../../core/kernel";
import type { Sankey } from "../../core/snapshots";
import { labelLines, textWidth } from "../PipelineHealth/FunnelMiniChart";

/** How a node is coloured: an open stage, won, lost, or new / reopened / removed. */
export type FlowTone = "stage" | "won" | "lost" | "other";

/** A node of the flow: its column, name, deals and tone. */
export interface FlowNode {
  readonly id: string;
  readonly side: "before" | "after";
  readonly name: string;
  readonly deals: number;
  readonly tone: FlowTone;
}

/** A link of the flow: node ids and the deals that moved. */
export interface FlowLink {
  readonly source: string;
  readonly target: string;
  readonly deals: number;
}

/** The flow's data: nodes (A's column, then B's) and links. */
export interface FlowData {
  readonly nodes: readonly FlowNode[];
  readonly links: readonly FlowLink[];
}

const toneOf = (id: string): FlowTone =>
  id === "B:won" ? "won" : id === "B:lost" ? "lost" : /^[AB]:\d+$/u.test(id) ? "stage" : "other";

/**
 * The flow's data: the sankey's nodes named in `language` with their deals, and its links weighted by deals.
 * @example flowData(changes.moves.sankey, "en").links[0] // { source: "A:new", target: "B:0", deals: 2 }
 */
export function flowData(sankey: Sankey, language: Language): FlowData {
  const deals = new Map<string, number>();
  for (const link of sankey.links) {
    deals.set(link.source, (deals.get(link.source) ?? 0) + link.count);
    deals.set(link.target, (deals.get(link.target) ?? 0) + link.count);
  }
  return {
    nodes: sankey.nodes.map((node) => ({
      id: node.id,
      side: node.side,
      name: node.name[language],
      deals: deals.get(node.id) ?? 0,
      tone: toneOf(node.id),
    })),
    links: sankey.links.map((link) => ({ source: link.source, target: link.target, deals: link.count })),
  };
}

/** A node placed: its bar (x, y, height), its name's lines and where they go. */
export interface PlacedNode extends FlowNode {
  readonly x: number;
  readonly y: number;
  readonly height: number;
  /** The name's lines, the last one ending with the deals. */
  readonly lines: readonly string[];
  /** Where the text is anchored: left of the left bars (end), right of the right bars (start). */
  readonly textX: number;
  readonly anchor: "start" | "end";
}

/** A band placed: its SVG path and the link it draws. */
export interface PlacedLink extends FlowLink {
  readonly path: string;
}

/** The flow laid out for a width. */
export interface FlowLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PlacedNode[];
  readonly links: readonly PlacedLink[];
}

/** The font size of the names, px. */
export const FLOW_FONT = 11;
const LINE = FLOW_FONT + 2;
const BAR = 8;
const GAP = 5;
const TEXT_GAP = 4;
/** Pixels per deal above a node's minimum height, at most; and the most the deals add to a column. */
const PER_DEAL = 4;
const DEALS_HEIGHT = 280;

/**
 * The flow laid out `width` px wide: names outside the bars (a third of the width at most each side, in at most two
 * lines), a node as tall as its name needs plus up to 4 px per deal (all deals together adding at most 280 px),
 * bands between the columns.
 * @example flowLayout(flowData(sankey, "en"), 320).nodes[0].lines // ["New 58"]
 */
export function flowLayout(data: FlowData, width: number): FlowLayout {
  const room = Math.max(60, width * 0.33);
  const linesOf = (node: FlowNode) => labelLines(`${node.name} ${node.deals}`, room, FLOW_FONT);
  const named = data.nodes.map((node) => ({ node, lines: linesOf(node) }));
  const columnWidth = (side: FlowNode["side"]) =>
    Math.min(
      room,
      Math.max(
        0,
        ...named
          .filter((n) => n.node.side === side)
          .flatMap((n) => n.lines.map((l) => textWidth(l, FLOW_FONT))),
      ),
    );
  const leftBar = columnWidth("before") + TEXT_GAP;
  const rightBar = width - columnWidth("after") - TEXT_GAP - BAR;
  const total = data.links.reduce((sum, link) => sum + link.deals, 0);
  const perDeal = Math.min(PER_DEAL, DEALS_HEIGHT / Math.max(total, 1));
  const placed: PlacedNode[] = [];
  const columnHeights: number[] = [];
  for (const side of ["before", "after"] as const) {
    let y = 0;
    for (const { node, lines } of named.filter((n) => n.node.side === side)) {
      const height = lines.length * LINE + 2 + node.deals * perDeal;
      const left = side === "before";
      placed.push({
        ...node,
        x: left ? leftBar : rightBar,
        y,
        height,
        lines,
        textX: left ? leftBar - TEXT_GAP : rightBar + BAR + TEXT_GAP,
        anchor: left ? "end" : "start",
      });
      y += height + GAP;
    }
    columnHeights.push(Math.max(0, y - GAP));
  }
  const byId = new Map(placed.map((node) => [node.id, node]));
  const used = new Map<string, number>();
  const links = data.links.map((link): PlacedLink => {
    const from = byId.get(link.source) as PlacedNode;
    const to = byId.get(link.target) as PlacedNode;
    const band = (node: PlacedNode) => {
      const top = node.y + (used.get(node.id) ?? 0);
      const thick = (node.height * link.deals) / Math.max(node.deals, 1);
      used.set(node.id, (used.get(node.id) ?? 0) + thick);
      return [top, top + thick];
    };
    const [a0, a1] = band(from);
    const [b0, b1] = band(to);
    const x0 = from.x + BAR;
    const x1 = to.x;
    const mid = (x0 + x1) / 2;
    const r = (n: number) => Math.round(n * 10) / 10;
    const path =
      `M${r(x0)},${r(a0)} C${r(mid)},${r(a0)} ${r(mid)},${r(b0)} ${r(x1)},${r(b0)} ` +
      `L${r(x1)},${r(b1)} C${r(mid)},${r(b1)} ${r(mid)},${r(a1)} ${r(x0)},${r(a1)} Z`;
    return { ...link, path };
  });
  return { width, height: Math.max(1, ...columnHeights), nodes: placed, links };
}

/**
 * The links as rows of a table: from (at A), to (at B), deals — most deals first.
 * @example flowRows(changes.moves.sankey, "en")[0] // ["Negotiation", "Closed won", "3"]
 */
export function flowRows(sankey: Sankey, language: Language): string[][] {
  const name = new Map(sankey.nodes.map((node) => [node.id, node.name[language]]));
  return [...sankey.links]
    .sort((a, b) => b.count - a.count)
    .map((link) => [name.get(link.source) ?? "", name.get(link.target) ?? "", String(link.count)]);
}
