/**
 * The fake gateway's `appendSnapshot` (see fakeGateway.ts): the history table created by the fake's `importTable`
 * the first time, else its rows of the snapshot's day refused (unless `replace`: then dropped) and the new rows
 * appended; the table's sheet rewritten as Excel's gateway writes it (text made literal). Never shipped.
 */
import { typedInput, type TypedTable } from "../../core/import";
import { ok, type Result } from "../../core/kernel";
import { cellAddress, literalText } from "../../core/sheet";
import { datedRuns, snapshotDateTaken } from "../../core/snapshots";
import type { SnapshotAppend, SnapshotAppended, TableImported } from "../../excel/gateway";
import type { FakeInput, FakeTable } from "./fakeGateway";

/** What the fake's `appendSnapshot` works on. */
export interface FakeSnapshotStore {
  readonly tables: Record<string, FakeTable>;
  readonly contents: Map<string, Map<string, FakeInput>>;
  importTable(
    typed: TypedTable,
    onProgress?: (rowsWritten: number, totalRows: number) => void,
  ): Promise<Result<TableImported>>;
}

/**
 * Appends a snapshot to the fake's history table.
 * @example await appendFakeSnapshot(store, { table, asOf: 45838, replace: false })
 */
export async function appendFakeSnapshot(
  store: FakeSnapshotStore,
  snapshot: SnapshotAppend,
  onProgress?: (rowsWritten: number, totalRows: number) => void,
): Promise<Result<SnapshotAppended>> {
  const typed = snapshot.table;
  const name = Object.keys(store.tables).find((t) => t.toUpperCase() === typed.tableName.toUpperCase());
  if (name === undefined) {
    const imported = await store.importTable(typed, onProgress);
    if (!imported.ok) return imported;
    return ok({
      ...imported.value,
      table: imported.value.table ?? typed.tableName,
      replaced: 0,
      created: true,
    });
  }
  const table = store.tables[name];
  const runs = datedRuns(
    table.rows.map((row) => row[0]),
    snapshot.asOf,
  );
  const replaced = runs.reduce((sum, run) => sum + run.count, 0);
  if (replaced > 0 && !snapshot.replace) return snapshotDateTaken(snapshot.asOf, replaced);
  const dropped = new Set(runs.flatMap((run) => Array.from({ length: run.count }, (_, i) => run.start + i)));
  const added = typed.rows.map((row) => row.map((cell) => cell ?? ""));
  const rows = [...table.rows.filter((_, i) => !dropped.has(i)), ...added];
  store.tables[name] = { ...table, rows };
  const held = store.contents.get(table.sheet) ?? new Map<string, FakeInput>();
  held.clear();
  const [top, left] = [table.headerRow ?? 0, table.firstCol ?? 0];
  table.header.forEach((text, c) => held.set(cellAddress(top, left + c), literalText(text)));
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const input = typeof cell === "number" || typeof cell === "string" ? typedInput(cell) : "";
      if (input !== "") held.set(cellAddress(top + 1 + r, left + c), input);
    }),
  );
  store.contents.set(table.sheet, held);
  onProgress?.(typed.rows.length, typed.rows.length);
  return ok({ sheet: table.sheet, table: name, rows: typed.rows.length, replaced, created: false });
}
