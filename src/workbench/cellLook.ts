/**
 * How the grid draws a cell's look from a sheet spec: fill (inputs in the input fill), bold, italic, font size
 * and colour, wrapping, horizontal and vertical alignment, and borders — as inline styles, since the colours
 * come from the spec's data.
 */
import { tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { lookFill, type CellLook } from "../core/sheet";

/** Pixels of the grid's text per point of a spec's font size (the grid shows Excel's 11 points at 13 px). */
const FONT_PIXELS_PER_POINT = 13 / 11;

const JUSTIFY = { top: "flex-start", center: "center", bottom: "flex-end" } as const;

/**
 * The inline style of a cell with `look` (nothing for none); `tall` when its row is taller than the grid's
 * default, so its text is placed vertically as Excel places it (at the bottom unless the look says otherwise).
 * @example lookStyle({ style: { bold: true, fill: "#DDEBF7" }, input: false }) // { backgroundColor: "#DDEBF7", fontWeight: 700 }
 */
export function lookStyle(look: CellLook | undefined, tall = false): CSSProperties {
  const style = look?.style ?? {};
  const css: CSSProperties = {};
  const fill = look && lookFill(look);
  if (fill !== undefined) css.backgroundColor = fill;
  if (style.bold) css.fontWeight = 700;
  if (style.italic) css.fontStyle = "italic";
  if (style.fontSize !== undefined) css.fontSize = `${Math.round(style.fontSize * FONT_PIXELS_PER_POINT)}px`;
  if (style.fontColor !== undefined) css.color = style.fontColor;
  if (style.horizontal !== undefined) css.textAlign = style.horizontal;
  if (style.wrap) {
    // pre-wrap keeps the text's own line breaks, as Excel's wrapped cells do.
    css.whiteSpace = "pre-wrap";
    css.overflowWrap = "anywhere";
    css.lineHeight = 1.3;
  }
  if (style.wrap || tall) {
    css.display = "flex";
    css.flexDirection = "column";
    css.justifyContent = JUSTIFY[style.vertical ?? "bottom"];
  }
  if (style.border !== undefined) {
    const line = `${style.border === "medium" ? 2 : 1}px solid ${tokens.colorNeutralStrokeAccessible}`;
    css.borderRight = line;
    css.borderBottom = line;
  }
  return css;
}
