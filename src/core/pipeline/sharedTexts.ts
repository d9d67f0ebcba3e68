/**
 * One text per distinct deal id or opportunity name in a table read chunk by chunk (pipelineStream.ts): each row
 * of a parsed reply holds its own copy of its texts, so a name that comes back — a deal's stage history, copies,
 * the same opportunity for several customers — would otherwise be kept once per row (some 48 bytes each).
 *
 * The texts are not held twice: a table of the index of the first deal holding each text (indexSlots.ts, 4 bytes a
 * slot), the text itself read from that deal.
 */
import { IndexSlots } from "./indexSlots";
import type { Deal } from "./types";

/**
 * The texts of one of the deals' fields, shared between deals.
 * @example
 * const names = new SharedTexts(deals, (deal) => deal.opportunity);
 * names.shared("OPP-1 ERP", deals.length) // "OPP-1 ERP", remembered as the text of the deal about to be pushed
 * names.shared(copyOfThatText, later) // the first text: one string for both deals
 */
export class SharedTexts {
  /** The index of the first deal holding each text. */
  private readonly firsts: IndexSlots;
  /** The text {@link shared} is looking for. */
  private sought = "";
  private readonly holdsSought = (deal: number): boolean => this.textOf(this.deals[deal]) === this.sought;

  /** @param expected how many deals are expected (0: unknown): the table is made for them at once. */
  constructor(
    private readonly deals: readonly Deal[],
    private readonly textOf: (deal: Deal) => string | null,
    expected = 0,
  ) {
    this.firsts = new IndexSlots((deal) => hashOf(textOf(deals[deal]) ?? ""), expected);
  }

  /**
   * The text kept for `text`: the first deal's equal text, else `text` itself, now remembered as the text of the
   * deal at `index` (which must hold it, and be pushed to the list, before the next call).
   */
  shared(text: string, index: number): string {
    this.sought = text;
    const first = this.firsts.find(hashOf(text), this.holdsSought);
    if (first >= 0) return this.textOf(this.deals[first]) as string;
    this.firsts.add(index);
    return text;
  }
}

/** FNV-1a, 32 bits, over the UTF-16 code units of a text. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
