/**
 * The category labels under a workbench column or line chart, laid out so every category keeps its label, as
 * Excel's category axis does: on one line when every label fits its slot; else wrapped at spaces (and between
 * Chinese characters) in up to three lines; else turned 45° — shortened with "…" only where even the turned
 * label would leave the chart, the whole label kept for screen readers and tooltips.
 */
import { textWidth } from "../../taskpane/PipelineHealth/FunnelMiniChart";

/** How the labels are laid out: flat (one or more lines each) or turned 45°. */
export interface CategoryLabels {
  readonly mode: "flat" | "turned";
  /** Each category's lines (one line when turned). */
  readonly lines: readonly (readonly string[])[];
  /** The height the labels take under the plot, in pixels. */
  readonly height: number;
}

/** The most lines a wrapped label takes. */
const MAX_LINES = 3;
/** Room kept between neighbouring labels, in pixels. */
const GAP = 6;
const TURN = Math.SQRT1_2;

/** A label's words: runs of non-space text, each Chinese character its own word (a line may break after it). */
function words(text: string): { word: string; space: boolean }[] {
  const found: { word: string; space: boolean }[] = [];
  for (const match of text.matchAll(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/gu)) {
    if (/^\s+$/u.test(match[0])) {
      if (found.length > 0) found[found.length - 1].space = true;
    } else found.push({ word: match[0], space: false });
  }
  return found;
}

/**
 * A label broken into lines of at most `room` px, or undefined when a word is wider than `room` or it takes more
 * than `maxLines` lines.
 * @example wrapLabel("Pipeline at start", 60, 11) // ["Pipeline", "at start"]
 * @example wrapLabel("期初管线", 24, 11) // ["期初", "管线"]
 */
export function wrapLabel(
  text: string,
  room: number,
  size: number,
  maxLines = MAX_LINES,
): string[] | undefined {
  const lines: string[] = [];
  let line = "";
  let gap = "";
  for (const { word, space } of words(text)) {
    if (textWidth(word, size) > room) return undefined;
    const longer = line === "" ? word : `${line}${gap}${word}`;
    if (textWidth(longer, size) <= room) line = longer;
    else {
      lines.push(line);
      line = word;
    }
    gap = space ? " " : "";
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines.length <= maxLines ? lines : undefined;
}

/** `text` shortened with "…" to at most `room` px (whole when it fits). */
function shorten(text: string, room: number, size: number): string {
  if (textWidth(text, size) <= room) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut.trimEnd()}…`, size) > room) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * How to write `categories` under a plot whose categories are `slot` px apart, the first centred `firstCentre` px
 * from the chart's left edge, with at most `maxHeight` px under the plot for them (see the module notes).
 * @example categoryLabels(["Pipeline at start", "New"], 66, 80, 11, 15, 90) // { mode: "flat", lines: [["Pipeline", "at start"], ["New"]], height: 30 }
 */
export function categoryLabels(
  categories: readonly string[],
  slot: number,
  firstCentre: number,
  size: number,
  lineHeight: number,
  maxHeight: number,
): CategoryLabels {
  const room = Math.max(slot - GAP, 1);
  if (categories.every((c) => textWidth(c, size) <= room))
    return { mode: "flat", lines: categories.map((c) => [c]), height: lineHeight };
  const wrapped = categories.map((c) => wrapLabel(c, room, size));
  if (wrapped.every((lines) => lines !== undefined)) {
    const most = Math.max(1, ...wrapped.map((lines) => lines.length));
    if (most * lineHeight <= maxHeight)
      return { mode: "flat", lines: wrapped as string[][], height: most * lineHeight };
  }
  // Turned 45°: a label of width w reaches w·cos45° left of its centre and w·sin45° down.
  const longest = Math.max((maxHeight - size) / TURN, size);
  const lines = categories.map((c, i) => [
    shorten(c, Math.min(longest, (firstCentre + i * slot) / TURN), size),
  ]);
  const reach = Math.max(...lines.map(([line]) => textWidth(line, size))) * TURN + size;
  return { mode: "turned", lines, height: Math.ceil(Math.min(reach, maxHeight)) };
}
