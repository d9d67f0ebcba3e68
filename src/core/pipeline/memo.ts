/**
 * Remembering what a cell's text reads as: a pipeline column holds few distinct texts (stage names,
 * owners, dates), so each is read once. Numbers and other cells are read every time (reading them
 * is cheap), and the memory is bounded: past {@link MEMO_LIMIT} distinct texts it starts over.
 */

/**
 * Distinct texts remembered before starting over.
 * Tested surface: exported for its tests.
 */
export const MEMO_LIMIT = 4096;

/**
 * `read`, remembered per distinct string cell.
 * @example const stageOf = memoByText((cell) => DEFAULT_SCHEME.resolve(cell)); stageOf("谈判") // read once
 */
export function memoByText<T>(read: (cell: unknown) => T): (cell: unknown) => T {
  const seen = new Map<string, T>();
  return (cell) => {
    if (typeof cell !== "string") return read(cell);
    const hit = seen.get(cell);
    if (hit !== undefined) return hit;
    const found = read(cell);
    if (seen.size >= MEMO_LIMIT) seen.clear();
    seen.set(cell, found);
    return found;
  };
}
