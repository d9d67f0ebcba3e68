/**
 * Reading the user's pipeline table chunk by chunk, as the workbook hands it (issue 19): each chunk of rows
 * becomes deals at once and its cells can be dropped, so the table is never held whole. The result is
 * readPipeline's for the same rows (readPipeline.ts has the rules; pipelineStream.test.ts checks both agree).
 *
 * What is kept between chunks besides the deals, the rows skipped and the cells that could not be read:
 * - per used row, its deal-id text (the deal already holds it) — repeated ids are grouped at the end
 *   (repeats.ts) into stage histories (histories.ts), from the used rows alone, as readPipeline's histories are;
 * - per named row (a deal id or an opportunity name), a 64-bit fingerprint of its cells (rowFingerprints.ts: typed
 *   arrays, about 14 bytes a row): a row whose fingerprint an earlier named row has is a copy of it. Rows that copy
 *   each other cell for cell also share their id or name, so this is duplicateRows' rule within groups; two
 *   different rows would be taken for copies only if two 32-bit hashes both collided (about one chance in 10^7 for
 *   a million named rows);
 * - the amount cells written as text, to set aside amounts in another currency than most (cellReaders.ts) once
 *   the whole column has been read.
 *
 * A reply parsed into arrays holds its own copy of each text in each row, so the deals' texts are shared: one
 * string per distinct deal id and opportunity name (sharedTexts.ts, 4 bytes a slot), and per distinct customer
 * and owner (up to {@link SHARED_LIMIT} of them). Besides its deal (about 120 B), a used row costs its
 * fingerprint and a slot of the tables; the measurements are in docs/performance.md ("Peak memory at 1M rows").
 * Told how many rows the table has (`expectedRows`: Excel says so before the first chunk), the stream makes its
 * list of deals and its tables that large at once: grown as rows come, each would leave its earlier copies for
 * the garbage collector, which a stream of replies seldom collects before the end (at a million rows, 28 MB less
 * at the peak).
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
import { RowFingerprints } from "./rowFingerprints";
import { SharedTexts } from "./sharedTexts";
import type { ColumnMapping, Deal, SkippedRow, StageDateColumn } from "./types";

/** A deal as it is made: its texts are shared before it is kept. */
type DealDraft = { -readonly [K in keyof Deal]: Deal[K] };

/** The table's header and where it is; its rows are pushed in chunks. */
export interface PipelineHeader extends Omit<PipelineTable, "rows"> {
  /**
   * How many data rows the table has, when known before its rows come (Excel says so before the first chunk):
   * the stream's lists are made that large at once instead of growing copies left for the garbage collector.
   * More or fewer rows are read all the same.
   */
  readonly expectedRows?: number;
}

/** The most rows an expected count makes room for: an Excel sheet's rows. */
const MOST_EXPECTED_ROWS = 1_048_576;

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
  const opened = openPipelineStream({ ...table, expectedRows: table.rows.length }, options);
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
  private readonly copies: RowFingerprints;
  private readonly texts = new RepeatedTexts();
  private readonly skipped: SkippedRow[] = [];
  /** The deals of the rows used: the first `count` slots (made for the rows expected at once). */
  private readonly used: Deal[];
  private count = 0;
  private readonly names: SharedTexts;
  private readonly keys: SharedTexts;
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
    const expected = expectedRows(table.expectedRows);
    this.used = expected > 0 ? new Array<Deal>(expected) : [];
    this.copies = new RowFingerprints(expected);
    this.names = new SharedTexts(
      this.used,
      (deal) => deal.opportunity,
      this.columns.opportunity < 0 ? 0 : expected,
    );
    this.keys = new SharedTexts(this.used, (deal) => deal.id, this.columns.dealId < 0 ? 0 : expected);
  }

  push(rows: readonly (readonly unknown[])[]): void {
    const { stage, outcome, lostAt, dealId, opportunity, amount } = this.columns;
    const at = (cells: readonly unknown[], index: number): unknown => (index < 0 ? null : cells[index]);
    for (const values of rows) {
      const row = this.rows++;
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
        const original = this.copies.firstOf(values, this.count);
        if (original >= 0) {
          const first = this.used[original].row;
          this.skipped.push({ row, reason: copyOf(this.firstSheetRow + first), kind: "duplicate" });
          continue;
        }
      }
      const cell = at(values, amount);
      if (typeof cell === "string") this.amountTexts[this.count] = cell;
      const deal = this.shared(this.cells.deal(row, values, placement, this.firstSheetRow), id !== null);
      if (dealId >= 0) this.ids.push(id === null ? null : deal.id);
      this.used[this.count++] = deal;
    }
  }

  /** The deal with its id and opportunity texts shared with the deals before it (`named`: it has a deal id). */
  private shared(deal: DealDraft, named: boolean): Deal {
    const index = this.count;
    if (deal.opportunity !== null) {
      const name = this.names.shared(deal.opportunity, index);
      if (deal.id === deal.opportunity) deal.id = name;
      deal.opportunity = name;
    }
    if (named) deal.id = this.keys.shared(deal.id, index);
    deal.customer = this.texts.kept(deal.customer);
    deal.owner = this.texts.kept(deal.owner);
    return deal;
  }

  finish(): PipelineReadDetails {
    const { used, ids } = this;
    used.length = this.count; // fewer rows than expected: the rest of the room is let go
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

/** The rows to make room for: the count expected when it is one (at most {@link MOST_EXPECTED_ROWS}), else 0. */
function expectedRows(rows: number | undefined): number {
  return rows !== undefined && Number.isSafeInteger(rows) && rows > 0
    ? Math.min(rows, MOST_EXPECTED_ROWS)
    : 0;
}

/** The most customer and owner texts shared (more are kept as they come). */
const SHARED_LIMIT = 65_536;

/** One text per distinct value of a column whose values repeat (customer, owner), up to {@link SHARED_LIMIT}. */
class RepeatedTexts {
  private readonly texts = new Map<string, string>();

  /** The text kept for `text` (`null` stays `null`). */
  kept(text: string | null): string | null {
    if (text === null) return null;
    const kept = this.texts.get(text);
    if (kept !== undefined) return kept;
    if (this.texts.size < SHARED_LIMIT) this.texts.set(text, text);
    return text;
  }
}
