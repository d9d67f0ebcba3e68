/**
 * The Pipeline changes report (管线变化) as a sheet spec: what changed from snapshot A to snapshot B — the bridge
 * (values, and a live FUNNEL.BRIDGE over the snapshot table's rows of A and B when each snapshot's rows are next to
 * each other), its column chart, the bridge per owner, the stage-move matrix, the slipped, pushed and stalled deals
 * (each linked to its row of snapshot B in the snapshot table), the pipeline at each snapshot with a line chart, the
 * win probabilities from observed moves beside the default ones, the forecast accuracy of the history's snapshots,
 * and the notes. The bridge chart is a waterfall drawn as stacked columns over live helper columns beside the bridge
 * (bridgeChart.ts); the forecast accuracy is accuracySection.ts.
 */
import { fillPlaceholders } from "../i18n";
import { type Bilingual, isoDate, type Language } from "../kernel";
import type { Deal } from "../pipeline";
import {
  type CellRange,
  type ChartSpec,
  cellAddress,
  columnHeads,
  section,
  SheetBuilder,
  sheetReference,
  title,
} from "../sheet";
import {
  BRIDGE_ENDS,
  MOVEMENT_NAMES,
  type OwnerBridge,
  type SnapshotChanges,
  type SnapshotHistory,
  snapshotTrend,
} from "../snapshots";
import type { StageScheme } from "../stages";
import { CHART_COLORS } from "./charts";
import { writeAccuracy } from "./accuracySection";
import { writeBridgeChart } from "./bridgeChart";
import { CHANGES_TEXT as T } from "./changesText";
import { FORMATS, LIVE_FILL, REPORT_STYLES } from "./styles";

/** The report kind `writeReport` regenerates in place. */
export const CHANGES_REPORT_KIND = "pipelineChanges";

/** Where the snapshot history table is, and its snapshot-date column (to find each snapshot's rows). */
export interface HistoryPlace {
  readonly sheet: string;
  /** 0-based sheet row of the header, and column of its first column. */
  readonly headerRow: number;
  readonly firstCol: number;
  readonly cols: number;
  /** The snapshot date of each data row, in order. */
  readonly dates: readonly unknown[];
}

/** Where one of the user's own snapshot tables is: its header row and its data rows (the deals' rows, in order). */
export interface TablePlace {
  readonly sheet: string;
  /** 0-based sheet row of the header, and column of its first column. */
  readonly headerRow: number;
  readonly firstCol: number;
  readonly cols: number;
  readonly rows: number;
}

/** Snapshots A and B as two of the user's own tables (weekly exports) instead of the history table's rows. */
export interface TablesPlace {
  readonly kind: "tables";
  readonly before: TablePlace;
  readonly after: TablePlace;
}

/** What the report is made of. */
export interface ChangesSheetInput {
  readonly changes: SnapshotChanges;
  readonly history: SnapshotHistory;
  readonly owners: readonly OwnerBridge[];
  readonly scheme: StageScheme;
  /** Where A's and B's rows are: the history table's, or two of the user's own tables. */
  readonly place: HistoryPlace | TablesPlace;
}

const isTables = (place: HistoryPlace | TablesPlace): place is TablesPlace => "kind" in place;

const LINK = { ...REPORT_STYLES.text, fontColor: "#0563C1" } as const;
const LAST_COL = 5;
/** The first of the bridge chart's helper columns (G), right of the live bridge. */
const HELPER_COL = 6;

/**
 * The data rows (0-based) of the snapshot taken on `asOf`'s day, in order.
 * @example rowsOfDay([45800, 45800, 45830], 45830) // [2]
 */
export function rowsOfDay(dates: readonly unknown[], asOf: number): number[] {
  const day = Math.floor(asOf);
  return dates.flatMap((date, i) => (typeof date === "number" && Math.floor(date) === day ? [i] : []));
}

/** The rows as one range when they are consecutive. */
const consecutive = (rows: readonly number[]) =>
  rows.length > 0 && rows.every((row, i) => i === 0 || row === rows[i - 1] + 1);

/**
 * The live bridge formula over the snapshot table's header and the rows of A and B, or undefined when either
 * snapshot's rows are not consecutive.
 * @example bridgeFormula(place, 45800, 45830, null, "en") // '=FUNNEL.BRIDGE(VSTACK(…),VSTACK(…),,,"both",,"en")'
 */
export function bridgeFormula(
  place: HistoryPlace | TablesPlace,
  before: number,
  after: number,
  period: { from: number; to: number } | null,
  language: Language,
): string | undefined {
  const dates = period === null ? "," : `${period.from},${period.to}`;
  if (isTables(place)) {
    // Each table with its header row, as the user's exports are laid out.
    const whole = (table: TablePlace) =>
      sheetReference(table.sheet, {
        row: table.headerRow,
        col: table.firstCol,
        rows: table.rows + 1,
        cols: table.cols,
      });
    return `=FUNNEL.BRIDGE(${whole(place.before)},${whole(place.after)},${dates},"both",,"${language}")`;
  }
  const a = rowsOfDay(place.dates, before);
  const b = rowsOfDay(place.dates, after);
  if (!consecutive(a) || !consecutive(b)) return undefined;
  const header = sheetReference(place.sheet, {
    row: place.headerRow,
    col: place.firstCol,
    rows: 1,
    cols: place.cols,
  });
  const rows = (list: number[]) =>
    sheetReference(place.sheet, {
      row: place.headerRow + 1 + list[0],
      col: place.firstCol,
      rows: list.length,
      cols: place.cols,
    });
  return `=FUNNEL.BRIDGE(VSTACK(${header},${rows(a)}),VSTACK(${header},${rows(b)}),${dates},"both",,"${language}")`;
}

/** Writes a section heading and column heads; returns the first row under them. */
function heads(sheet: SheetBuilder, row: number, text: Bilingual, columns: readonly Bilingual[]): number {
  section(sheet, row, text, 0, LAST_COL);
  columnHeads(sheet, row + 1, 0, columns);
  return row + 2;
}

/** The link from a deal of snapshot B to its row in the snapshot table (or in the user's table B). */
function linkOf(place: HistoryPlace | TablesPlace, rowsOfB: readonly number[], deal: Deal) {
  const table = isTables(place) ? place.after : place;
  const row = isTables(place) ? (deal.row < place.after.rows ? deal.row : undefined) : rowsOfB[deal.row];
  return row === undefined
    ? undefined
    : { sheet: table.sheet, address: cellAddress(table.headerRow + 1 + row, table.firstCol) };
}

/** Writes a deal's name, linked to its row of B. */
function dealCell(sheet: SheetBuilder, row: number, deal: Deal, link: ReturnType<typeof linkOf>): void {
  const name =
    deal.opportunity === null || deal.opportunity === deal.id ? deal.id : `${deal.id} ${deal.opportunity}`;
  sheet.put({
    row,
    col: 0,
    value: name,
    style: link === undefined ? REPORT_STYLES.text : LINK,
    ...(link ? { link } : {}),
  });
}

/** Writes the bridge (values, and the live formula beside them); returns the next free row and the chart. */
function writeBridge(sheet: SheetBuilder, row: number, input: ChangesSheetInput, language: Language) {
  const { bridge, before, after } = input.changes;
  const first = heads(sheet, row, T.bridge, [T.movement, T.deals, T.amount]);
  const lines: [string, number, number][] = [
    [sheet.text(BRIDGE_ENDS.start), bridge.start.count, bridge.start.amount],
    ...bridge.movements.map((m): [string, number, number] => [
      sheet.text(MOVEMENT_NAMES[m.kind]),
      m.count,
      m.amount,
    ]),
    [sheet.text(BRIDGE_ENDS.end), bridge.end.count, bridge.end.amount],
  ];
  lines.forEach(([name, count, amount], i) => {
    sheet.value(first + i, 0, name, REPORT_STYLES.text);
    sheet.value(first + i, 1, count, { ...REPORT_STYLES.figure, numberFormat: FORMATS.count });
    sheet.value(first + i, 2, amount, { ...REPORT_STYLES.figure, numberFormat: FORMATS.amount });
  });
  const formula = bridgeFormula(input.place, before.asOf, after.asOf, bridge.period, language);
  if (formula !== undefined) {
    // The spill's cells stay empty, formatted as the values beside them.
    for (let col = 3; col <= 5; col++)
      sheet.put({ row: first - 1, col, ...(col === 3 ? { formula } : {}), style: { fill: LIVE_FILL } });
    lines.forEach((_, i) => {
      sheet.put({ row: first + i, col: 3, style: { fill: LIVE_FILL } });
      sheet.put({ row: first + i, col: 4, style: { fill: LIVE_FILL, numberFormat: FORMATS.count } });
      sheet.put({ row: first + i, col: 5, style: { fill: LIVE_FILL, numberFormat: FORMATS.amount } });
    });
  }
  const end = first + lines.length;
  const liveNote = isTables(input.place) ? T.liveNoteTables : T.liveNote;
  sheet.value(end, 0, sheet.text(formula === undefined ? T.notLive : liveNote), REPORT_STYLES.note);
  sheet.value(end + 1, 0, sheet.text(T.chartHelpers), REPORT_STYLES.note);
  const chart = writeBridgeChart(
    sheet,
    {
      first,
      lines: lines.length,
      nameCol: 0,
      amountCol: 2,
      ...(formula === undefined ? {} : { liveAmountCol: 5 }),
      helperCol: HELPER_COL,
      anchor: { row: end + 2, col: 0, rows: 18, cols: HELPER_COL + 1 },
    },
    sheet.text(T.chart),
  );
  return { next: end + 21, chart };
}

/** Writes the bridge per owner; returns the next free row. */
function writeOwners(sheet: SheetBuilder, row: number, owners: readonly OwnerBridge[]): number {
  const first = heads(sheet, row, T.owners, [T.owner, T.startAmount, T.endAmount, T.change]);
  const amount = { ...REPORT_STYLES.figure, numberFormat: FORMATS.amount };
  owners.forEach(({ owner, bridge }, i) => {
    sheet.value(first + i, 0, owner === "" ? sheet.text(T.noOwner) : owner, REPORT_STYLES.text);
    sheet.value(first + i, 1, bridge.start.amount, amount);
    sheet.value(first + i, 2, bridge.end.amount, amount);
    sheet.value(first + i, 3, bridge.end.amount - bridge.start.amount, amount);
  });
  if (owners.length === 0) sheet.value(first, 0, sheet.text(T.none), REPORT_STYLES.note);
  return first + Math.max(1, owners.length) + 1;
}

/** Writes the stage-move matrix (origins down, destinations across); returns the next free row. */
function writeMoves(sheet: SheetBuilder, row: number, changes: SnapshotChanges, scheme: StageScheme): number {
  const { moves } = changes;
  const stageName = (index: number) => sheet.text(scheme.stages[index].name);
  const origin = (o: (typeof moves.origins)[number]) =>
    o === "new" ? sheet.text(T.newOrigin) : o === "reopened" ? sheet.text(T.reopenedOrigin) : stageName(o);
  const destination = (d: (typeof moves.destinations)[number]) =>
    d === "won"
      ? stageName(scheme.stages.length - 1)
      : d === "lost"
        ? sheet.text(scheme.lostName)
        : d === "removed"
          ? sheet.text(T.removedDestination)
          : stageName(d);
  section(sheet, row, T.moves, 0, LAST_COL);
  sheet.value(row + 1, 0, sheet.text(T.movesFromTo), REPORT_STYLES.tileLabel);
  moves.destinations.forEach((d, j) => sheet.value(row + 1, 1 + j, destination(d), REPORT_STYLES.tileLabel));
  moves.origins.forEach((o, i) => {
    sheet.value(row + 2 + i, 0, origin(o), REPORT_STYLES.text);
    moves.destinations.forEach((_, j) =>
      sheet.value(row + 2 + i, 1 + j, moves.counts[i][j], {
        ...REPORT_STYLES.figure,
        numberFormat: FORMATS.count,
      }),
    );
  });
  const end = row + 2 + moves.origins.length;
  const summary = fillPlaceholders(sheet.text(T.movesSummary), {
    forward: moves.forward,
    backward: moves.backward,
    skipped: moves.skipped,
    stayed: moves.stayed,
  });
  sheet.value(end, 0, summary, REPORT_STYLES.note);
  return end + 2;
}

/** Writes the slipped, pushed and stalled lists, each deal linked to its row of B; returns the next free row. */
function writeLists(
  sheet: SheetBuilder,
  row: number,
  input: ChangesSheetInput,
  stalledCount: number,
): number {
  const { changes, place, scheme } = input;
  const rowsOfB = isTables(place) ? [] : rowsOfDay(place.dates, changes.after.asOf);
  const date = { ...REPORT_STYLES.figure, numberFormat: FORMATS.date };
  const count = { ...REPORT_STYLES.figure, numberFormat: FORMATS.count };
  let at = heads(sheet, row, T.slipped, [T.deal, T.owner, T.closeA, T.closeB, T.days]);
  changes.slipped.forEach((slip, i) => {
    dealCell(sheet, at + i, slip.after, linkOf(place, rowsOfB, slip.after));
    sheet.value(at + i, 1, slip.after.owner ?? "", REPORT_STYLES.text);
    sheet.value(at + i, 2, slip.before.closeDate ?? "", date);
    sheet.value(at + i, 3, slip.after.closeDate ?? "", date);
    sheet.value(at + i, 4, slip.days, count);
  });
  if (changes.slipped.length === 0) sheet.value(at, 0, sheet.text(T.none), REPORT_STYLES.note);
  at += Math.max(1, changes.slipped.length) + 1;
  at = heads(sheet, at, T.pushed, [T.deal, T.owner, T.pushes, T.pushDays]);
  changes.pushed.forEach((push, i) => {
    dealCell(sheet, at + i, push.deal, linkOf(place, rowsOfB, push.deal));
    sheet.value(at + i, 1, push.deal.owner ?? "", REPORT_STYLES.text);
    sheet.value(at + i, 2, push.pushes, count);
    sheet.value(at + i, 3, push.days, count);
  });
  if (changes.pushed.length === 0) sheet.value(at, 0, sheet.text(T.none), REPORT_STYLES.note);
  at += Math.max(1, changes.pushed.length) + 1;
  const stalledTitle = {
    zh: fillPlaceholders(T.stalled.zh, { count: stalledCount }),
    en: fillPlaceholders(T.stalled.en, { count: stalledCount }),
  };
  at = heads(sheet, at, stalledTitle, [T.deal, T.owner, T.stage, T.since]);
  changes.stalled.forEach((stall, i) => {
    dealCell(sheet, at + i, stall.deal, linkOf(place, rowsOfB, stall.deal));
    sheet.value(at + i, 1, stall.deal.owner ?? "", REPORT_STYLES.text);
    sheet.value(at + i, 2, sheet.text(scheme.stages[stall.stageIndex].name), REPORT_STYLES.text);
    sheet.value(at + i, 3, stall.since, date);
  });
  if (changes.stalled.length === 0) sheet.value(at, 0, sheet.text(T.none), REPORT_STYLES.note);
  return at + Math.max(1, changes.stalled.length) + 1;
}

/** Writes the pipeline at each snapshot and its line chart; returns the next free row and the chart. */
function writeTrend(sheet: SheetBuilder, row: number, input: ChangesSheetInput) {
  const points = snapshotTrend(input.history, input.scheme);
  const first = heads(sheet, row, T.trend, [T.date, T.openDeals, T.openPipeline, T.weighted, T.winRate]);
  points.forEach((point, i) => {
    sheet.value(first + i, 0, point.asOf, { ...REPORT_STYLES.figure, numberFormat: FORMATS.date });
    sheet.value(first + i, 1, point.openDeals, { ...REPORT_STYLES.figure, numberFormat: FORMATS.count });
    sheet.value(first + i, 2, point.openPipeline, { ...REPORT_STYLES.figure, numberFormat: FORMATS.amount });
    sheet.value(first + i, 3, point.weightedPipeline, {
      ...REPORT_STYLES.figure,
      numberFormat: FORMATS.amount,
    });
    sheet.value(first + i, 4, point.winRate ?? "", {
      ...REPORT_STYLES.figure,
      numberFormat: FORMATS.percent,
    });
  });
  const end = first + points.length;
  const rows: CellRange = { row: first, col: 0, rows: points.length, cols: 1 };
  const chart: ChartSpec = {
    kind: "line",
    title: sheet.text(T.trendChart),
    categories: rows,
    series: [
      { name: sheet.text(T.openPipeline), values: { ...rows, col: 2 } },
      { name: sheet.text(T.weighted), values: { ...rows, col: 3 } },
    ],
    anchor: { row: end + 1, col: 0, rows: 15, cols: LAST_COL + 1 },
    numberFormat: FORMATS.amount,
    seriesColors: [CHART_COLORS.rampFrom, CHART_COLORS.won],
  };
  return { next: end + 17, chart };
}

/** Writes the win probabilities from observed moves beside the default ones; returns the next free row. */
function writeChain(sheet: SheetBuilder, row: number, input: ChangesSheetInput): number {
  const first = heads(sheet, row, T.chain, [T.stage, T.defaultProbability, T.observed, T.movesCount, T.why]);
  const percent = { ...REPORT_STYLES.figure, numberFormat: FORMATS.percent };
  input.changes.chain.stages.forEach((stage, i) => {
    const scheme = input.scheme.stages[stage.stageIndex];
    sheet.value(first + i, 0, sheet.text(scheme.name), REPORT_STYLES.text);
    sheet.value(first + i, 1, scheme.probability, percent);
    sheet.value(first + i, 2, stage.winProbability ?? "", percent);
    sheet.value(first + i, 3, stage.moves, { ...REPORT_STYLES.figure, numberFormat: FORMATS.count });
    sheet.value(first + i, 4, stage.reason === null ? "" : sheet.text(stage.reason), REPORT_STYLES.text);
  });
  const end = first + input.changes.chain.stages.length;
  sheet.value(end, 0, sheet.text(T.chainNote), REPORT_STYLES.note);
  return end + 2;
}

/**
 * The Pipeline changes report in `language`.
 * @example writeReport(CHANGES_REPORT_KIND, buildChangesSheet(input, "zh"))
 */
export function buildChangesSheet(input: ChangesSheetInput, language: Language, stalledCount = 3) {
  const sheet = new SheetBuilder(language);
  const { changes } = input;
  title(sheet, 0, T.title, LAST_COL);
  const line = (text: Bilingual, values: Record<string, string>) =>
    fillPlaceholders(sheet.text(text), values);
  sheet.value(1, 0, line(T.snapshots, { a: isoDate(changes.before.asOf), b: isoDate(changes.after.asOf) }));
  const period = changes.bridge.period;
  sheet.value(
    2,
    0,
    period === null
      ? sheet.text(T.allOpen)
      : line(T.period, { from: isoDate(period.from), to: isoDate(period.to) }),
  );
  const bridge = writeBridge(sheet, 4, input, language);
  let row = writeOwners(sheet, bridge.next, input.owners);
  row = writeMoves(sheet, row, changes, input.scheme);
  row = writeLists(sheet, row, input, stalledCount);
  const trend = writeTrend(sheet, row, input);
  row = writeChain(sheet, trend.next, input);
  row = writeAccuracy(sheet, row, input.history, input.scheme, language);
  section(sheet, row, T.notes, 0, LAST_COL);
  const notes = changes.notes.length === 0 ? [T.none] : changes.notes.map((note) => note.message);
  notes.forEach((note, i) => sheet.value(row + 1 + i, 0, sheet.text(note), REPORT_STYLES.note));
  return sheet.build(sheet.text(T.sheet), {
    columnWidths: { 0: 220, 1: 110, 2: 110, 3: 110, 4: 110, 5: 110, 6: 110, 7: 110, 8: 110, 9: 110, 10: 110 },
    charts: [bridge.chart, trend.chart],
  });
}
