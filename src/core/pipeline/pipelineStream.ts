/**
 * Reading the user's pipeline table chunk by chunk, as the workbook hands it (issue 19): each chunk of rows
 * becomes deals at once and its cells can be dropped, so the table is never held whole. The result is
 * readPipeline's for the same rows (readPipeline.ts has the rules; pipelineStream.test.ts checks both agree).
 *
 * What is kept between chunks besides the deals, the rows skipped and the cells that could not be read:
 * - per used row, its deal-id text (the deal already holds it) — repeated ids are grouped at the end
 *   (repeats.ts) into stage histories (histories.ts), from the used rows alone, as readPipeline's histories are;
 * - per named row (a deal id or an opportunity name), a 64-bit fingerprint of its cells in an open-addressing
 *   table of typed arrays (16 bytes a slot): a row whose fingerprint an earlier named row has is a copy of it.
 *   Rows that copy each other cell for cell also share their id or name, so this is duplicateRows' rule within
 *   groups; two different rows would be taken for copies only if two 32-bit hashes both collided (about one
 *   chance in 10^7 for a million named rows);
 * - the amount cells written as text, to set aside amounts in another currency than most (cellReaders.ts) once
 *   the whole column has been read.
 *
 * The texts of the columns whose values repeat (customer, owner, stage, outcome, stage of loss) are kept once per
 * value: a reply parsed into arrays holds a copy of each text in each row.
 */
import { isBlankCell, ok, type Result } from "../kernel";
import { dealHistories } from "./histories";
import { placementReader } from "./placement";
import {
  BLANK_ROW,
  copyOf,
  DealCells,
  type PipelineReadDetails,
  type PipelineTable,
  type ReadPipelineOptions,
  tableColumns,
  textOf,
} from "./readPipeline";
import { repeatedKeys } from "./repeats";
import type { ColumnMapping, Deal, SkippedRow, StageDateColumn } from "./types";

/** The table's header and where it is; its rows are pushed in chunks. */
export type PipelineHeader = Omit<PipelineTable, "rows">;

/** A reader of a pipeline table's rows, pushed in chunks in table order; `finish` gives what readPipeline gives. */
export interface PipelineStream {
  /** Reads the next rows of the table (the caller may drop them afterwards). */
  push(rows: readonly (readonly unknown[])[]): void;
  /** The table as read so far: readPipeline's result for all the rows pushed. */
  finish(): PipelineReadDetails;
}

/**
 * A stream reading a table with `header` (a mapping or scheme it cannot have is a VALUE failure, as readPipeline's).
 * @example
 * const stream = openPipelineStream({ header }, { scheme: DEFAULT_SCHEME });
 * if (stream.ok) { for (const chunk of chunks) stream.value.push(chunk); stream.value.finish().deals.length }
 */
export function openPipelineStream(
  table: PipelineHeader,
  options: ReadPipelineOptions,
): Result<PipelineStream> {
  const columns = tableColumns(table.header, options);
  if (!columns.ok) return columns;
  return ok(new Stream(table, options, columns.value.mapping, columns.value.stageDates));
}

/**
 * readPipeline through the stream, the rows pushed `chunkRows` at a time: the same result as readPipeline.
 * @example readPipelineInChunks(table, { scheme: DEFAULT_SCHEME }, 10_000)
 */
export function readPipelineInChunks(
  table: PipelineTable,
  options: ReadPipelineOptions,
  chunkRows = 10_000,
): Result<PipelineReadDetails> {
  const opened = openPipelineStream(table, options);
  if (!opened.ok) return opened;
  const size = Math.max(1, Math.floor(chunkRows));
  for (let at = 0; at < table.rows.length; at += size) opened.value.push(table.rows.slice(at, at + size));
  return ok(opened.value.finish());
}

class Stream implements PipelineStream {
  private readonly place: ReturnType<typeof placementReader>;
  private readonly cells: DealCells;
  private readonly firstSheetRow: number;
  private readonly columns: {
    readonly stage: number;
    readonly outcome: number;
    readonly lostAt: number;
    readonly dealId: number;
    readonly opportunity: number;
    readonly amount: number;
  };
  private readonly copies = new Fingerprints();
  private readonly texts: KeptTexts;
  private readonly skipped: SkippedRow[] = [];
  private readonly used: Deal[] = [];
  /** Per used row, its deal-id text (`null`: none); empty when the table has no deal-id column. */
  private readonly ids: (string | null)[] = [];
  /** Per used row whose amount cell is text, that text (holes elsewhere). */
  private readonly amountTexts: string[] = [];
  private rows = 0;

  constructor(
    table: PipelineHeader,
    options: ReadPipelineOptions,
    private readonly mapping: ColumnMapping,
    private readonly stageDates: readonly StageDateColumn[],
  ) {
    const column = (role: keyof ColumnMapping) => mapping[role] ?? -1;
    this.columns = {
      stage: column("stage"),
      outcome: column("outcome"),
      lostAt: column("lostAt"),
      dealId: column("dealId"),
      opportunity: column("opportunity"),
      amount: column("amount"),
    };
    this.place = placementReader(options.scheme);
    const dates = { order: options.dateOrder ?? "ymd", system: table.dateSystem ?? 1900 } as const;
    this.cells = new DealCells(mapping, dates, stageDates, table.header);
    this.firstSheetRow = (table.headerRow ?? 0) + 2;
    const shared = (["customer", "owner", "stage", "outcome", "lostAt"] as const).map(column);
    this.texts = new KeptTexts(shared.filter((index) => index >= 0));
  }

  push(rows: readonly (readonly unknown[])[]): void {
    const { stage, outcome, lostAt, dealId, opportunity, amount } = this.columns;
    const at = (cells: readonly unknown[], index: number): unknown => (index < 0 ? null : cells[index]);
    for (const given of rows) {
      const row = this.rows++;
      const values = this.texts.kept(given);
      if (values.every(isBlankCell)) {
        this.skipped.push({ row, reason: BLANK_ROW, kind: "blank" });
        continue;
      }
      const placement = this.place(at(values, stage), at(values, outcome), at(values, lostAt));
      if ("reason" in placement) {
        this.skipped.push({ row, reason: placement.reason, kind: placement.kind });
        continue;
      }
      const id = textOf(at(values, dealId));
      if (id !== null || (opportunity >= 0 && textOf(values[opportunity]) !== null)) {
        const original = this.copies.firstOf(values, row);
        if (original !== row) {
          this.skipped.push({ row, reason: copyOf(this.firstSheetRow + original), kind: "duplicate" });
          continue;
        }
      }
      const cell = at(values, amount);
      if (typeof cell === "string") this.amountTexts[this.used.length] = cell;
      if (dealId >= 0) this.ids.push(id);
      this.used.push(this.cells.deal(row, values, placement, this.firstSheetRow));
    }
  }

  finish(): PipelineReadDetails {
    const { used, ids } = this;
    this.cells.setAsideForeignAmounts(used, (i) => this.amountTexts[i]);
    const idGroups =
      ids.length === 0
        ? []
        : repeatedKeys(used.length, (i) => ids[i]).map((group) => group.map((i) => used[i].row));
    const { deals, histories } = dealHistories(used, idGroups);
    const rowsRead = this.rows;
    return {
      mapping: this.mapping,
      ...(this.stageDates.length > 0 ? { stageDates: this.stageDates } : {}),
      deals,
      histories,
      skipped: this.skipped,
      rowsRead,
      rowsUsed: rowsRead - this.skipped.length,
      unreadable: this.cells.unreadable(),
    };
  }
}

/** The most values of the repeating columns shared (more are kept as they come). */
const SHARED_LIMIT = 65_536;

/** The texts of rows as kept between chunks (see the module notes). */
class KeptTexts {
  private readonly shared = new Map<string, string>();

  constructor(private readonly repeating: readonly number[]) {}

  /** The row with its repeating columns' texts shared; `values` itself when each already is. */
  kept(values: readonly unknown[]): readonly unknown[] {
    let row: unknown[] | undefined;
    for (const index of this.repeating) {
      const cell = values[index];
      if (typeof cell !== "string" || cell.length === 0) continue;
      const text = this.shared.get(cell);
      if (text === undefined) {
        if (this.shared.size < SHARED_LIMIT) this.shared.set(cell, cell);
      } else if (text !== cell) {
        row ??= [...values];
        row[index] = text;
      }
    }
    return row ?? values;
  }
}

/** The seeds of the two 32-bit hashes (FNV-1a and a multiply–rotate hash). */
const SEED_A = 0x811c9dc5;
const SEED_B = 0x9747b28c;

/**
 * The rows seen, by a 64-bit fingerprint of their cells as duplicateRows compares them (blank cells are one value,
 * texts trimmed, trailing blanks ignored, each value with its type), in an open-addressing table.
 */
class Fingerprints {
  private size = 1024;
  private slotRow = new Int32Array(this.size).fill(-1);
  private slotA = new Uint32Array(this.size);
  private slotB = new Uint32Array(this.size);
  private count = 0;
  private a = 0;
  private b = 0;

  /** The first row seen with the cells of `values` (`row` itself, now remembered, when none was). */
  firstOf(values: readonly unknown[], row: number): number {
    this.hash(values);
    const { a, b } = this;
    const mask = this.size - 1;
    let slot = (a ^ Math.imul(b, 0x27d4eb2d)) & mask;
    for (;;) {
      const first = this.slotRow[slot];
      if (first < 0) break;
      if (this.slotA[slot] === a && this.slotB[slot] === b) return first;
      slot = (slot + 1) & mask;
    }
    this.slotRow[slot] = row;
    this.slotA[slot] = a;
    this.slotB[slot] = b;
    if (++this.count * 2 > this.size) this.grow();
    return row;
  }

  private grow(): void {
    const [rows, as, bs] = [this.slotRow, this.slotA, this.slotB];
    this.size *= 2;
    this.slotRow = new Int32Array(this.size).fill(-1);
    this.slotA = new Uint32Array(this.size);
    this.slotB = new Uint32Array(this.size);
    const mask = this.size - 1;
    for (let i = 0; i < rows.length; i++) {
      if (rows[i] < 0) continue;
      let slot = (as[i] ^ Math.imul(bs[i], 0x27d4eb2d)) & mask;
      while (this.slotRow[slot] >= 0) slot = (slot + 1) & mask;
      this.slotRow[slot] = rows[i];
      this.slotA[slot] = as[i];
      this.slotB[slot] = bs[i];
    }
  }

  private unit(code: number): void {
    this.a = Math.imul(this.a ^ code, 0x01000193);
    const b = Math.imul(this.b ^ code, 0x5bd1e995);
    this.b = (b << 13) | (b >>> 19);
  }

  private text(text: string): void {
    this.unit(text.length);
    for (let i = 0; i < text.length; i++) this.unit(text.charCodeAt(i));
  }

  /** Hashes the cells into `a` and `b`. */
  private hash(values: readonly unknown[]): void {
    this.a = SEED_A;
    this.b = SEED_B;
    let last = values.length - 1;
    while (last >= 0 && isBlankCell(values[last])) last--;
    for (let i = 0; i <= last; i++) {
      const cell = values[i];
      if (isBlankCell(cell)) {
        this.unit(0);
        continue;
      }
      const value = typeof cell === "string" ? cell.trim() : cell;
      const type = typeof value;
      this.unit(type.charCodeAt(0) + (type === "bigint" ? 1 : 0));
      this.text(String(value));
    }
    this.a >>>= 0;
    this.b >>>= 0;
  }
}
