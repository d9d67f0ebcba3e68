/**
 * A small hand-made pipeline health (ten deals in the default scheme) and the data table it was read
 * from, for the report tests. Test support only: the report never imports it.
 */
import { DEFAULT_SCHEME } from "../../stages";
import type { PipelineHealth, StageHealth } from "../../health";
import type { ReportSource } from "../dataNames";

type Figures = [
  number,
  number,
  number,
  number,
  number | null,
  number | null,
  number | null,
  number | null,
  number,
];

/** current, reached, amount, weighted, next-step, cumulative, average days, median days, stuck — per stage. */
const STAGE_FIGURES: readonly Figures[] = [
  [1, 10, 100, 5, 0.8, 1, 12, 12, 0],
  [1, 8, 200, 20, 0.875, 0.8, 30, 30, 1],
  [2, 7, 500, 100, 4 / 7, 0.7, 20.5, 20.5, 0],
  [1, 4, 300, 105, 0.75, 0.4, 40, 40, 1],
  [0, 3, 0, 0, 1, 0.3, null, null, 0],
  [1, 3, 400, 300, 2 / 3, 0.3, 10, 10, 0],
  [2, 2, 900, 900, null, 0.2, null, null, 0],
];

const stages: StageHealth[] = STAGE_FIGURES.map((f, index) => ({
  index,
  stage: DEFAULT_SCHEME.stages[index],
  current: f[0],
  reached: f[1],
  amount: f[2],
  weightedAmount: f[3],
  nextStepConversion: f[4],
  cumulativeConversion: f[5],
  averageDaysInStage: f[6],
  medianDaysInStage: f[7],
  stuck: f[8],
}));

/** The health of the fixture: 12 rows read, 10 deals (6 open, 2 won, 2 lost), 2 rows skipped. */
export const HEALTH: PipelineHealth = {
  asOf: 45838,
  scheme: DEFAULT_SCHEME,
  overall: {
    deals: 10,
    open: 6,
    won: 2,
    lost: 2,
    openPipeline: 1500,
    weightedPipeline: 530,
    winRate: 0.5,
    averageWonSize: 450,
    averageCycleDays: 90,
    velocityPerDay: 15,
  },
  stages,
  owners: [
    {
      owner: "Zhang Wei",
      deals: 6,
      open: 4,
      won: 1,
      lost: 1,
      openPipeline: 1000,
      weightedPipeline: 400,
      winRate: 0.5,
      averageWonSize: 500,
      averageCycleDays: 80,
      velocityPerDay: 12.5,
    },
    {
      owner: "Li Na",
      deals: 4,
      open: 2,
      won: 1,
      lost: 1,
      openPipeline: 500,
      weightedPipeline: 130,
      winRate: 0.5,
      averageWonSize: 400,
      averageCycleDays: null,
      velocityPerDay: null,
    },
  ],
  bottleneck: { conversion: 2, time: 3 },
  weightedByCloseMonth: [
    { month: "2025-07", open: 700, weighted: 205 },
    { month: "2025-08", open: 800, weighted: 325 },
  ],
  anomalies: [
    {
      kind: "stuck",
      row: 3,
      dealId: "OPP-0004",
      detail: { zh: "在立项客户停留 95 天", en: "95 days in Project established" },
    },
    {
      kind: "overdue",
      row: 5,
      dealId: "OPP-0006",
      detail: { zh: "预计成交日期已过", en: "Close date passed" },
    },
    { kind: "missingAmount", row: 8, dealId: "OPP-0009", detail: { zh: "没有金额", en: "No amount" } },
  ],
  rowsRead: 12,
  rowsUsed: 10,
  skipped: [
    { row: 10, reason: { zh: "未知阶段“Pilot”", en: "Unknown stage “Pilot”" } },
    { row: 11, reason: { zh: "阶段为空", en: "Blank stage" } },
  ],
};

/** The columns of the fixture's table (the sample pipeline's, without "lost at"). */
export const MAPPING = Object.freeze({
  opportunity: 0,
  customer: 1,
  owner: 2,
  stage: 3,
  amount: 4,
  createdDate: 5,
  closeDate: 6,
  stageEnteredDate: 7,
});

/** The table: on sheet "Deals", header in row 3 (0-based 2) from column B, 12 data rows. */
export const SOURCE: ReportSource = Object.freeze({
  sheet: "Deals",
  headerRow: 2,
  firstCol: 1,
  rowCount: 12,
  mapping: MAPPING,
});
