/**
 * A generated, realistic sample pipeline for demonstrations and tests: a few hundred deals across the seven
 * stages plus lost deals, with customers, owners, amounts and Excel serial dates. Pure and deterministic:
 * the same seed gives the same deals, and the two languages give the same deals in different words.
 *
 * How deals are simulated (our choice, not in source): each deal is created on a day of the 450 days before
 * `asOf`; it then spends a random time in each stage and either advances (with the stage's advance rate) or
 * is lost there, until it is won or `asOf` is reached (then it is still open in its current stage, its
 * expected close date set from `asOf`: weeks ahead in late stages, months in early ones, 8% overdue).
 */
import { type Bilingual, type Language, mulberry32 } from "../core/kernel";
import { LOST, STAGES } from "../core/stages";

/** A cell of the sample: text, a number (amounts and Excel serial dates), or `null` for a blank cell. */
export type SampleCell = string | number | null;

/** The sample as a table: one header row and one row per deal. */
export interface SamplePipeline {
  readonly header: readonly string[];
  readonly rows: readonly (readonly SampleCell[])[];
}

/** What to generate. */
export interface SamplePipelineOptions {
  /** The language of the headers, the stage names and the other texts. */
  readonly language: Language;
  /** Seed of the generator (an integer); the same seed gives the same deals. Default 20110301. */
  readonly seed?: number;
  /** How many deals (1..100000). Default {@link DEFAULT_SAMPLE_DEALS}. */
  readonly deals?: number;
  /**
   * The "today" of the sample as an Excel serial date; every date but open deals' expected close dates is on
   * or before it. Default 2025-06-30 (fixed, for tests); the workbench passes the real today.
   */
  readonly asOf?: number;
}

/**
 * The columns of the sample, in order (A … I).
 * Tested surface: exported for its tests.
 */
export const SAMPLE_PIPELINE_HEADERS: readonly Bilingual[] = Object.freeze([
  { zh: "商机", en: "Opportunity" },
  { zh: "客户", en: "Customer" },
  { zh: "负责人", en: "Owner" },
  { zh: "阶段", en: "Stage" },
  { zh: "金额", en: "Amount" },
  { zh: "创建日期", en: "Created" },
  { zh: "预计成交日期", en: "Expected close" },
  { zh: "进入当前阶段日期", en: "Stage entered" },
  { zh: "丢单阶段", en: "Lost at" },
]);

/** 0-based column of each field in a row of the sample. */
export const SAMPLE_COLUMN = Object.freeze({
  opportunity: 0,
  customer: 1,
  owner: 2,
  stage: 3,
  amount: 4,
  created: 5,
  expectedClose: 6,
  stageEntered: 7,
  lostAt: 8,
});

/** The number of deals generated when none is asked for. */
const DEFAULT_SAMPLE_DEALS = 360;

/**
 * 2025-06-30 as an Excel serial date.
 * Tested surface: exported for its tests.
 */
export const DEFAULT_SAMPLE_AS_OF = 45838;

const DEFAULT_SEED = 20110301;
const HISTORY_DAYS = 450;
const MAX_DEALS = 100_000;
/** Share of deals that advance out of stage k (k = 0 … 5) rather than being lost there. */
const ADVANCE_RATE = [0.86, 0.8, 0.78, 0.8, 0.85, 0.88];
/** Mean days a deal spends in stage k (k = 0 … 5) before it advances or is lost. */
const MEAN_DAYS = [35, 45, 50, 55, 45, 35];

const t = (zh: string, en: string): Bilingual => ({ zh, en });

const OWNERS: readonly Bilingual[] = [
  t("张伟", "Zhang Wei"),
  t("王芳", "Wang Fang"),
  t("李娜", "Li Na"),
  t("刘洋", "Liu Yang"),
  t("陈静", "Chen Jing"),
  t("杨磊", "Yang Lei"),
  t("赵敏", "Zhao Min"),
  t("黄超", "Huang Chao"),
];

const NAME_PARTS: readonly Bilingual[] = [
  t("华东", "Eastern"),
  t("华南", "Southern"),
  t("北方", "Northern"),
  t("江南", "Jiangnan"),
  t("西部", "Western"),
  t("东方", "Oriental"),
  t("长城", "Great Wall"),
  t("海川", "Haichuan"),
  t("金桥", "Golden Bridge"),
  t("新华", "Xinhua"),
  t("远航", "Voyager"),
  t("恒信", "Hengxin"),
];

const INDUSTRIES: readonly Bilingual[] = [
  t("精密机械", "Precision Machinery"),
  t("电子", "Electronics"),
  t("化工", "Chemicals"),
  t("医药", "Pharmaceuticals"),
  t("食品", "Foods"),
  t("纺织", "Textiles"),
  t("物流", "Logistics"),
  t("汽车零部件", "Auto Parts"),
  t("建材", "Building Materials"),
  t("能源", "Energy"),
  t("零售", "Retail"),
  t("电信", "Telecom"),
];

const SUFFIXES: readonly Bilingual[] = [
  t("有限公司", " Co., Ltd."),
  t("集团", " Group"),
  t("股份有限公司", " Holdings"),
];

/** Project kinds, from the deck's special applications and economic benefits. */
const PROJECTS: readonly Bilingual[] = [
  t("财务集中", "Financial consolidation"),
  t("采购集中", "Centralised purchasing"),
  t("产供销一体化", "Integrated production, supply and sales"),
  t("ERP 升级", "ERP upgrade"),
  t("库存优化", "Inventory optimisation"),
  t("集团管控", "Group management control"),
  t("供应链协同", "Supply-chain collaboration"),
  t("成本管理", "Cost management"),
];

/** What happened to one simulated deal, independent of language. */
interface SimulatedDeal {
  readonly owner: number;
  readonly namePart: number;
  readonly industry: number;
  readonly suffix: number;
  readonly project: number;
  readonly amount: number;
  readonly created: number;
  /** 0..6 for a stage (6 = won), or "lost". */
  readonly outcome: number | "lost";
  /** The stage index the deal was lost at (lost deals only). */
  readonly lostAt: number | null;
  readonly stageEntered: number;
  readonly expectedClose: number;
}

/** Share of open deals whose expected close date has passed (reps are late to update some). */
const OVERDUE_SHARE = 0.08;

function simulate(random: () => number, asOf: number): SimulatedDeal {
  const pick = (count: number) => Math.floor(random() * count);
  const days = (mean: number) => Math.max(1, Math.round(mean * (0.35 + 1.3 * random())));
  const remaining = (from: number) => MEAN_DAYS.slice(from).reduce((sum, d) => sum + d, 0);
  // An open deal's expected close date, as a rep sets it: a share of the stages still ahead from today
  // (late stages close within weeks, early ones in months), and a few already overdue.
  const openClose = (stage: number, spread: number, entered: number) =>
    spread < OVERDUE_SHARE
      ? Math.max(entered, asOf - 5 - Math.round(40 * (spread / OVERDUE_SHARE)))
      : asOf + Math.max(3, Math.round(remaining(stage) * (0.2 + 0.55 * spread)));
  const owner = pick(OWNERS.length);
  const namePart = pick(NAME_PARTS.length);
  const industry = pick(INDUSTRIES.length);
  const suffix = pick(SUFFIXES.length);
  const project = pick(PROJECTS.length);
  // Log-uniform between 30,000 and 3,000,000, rounded to the thousand.
  const amount = Math.round(Math.exp(Math.log(30_000) + random() * Math.log(100)) / 1000) * 1000;
  // More deals were created recently than long ago (a growing pipeline).
  const created = asOf - Math.floor(HISTORY_DAYS * random() ** 1.5);

  const deal = { owner, namePart, industry, suffix, project, amount, created };
  let stage = 0;
  let entered = created;
  for (;;) {
    const leaves = entered + days(MEAN_DAYS[stage]);
    const spread = random();
    const forecast = entered + Math.round(remaining(stage) * (0.8 + 0.6 * spread));
    if (leaves > asOf) {
      return {
        ...deal,
        outcome: stage,
        lostAt: null,
        stageEntered: entered,
        expectedClose: openClose(stage, spread, entered),
      };
    }
    if (random() >= ADVANCE_RATE[stage]) {
      return {
        ...deal,
        outcome: "lost",
        lostAt: stage,
        stageEntered: leaves,
        expectedClose: forecast,
      };
    }
    stage += 1;
    entered = leaves;
    if (stage === STAGES.length - 1) {
      return {
        ...deal,
        outcome: stage,
        lostAt: null,
        stageEntered: entered,
        expectedClose: entered,
      };
    }
  }
}

function row(deal: SimulatedDeal, index: number, language: Language): SampleCell[] {
  const customer =
    language === "zh"
      ? `${NAME_PARTS[deal.namePart].zh}${INDUSTRIES[deal.industry].zh}${SUFFIXES[deal.suffix].zh}`
      : `${NAME_PARTS[deal.namePart].en} ${INDUSTRIES[deal.industry].en}${SUFFIXES[deal.suffix].en}`;
  const stage = deal.outcome === "lost" ? LOST.name[language] : STAGES[deal.outcome].name[language];
  return [
    `OPP-${String(index + 1).padStart(4, "0")} ${PROJECTS[deal.project][language]}`,
    customer,
    OWNERS[deal.owner][language],
    stage,
    deal.amount,
    deal.created,
    deal.expectedClose,
    deal.stageEntered,
    deal.lostAt === null ? null : STAGES[deal.lostAt].name[language],
  ];
}

/**
 * Generates the sample pipeline: a header row (商机/Opportunity, 客户/Customer, 负责人/Owner, 阶段/Stage,
 * 金额/Amount, 创建日期/Created, 预计成交日期/Expected close, 进入当前阶段日期/Stage entered, 丢单阶段/Lost at)
 * and one row per deal. Stage names are the full names of the chosen language (谈判客户 / Negotiation); a lost
 * deal's stage is 丢单 / Lost and its "Lost at" names the stage it was lost in (blank for other deals). Dates
 * are Excel serial dates with created ≤ stage entered ≤ asOf. Throws a RangeError for a deal count outside
 * 1..100000 or a non-integer seed or asOf (programming errors).
 * @example
 * const { header, rows } = samplePipeline({ language: "en", seed: 7 });
 * header[3] // "Stage"
 * rows.length // 360
 */
export function samplePipeline(options: SamplePipelineOptions): SamplePipeline {
  const deals = options.deals ?? DEFAULT_SAMPLE_DEALS;
  const seed = options.seed ?? DEFAULT_SEED;
  const asOf = options.asOf ?? DEFAULT_SAMPLE_AS_OF;
  if (!Number.isInteger(deals) || deals < 1 || deals > MAX_DEALS) {
    throw new RangeError(`deals must be an integer in 1..${MAX_DEALS}, not ${deals}.`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, not ${seed}.`);
  if (!Number.isInteger(asOf) || asOf <= HISTORY_DAYS) {
    throw new RangeError(
      `asOf must be an Excel serial date (an integer above ${HISTORY_DAYS}), not ${asOf}.`,
    );
  }
  const random = mulberry32(seed);
  const rows: SampleCell[][] = [];
  for (let i = 0; i < deals; i++) rows.push(row(simulate(random, asOf), i, options.language));
  return {
    header: SAMPLE_PIPELINE_HEADERS.map((h) => h[options.language]),
    rows,
  };
}
