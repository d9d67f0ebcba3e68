/**
 * Moving the active cell with the keyboard, as in Excel: an arrow moves one cell (never off the grid);
 * Ctrl+arrow jumps to the edge of the data region — the end of the run of filled cells, or the next filled
 * cell across a gap, or the sheet's edge when there is none.
 */
import type { CellPosition } from "./a1";

/** A direction of movement. */
export type Direction = "up" | "down" | "left" | "right";

/** The number of rows and columns the grid has. */
export interface GridBounds {
  readonly rows: number;
  readonly columns: number;
}

const DELTA: Readonly<Record<Direction, CellPosition>> = {
  up: { row: -1, col: 0 },
  down: { row: 1, col: 0 },
  left: { row: 0, col: -1 },
  right: { row: 0, col: 1 },
};

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max - 1);

/**
 * One cell in `direction`, staying on the grid.
 * @example step({ row: 0, col: 0 }, "up", { rows: 10, columns: 5 }) // { row: 0, col: 0 }
 */
export function step(position: CellPosition, direction: Direction, bounds: GridBounds): CellPosition {
  const delta = DELTA[direction];
  return {
    row: clamp(position.row + delta.row, bounds.rows),
    col: clamp(position.col + delta.col, bounds.columns),
  };
}

/**
 * Ctrl+arrow: the edge of the data region in `direction`. `isFilled` says whether a cell holds something;
 * `used` is the used size (no cell beyond it is filled), so the scan stops there.
 * @example jump({ row: 0, col: 0 }, "down", bounds, isFilled, { rows: 40, columns: 9 }) // last row of the block
 */
export function jump(
  position: CellPosition,
  direction: Direction,
  bounds: GridBounds,
  isFilled: (position: CellPosition) => boolean,
  used: GridBounds,
): CellPosition {
  const delta = DELTA[direction];
  const inside = (p: CellPosition) =>
    p.row >= 0 && p.col >= 0 && p.row < bounds.rows && p.col < bounds.columns;
  const beyondUsed = (p: CellPosition) => p.row >= used.rows || p.col >= used.columns;
  const edge: CellPosition = {
    row: delta.row === 0 ? position.row : delta.row > 0 ? bounds.rows - 1 : 0,
    col: delta.col === 0 ? position.col : delta.col > 0 ? bounds.columns - 1 : 0,
  };
  const next = (p: CellPosition) => ({ row: p.row + delta.row, col: p.col + delta.col });

  let current = position;
  let ahead = next(current);
  if (!inside(ahead)) return current;
  if (isFilled(current) && isFilled(ahead)) {
    while (inside(next(ahead)) && isFilled(next(ahead))) ahead = next(ahead);
    return ahead;
  }
  current = ahead;
  // Moving back from beyond the used area: nothing is filled until the used area starts.
  if (delta.row < 0 && current.row >= used.rows) current = { ...current, row: Math.max(used.rows - 1, 0) };
  if (delta.col < 0 && current.col >= used.columns)
    current = { ...current, col: Math.max(used.columns - 1, 0) };
  while (!isFilled(current)) {
    const following = next(current);
    if (!inside(following)) return current;
    if (beyondUsed(following) && (delta.row > 0 || delta.col > 0)) return edge;
    current = following;
  }
  return current;
}
