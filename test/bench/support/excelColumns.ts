/**
 * The benchmark's pipeline columns, generated twice over: as Excel hands them to a custom function (2-D
 * arrays of one column, blanks as null and "", stage labels as mixed 中文 / English text, amounts as numbers,
 * dates as serial numbers), and already resolved into numeric typed arrays for the hand-written floors.
 * Deterministic: the same row count gives the same columns.
 */
import { mulberry32 } from "../../../src/core/kernel";
import { DEFAULT_PROBABILITIES, LOST, STAGES } from "../../../src/core/stages";

/** A cell as Excel passes it. */
export type Cell = string | number | null;
/** One column of cells, as Excel passes a range: rows of one cell. */
export type Column = Cell[][];

/** Stage code of a resolved row: 0–5 open stages, {@link WON}, {@link LOST_CODE}, {@link BLANK}. */
export const WON = 6;
export const LOST_CODE = 7;
export const BLANK = -1;

/** Probability of each stage code 0–6 (the deck's defaults). */
export const STAGE_PROBABILITIES = Float64Array.from(STAGES.map((stage) => DEFAULT_PROBABILITIES[stage.id]));

/** The period FUNNEL.FORECAST is asked about: 2026-01-01 … 2026-03-31 (Excel serials). */
export const FORECAST_PERIOD = { from: 46023, to: 46112 } as const;

/** The columns of one pipeline, in both forms. */
export interface PipelineColumns {
  readonly rows: number;
  readonly amounts: Column;
  readonly stages: Column;
  readonly created: Column;
  /** Close date: when a won or lost deal closed, the expected close date of an open one. */
  readonly closeDates: Column;
  /** Resolved: the amount, NaN when blank. */
  readonly amount: Float64Array;
  /** Resolved: the stage code (see {@link WON}). */
  readonly stage: Int8Array;
  /** Resolved: the dates, NaN when blank. */
  readonly createdDay: Float64Array;
  readonly closeDay: Float64Array;
}

/**
 * The labels each stage code 0–7 is written with: full and short 中文 names and the English name (lost: 丢单,
 * Lost, 输单).
 */
export const LABELS: readonly (readonly string[])[] = [
  ...STAGES.map((stage) => [stage.name.zh, stage.shortName.zh, stage.name.en]),
  [LOST.name.zh, LOST.name.en, "输单"],
];

/**
 * Generates `rows` deals: about 2 % blank rows (null or ""), 1 % without an amount, 0.5 % without a stage;
 * stages 70 % open (earlier stages more often), 15 % won, 15 % lost; created dates over 2½ years; won and
 * lost deals closed 10–250 days after creation, open deals expected to close within two years.
 * @example pipelineColumns(10_000).stages[0] // [["意向客户"]]
 */
export function pipelineColumns(rows: number): PipelineColumns {
  const random = mulberry32(7);
  const pick = (n: number) => Math.floor(random() * n);
  const blank = (): Cell => (random() < 0.5 ? null : "");
  const columns = {
    rows,
    amounts: new Array<Cell[]>(rows),
    stages: new Array<Cell[]>(rows),
    created: new Array<Cell[]>(rows),
    closeDates: new Array<Cell[]>(rows),
    amount: new Float64Array(rows),
    stage: new Int8Array(rows),
    createdDay: new Float64Array(rows),
    closeDay: new Float64Array(rows),
  };
  for (let i = 0; i < rows; i++) {
    const kind = random();
    if (kind < 0.02) {
      columns.amounts[i] = [blank()];
      columns.stages[i] = [blank()];
      columns.created[i] = [blank()];
      columns.closeDates[i] = [blank()];
      columns.amount[i] = Number.NaN;
      columns.stage[i] = BLANK;
      columns.createdDay[i] = Number.NaN;
      columns.closeDay[i] = Number.NaN;
      continue;
    }
    const roll = random();
    const code =
      roll < 0.7 ? Math.min(5, Math.floor(-Math.log(1 - random()) * 1.8)) : roll < 0.85 ? WON : LOST_CODE;
    const stageBlank = kind < 0.025;
    const amountBlank = kind >= 0.025 && kind < 0.035;
    const amount = 1_000 + pick(99_000) * 10 + pick(10);
    const created = 45_100 + pick(900);
    const closed = code >= WON ? created + 10 + pick(240) : 45_800 + pick(730);
    const labels = LABELS[code === LOST_CODE ? 7 : code];
    columns.amounts[i] = [amountBlank ? blank() : amount];
    columns.stages[i] = [stageBlank ? blank() : labels[pick(labels.length)]];
    columns.created[i] = [created];
    columns.closeDates[i] = [closed];
    columns.amount[i] = amountBlank ? Number.NaN : amount;
    columns.stage[i] = stageBlank ? BLANK : code;
    columns.createdDay[i] = created;
    columns.closeDay[i] = closed;
  }
  return columns;
}

/**
 * The first `rows` rows of the columns (the Excel columns share their row arrays).
 * @example firstRows(pipelineColumns(100), 10).rows // 10
 */
export function firstRows(columns: PipelineColumns, rows: number): PipelineColumns {
  return {
    rows,
    amounts: columns.amounts.slice(0, rows),
    stages: columns.stages.slice(0, rows),
    created: columns.created.slice(0, rows),
    closeDates: columns.closeDates.slice(0, rows),
    amount: columns.amount.subarray(0, rows),
    stage: columns.stage.subarray(0, rows),
    createdDay: columns.createdDay.subarray(0, rows),
    closeDay: columns.closeDay.subarray(0, rows),
  };
}
