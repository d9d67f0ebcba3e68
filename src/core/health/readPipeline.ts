/**
 * Reads the user's pipeline table (a header row and data rows, cells as Excel gives them) into deals.
 *
 * Rows: rows read = rows used + rows skipped, always. A row is skipped, with its reason, when it is
 * blank, has no stage (and no won/lost outcome), has a stage, outcome or stage of loss that cannot be
 * read, or contradicts itself (lost at the won stage). A bad amount or date does NOT skip the row:
 * the deal keeps `null` there (so the anomalies report it as missing), and the cell is listed in
 * `unreadable` with the reason, so text such as "下周" in a date column is reported, never silently
 * read as blank. A blank amount or date is simply `null`.
 *
 * Stage, outcome and stage of loss follow FUNNEL.CONVERSION (src/functions/deals.ts):
 * - without an outcome, the stage cell says where the deal stands (a lost word there: lost, stage of
 *   loss from the lost-at column if any);
 * - outcome won: won whatever the stage cell says; outcome lost: lost AT the stage of the stage cell
 *   (or of the lost-at column, which wins when filled); outcome blank (or open, 进行中, in progress):
 *   as without an outcome;
 * - the lost-at column is read for lost deals only.
 *
 * Deal ids: `Deal.id` is the deal-id cell, else the opportunity name, else "row N". Only rows sharing
 * a deal-id cell are one deal (its stage history, ordered by stage-entered date when every row has
 * one, ties and otherwise by row order; the last is the current deal): opportunity names repeat
 * across customers too often to merge rows by name.
 */
import { lostAtIndexOf } from "../conversion";
import { parseAmount } from "../amounts";
import type { Bilingual } from "../bilingual";
import { parseDate } from "../dates";
import { displayValue, isBlankCell, normaliseLabel } from "../labels";
import { fail, ok, type Result } from "../result";
import { LOST_POSITION, positionAt, type StagePosition, type StageScheme } from "../stageScheme";
import { COLUMN_ROLE_NAMES, headerKey, recogniseColumns } from "./columns";
import type { ColumnMapping, ColumnRole, DateOrder, Deal, PipelineRead, SkippedRow } from "./types";

/** The table to read: the header and the data rows (a gateway's TableData fits). */
export interface PipelineTable {
  readonly header: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
  /** 0-based sheet row of the header, to name rows as the user sees them ("row 12"). Default 0. */
  readonly headerRow?: number;
}

/** How to read the table. */
export interface ReadPipelineOptions {
  /** Which column holds each role; recognised from the header when omitted. */
  readonly mapping?: ColumnMapping;
  readonly scheme: StageScheme;
  /** Day–month order of text dates such as 05-03-24. Default "ymd". */
  readonly dateOrder?: DateOrder;
}

/** A cell the deal was kept without: an amount or date that is not one. */
export interface UnreadableCell {
  readonly row: number;
  readonly role: ColumnRole;
  readonly reason: Bilingual;
}

/** The table as read, with the cells that could not be read (their deals keep `null` there). */
export interface PipelineReadDetails extends PipelineRead {
  readonly unreadable: readonly UnreadableCell[];
}

type Cells = readonly unknown[];
/** Values that are kept per distinct cell text (bounded, then started over). */
const MEMO_LIMIT = 4096;

const BLANK_ROW: Bilingual = Object.freeze({ zh: "空行。", en: "Blank row." });
const NO_STAGE: Bilingual = Object.freeze({
  zh: "没有阶段：阶段和结果都为空。",
  en: "No stage: the stage and the outcome are both blank.",
});
const OPEN_OUTCOMES: ReadonlySet<string> = new Set(
  ["open", "in progress", "pending", "进行中", "跟进中", "未结束", "未成交"].map(normaliseLabel),
);

/**
 * {@link isBlankCell}, without normalising text that plainly is not blank: text starting with a
 * printable ASCII character other than "-" and "_", or with a CJK character (most cells; this runs
 * for several cells of every row).
 */
function isBlank(cell: unknown): boolean {
  if (typeof cell !== "string") return cell === null || cell === undefined;
  const first = cell.charCodeAt(0);
  if (first > 0x20 && first < 0x7f && first !== 0x2d && first !== 0x5f) return false;
  if (first >= 0x3400 && first <= 0xd7ff) return false;
  return isBlankCell(cell);
}

/** Remembers f per distinct string cell (numbers and other cells are computed each time). */
function memo<T>(f: (cell: unknown) => T): (cell: unknown) => T {
  const seen = new Map<string, T>();
  return (cell) => {
    if (typeof cell !== "string") return f(cell);
    const hit = seen.get(cell);
    if (hit !== undefined) return hit;
    const found = f(cell);
    if (seen.size >= MEMO_LIMIT) seen.clear();
    seen.set(cell, found);
    return found;
  };
}

/** Checks a given mapping against the table: integer columns inside the header, a stage column. */
function checkMapping(mapping: ColumnMapping, header: readonly unknown[]): Result<ColumnMapping> {
  for (const [role, column] of Object.entries(mapping) as [ColumnRole, number | undefined][]) {
    if (column === undefined) continue;
    if (!Number.isInteger(column) || column < 0 || column >= header.length) {
      const name = COLUMN_ROLE_NAMES[role];
      return fail("VALUE", {
        zh: `“${name.zh}”列的位置 ${column} 不在表格的 ${header.length} 列之内。`,
        en: `The ${name.en} column ${column} is outside the table's ${header.length} columns.`,
      });
    }
  }
  if (mapping.stage !== undefined) return ok(mapping);
  const shown = header
    .map((h) => displayValue(headerKey(h) === "" ? "" : h, 20))
    .filter((h) => h !== "")
    .slice(0, 12);
  return fail("VALUE", {
    zh: `找不到阶段列：请把阶段所在列的表头写成“阶段”或“Stage”，或手动指定阶段列。表头：${shown.join("、") || "（空）"}`,
    en: `No stage column: name the stage column's header "阶段" or "Stage", or choose it by hand. Headers: ${shown.join(", ") || "(none)"}`,
  });
}

/** What the outcome cell says: won, lost, no outcome (null), or why it cannot be read. */
type Outcome = "won" | "lost" | null | { readonly reason: Bilingual };

function outcomeReader(scheme: StageScheme): (cell: unknown) => Outcome {
  const won = scheme.stages[scheme.stages.length - 1].name;
  return memo((cell): Outcome => {
    if (isBlankCell(cell)) return null;
    if (typeof cell === "string" && OPEN_OUTCOMES.has(normaliseLabel(cell))) return null;
    const resolved = typeof cell === "string" ? scheme.resolve(cell) : null;
    if (resolved?.ok && resolved.value.kind !== "open") return resolved.value.kind;
    return {
      reason: {
        zh: `结果“${displayValue(cell)}”无法识别：应为${won.zh}（赢）、${scheme.lostName.zh}（输）或留空。`,
        en: `Outcome “${displayValue(cell)}” is not understood: use ${won.en} (won), ${scheme.lostName.en} (lost) or leave it blank.`,
      },
    };
  });
}

/** The stage of loss a lost-at cell names, `null` when blank, or why it cannot be read. */
function lostAtReader(
  scheme: StageScheme,
): (cell: unknown) => number | null | { readonly reason: Bilingual } {
  return memo((cell) => {
    if (isBlankCell(cell)) return null;
    const resolved = scheme.resolve(cell);
    const index = resolved.ok ? lostAtIndexOf(resolved.value, scheme) : resolved;
    if (index.ok) return index.value;
    return {
      reason: { zh: `丢单阶段：${index.error.message.zh}`, en: `Lost at: ${index.error.message.en}` },
    };
  });
}

/** Where a row's deal stands, or why the row cannot be used. */
type Placement =
  { readonly position: StagePosition; readonly lostAtIndex: number | null } | { readonly reason: Bilingual };

/**
 * Places a row from its stage, outcome and lost-at cells, as FUNNEL.CONVERSION counts a stage and an
 * outcome (src/functions/deals.ts), with the lost-at column naming the stage of loss when filled.
 */
function placementReader(
  scheme: StageScheme,
): (stage: unknown, outcome: unknown, lostAt: unknown) => Placement {
  const won = positionAt(scheme, scheme.stages.length - 1);
  const outcomeOf = outcomeReader(scheme);
  const lostAtOf = lostAtReader(scheme);
  const placements = new Map<StagePosition, Placement>();
  const placed = (position: StagePosition): Placement => {
    let found = placements.get(position);
    if (found === undefined) placements.set(position, (found = { position, lostAtIndex: null }));
    return found;
  };
  const lostPlacements = scheme.stages.map((_, index) => ({ position: LOST_POSITION, lostAtIndex: index }));
  return (stageCell, outcomeCell, lostAtCell) => {
    const stage = isBlank(stageCell) ? null : scheme.resolve(stageCell);
    if (stage !== null && !stage.ok) return { reason: stage.error.message };
    const current = stage?.value ?? null;
    const outcome = outcomeOf(outcomeCell);
    if (outcome !== null && typeof outcome === "object") return outcome;
    if (outcome === "won") return placed(won);
    if (outcome === null && current === null) return { reason: NO_STAGE };
    if (outcome === null && current !== null && current.kind !== "lost") return placed(current);
    // Lost: by the outcome, or by a lost word in the stage cell.
    const lostAt = lostAtOf(lostAtCell);
    if (lostAt !== null) return typeof lostAt === "object" ? lostAt : lostPlacements[lostAt];
    if (current === null || current.kind === "lost") return placed(LOST_POSITION);
    const index = lostAtIndexOf(current, scheme);
    return index.ok ? lostPlacements[index.value] : { reason: index.error.message };
  };
}

/** A text cell as trimmed text; `null` when blank. */
function textOf(cell: unknown): string | null {
  if (isBlank(cell)) return null;
  return typeof cell === "string" ? cell.trim() : String(cell);
}

/** Orders a repeated deal's rows: by stage-entered date when all have one, else by row. */
function historyOrder(deals: Deal[]): Deal[] {
  if (deals.some((deal) => deal.stageEntered === null)) return deals;
  return [...deals].sort((a, b) => (a.stageEntered as number) - (b.stageEntered as number) || a.row - b.row);
}

/**
 * The current deals, in row order of each deal's first row, and the histories of repeated deal ids.
 * `keys[i]` is the deal-id cell of `used[i]` (`null`: a deal of its own); `groups` holds the rows of
 * each id (one Deal, or all of them once the id repeats).
 */
function currentDeals(
  used: readonly Deal[],
  keys: readonly (string | null)[],
  groups: ReadonlyMap<string, Deal | Deal[]>,
): { deals: Deal[]; histories: Deal[][] } {
  const deals: Deal[] = [];
  const histories: Deal[][] = [];
  used.forEach((deal, i) => {
    const key = keys[i];
    const group = key === null ? deal : (groups.get(key) as Deal | Deal[]);
    if (!Array.isArray(group)) return void deals.push(deal);
    if (group[0] !== deal) return;
    const history = historyOrder(group);
    histories.push(history);
    deals.push(history[history.length - 1]);
  });
  return { deals, histories };
}

/**
 * Reads the user's table into deals. Uses `options.mapping` when given (checked against the header),
 * else recognises the columns from the header; a table without a stage column is a VALUE error. See
 * the module notes for how rows, outcomes, stages of loss and repeated deal ids are read.
 * @example
 * const read = readPipeline(
 *   { header: ["商机", "阶段", "金额"], rows: [["A", "谈判", "¥1,200"], ["", "", ""], ["B", "Foo", 5]] },
 *   { scheme: DEFAULT_SCHEME },
 * );
 * // read.value.deals → one deal (A, 谈判客户, 1200); skipped rows 1 (blank) and 2 (unknown stage “Foo”)
 */
export function readPipeline(
  table: PipelineTable,
  options: ReadPipelineOptions,
): Result<PipelineReadDetails> {
  const checked = checkMapping(options.mapping ?? recogniseColumns(table.header).mapping, table.header);
  if (!checked.ok) return checked;
  const mapping = checked.value;
  const order = options.dateOrder ?? "ymd";
  const firstSheetRow = (table.headerRow ?? 0) + 2;
  const place = placementReader(options.scheme);
  const readDate = memo((cell) => parseDate(cell, order));
  const readAmount = memo(parseAmount);

  const skipped: SkippedRow[] = [];
  const unreadable: UnreadableCell[] = [];
  const used: Deal[] = [];
  const keys: (string | null)[] = [];
  const groups = new Map<string, Deal | Deal[]>();
  const column = (role: ColumnRole) => mapping[role] ?? -1;
  const [stage, outcome, lostAt, dealId, opportunity, customer, owner] = (
    ["stage", "outcome", "lostAt", "dealId", "opportunity", "customer", "owner"] as const
  ).map(column);
  const at = (cells: Cells, index: number): unknown => (index < 0 ? null : cells[index]);
  const number = (
    row: number,
    cells: Cells,
    role: ColumnRole,
    parse: (cell: unknown) => Result<number | null>,
  ) => {
    const index = column(role);
    if (index < 0) return null;
    const result = parse(cells[index]);
    if (result.ok) return result.value;
    unreadable.push({ row, role, reason: result.error.message });
    return null;
  };

  table.rows.forEach((cells, row) => {
    if (cells.every(isBlank)) return void skipped.push({ row, reason: BLANK_ROW });
    const placement = place(at(cells, stage), at(cells, outcome), at(cells, lostAt));
    if ("reason" in placement) return void skipped.push({ row, reason: placement.reason });
    const key = textOf(at(cells, dealId));
    const name = textOf(at(cells, opportunity));
    const deal: Deal = {
      row,
      id: key ?? name ?? `row ${firstSheetRow + row}`,
      opportunity: name,
      customer: textOf(at(cells, customer)),
      owner: textOf(at(cells, owner)),
      position: placement.position,
      lostAtIndex: placement.lostAtIndex,
      amount: number(row, cells, "amount", readAmount),
      created: number(row, cells, "createdDate", readDate),
      closeDate: number(row, cells, "closeDate", readDate),
      stageEntered: number(row, cells, "stageEnteredDate", readDate),
      lastActivity: number(row, cells, "lastActivity", readDate),
    };
    used.push(deal);
    keys.push(key);
    if (key === null) return;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, deal);
    else if (Array.isArray(group)) group.push(deal);
    else groups.set(key, [group, deal]);
  });

  const rowsRead = table.rows.length;
  const { deals, histories } = currentDeals(used, keys, groups);
  return ok({
    mapping,
    deals,
    histories,
    skipped,
    rowsRead,
    rowsUsed: rowsRead - skipped.length,
    unreadable,
  });
}
