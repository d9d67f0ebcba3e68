/**
 * Test fixture: a bad-data corpus — a pipeline table as Excel hands it over (header row, then rows of
 * strings, numbers, booleans and "" for blank cells, as src/excel/readTable.ts returns them) holding what
 * messy workbooks hold, each row with a note saying what it exercises and what reading it must give:
 * the deal's figures as the user meant them, or the row skipped (with the kind of reason), or the cells
 * listed as unreadable (with the deal kept). Used by jest only; never shipped.
 *
 * The decisions the corpus pins down (see amounts.ts, cellReaders.ts, stageCells.ts, duplicateRows.ts):
 * "," separates thousands and "." is the decimal point; the decimal-comma convention is refused with the
 * number to write instead; ¥ ￥ RMB CNY 元 人民币 are the yuan, $ US$ USD 美元 the US dollar, and a
 * column naming both is read in the one most amounts name, the others listed; 千 万 亿 K M are units; a
 * percentage is not an amount; amounts beyond ±10^15 and dates outside 1950–2100 are listed, not used;
 * two-language stage labels are read when both halves name the same stage; a row copying an earlier row
 * that names its deal is skipped as a copy; rows sharing a deal id are that deal's stage history.
 */
import { serialFromDate } from "../../kernel";
import type { ColumnRole, SkipKind } from "../types";
import { STAGE } from "./dealFixtures";

/** The corpus's as-of date: 2025-06-30. */
export const CORPUS_AS_OF = 45838;
/** 0-based sheet row of the header: two title rows above it, so data row i is sheet row i + 4. */
export const CORPUS_HEADER_ROW = 2;

/** The columns of the corpus: their messy headers (BOM, spaces, line breaks, case, two languages) and roles. */
const COLUMNS = {
  id: { header: "\ufeff商机编号", role: "dealId" },
  name: { header: "  Opportunity\nName ", role: "opportunity" },
  customer: { header: "客户\u3000名称", role: "customer" },
  owner: { header: "OWNER", role: "owner" },
  stage: { header: "销售阶段 / Stage", role: "stage" },
  amount: { header: "金额（元）", role: "amount" },
  close: { header: "Close\r\nDate", role: "closeDate" },
  created: { header: "created  date", role: "createdDate" },
  entered: { header: "Stage\u3000Entered", role: "stageEnteredDate" },
  outcome: { header: "结果", role: "outcome" },
  lostAt: { header: "Lost At", role: "lostAt" },
  activity: { header: "Last Activity Date", role: "lastActivity" },
  note: { header: "备注", role: null },
  probability: { header: "Probability (%)", role: null },
} as const satisfies Record<string, { header: string; role: ColumnRole | null }>;
type Field = keyof typeof COLUMNS;
const FIELDS = Object.keys(COLUMNS) as Field[];

/** The mapping the header must be recognised as: every role (备注 and Probability are none). */
export const CORPUS_MAPPING = Object.freeze(
  Object.fromEntries(
    FIELDS.flatMap((field, column) => {
      const role = COLUMNS[field].role;
      return role === null ? [] : [[role, column]];
    }),
  ),
) as Readonly<Record<ColumnRole, number>>;

/** What reading a used row must give: the fields named (others are not checked). */
export interface ExpectedDeal {
  readonly stage?: number | "lost";
  readonly lostAt?: number | null;
  readonly id?: string;
  readonly owner?: string | null;
  readonly customer?: string | null;
  readonly amount?: number | null;
  readonly created?: number | null;
  readonly close?: number | null;
  readonly entered?: number | null;
}

/** A row of the corpus: what it exercises, its cells, and what reading it must give. */
export interface CorpusRow {
  readonly note: string;
  readonly cells: readonly unknown[];
  readonly expected:
    | { readonly skip: SkipKind }
    | { readonly deal: ExpectedDeal; readonly unreadable?: readonly ColumnRole[] };
}

const day = (year: number, month: number, date: number) =>
  serialFromDate({ year, month, day: date }) as number;

const cellsOf = (fields: Partial<Record<Field, unknown>>): unknown[] =>
  FIELDS.map((field) => fields[field] ?? "");
const used = (
  note: string,
  fields: Partial<Record<Field, unknown>>,
  deal: ExpectedDeal,
  unreadable?: ColumnRole[],
) =>
  ({ note, cells: cellsOf(fields), expected: { deal, ...(unreadable ? { unreadable } : {}) } }) as CorpusRow;
const skipped = (note: string, fields: Partial<Record<Field, unknown>>, skip: SkipKind): CorpusRow => ({
  note,
  cells: cellsOf(fields),
  expected: { skip },
});
/** A row given cell by cell (blank rows, short rows). */
const raw = (note: string, cells: unknown[], expected: CorpusRow["expected"]): CorpusRow => ({
  note,
  cells,
  expected,
});

const OWNERS = ["张伟", "王芳", "Li Na"];
const STAGE_WORDS = ["目标", "潜在客户", "Intent", "立项", "认可客户", "Negotiation", "成交"];

/**
 * Forty clean deals (numbers and serial dates, every stage, three owners) so the figures have
 * substance: deal k is at stage k mod 7, amount 10,000 × (k + 1), created 2025-01-01 + k, closing
 * 2025-07-01 + 3k, in its stage since 2025-06-01 − k.
 */
function cleanDeals(): CorpusRow[] {
  return Array.from({ length: 40 }, (_, k) => {
    const stage = k % 7;
    const won = stage === STAGE.won;
    const fields = {
      id: `C-${k + 1}`,
      name: `Clean deal ${k + 1}`,
      customer: `客户 ${k % 9}`,
      owner: OWNERS[k % 3],
      stage: STAGE_WORDS[stage],
      amount: 10_000 * (k + 1),
      created: day(2025, 1, 1) + k,
      close: won ? day(2025, 6, 1) - k : day(2025, 7, 1) + 3 * k,
      entered: day(2025, 6, 1) - k,
      probability: `${5 * (stage + 1)}%`,
    };
    return used(`clean deal ${k + 1}: numbers and serial dates, stage ${STAGE_WORDS[stage]}`, fields, {
      stage,
      amount: fields.amount,
      created: fields.created,
      close: fields.close,
    });
  });
}

/** A deal with everything but the cells under test filled in, as a clean open deal at 意向. */
const base = (id: string, fields: Partial<Record<Field, unknown>> = {}) => ({
  id,
  name: `Deal ${id}`,
  customer: "华东电子",
  owner: "张伟",
  stage: "意向",
  amount: 50_000,
  created: day(2025, 3, 1),
  close: day(2025, 9, 30),
  entered: day(2025, 5, 1),
  ...fields,
});

/** Blank rows, copies and repeated deal ids. */
function rowsAndRepeats(): CorpusRow[] {
  const copied = base("DUP-1", { stage: "谈判", amount: 300_000 });
  return [
    raw(
      'blank: every cell ""',
      FIELDS.map(() => ""),
      { skip: "blank" },
    ),
    raw(
      "blank: spaces, a full-width space and a tab",
      ["  ", "\u3000", "\t", ...FIELDS.slice(3).map(() => "")],
      { skip: "blank" },
    ),
    raw("blank: a short row of one empty cell", [""], { skip: "blank" }),
    raw(
      "blank: dashes only (a dash is how many sheets write nothing)",
      FIELDS.map(() => "-"),
      { skip: "blank" },
    ),
    raw("blank: an empty row", [], { skip: "blank" }),
    used("copy source: a deal that is pasted twice below", copied, {
      stage: STAGE.negotiation,
      amount: 300_000,
    }),
    skipped("fully duplicate row: the row above pasted again", copied, "duplicate"),
    skipped(
      "fully duplicate row, its text padded with spaces",
      { ...copied, name: `  ${copied.name}  ` },
      "duplicate",
    ),
    used(
      "same deal id, an amount updated: a history entry, not a copy",
      { ...copied, amount: 320_000 },
      {
        stage: STAGE.negotiation,
        amount: 320_000,
      },
    ),
    used(
      "no deal id, named: the source of a copy",
      { name: "Unnamed-id deal", stage: "立项", amount: 7_000 },
      {
        id: "Unnamed-id deal",
        stage: STAGE.project,
      },
    ),
    skipped(
      "fully duplicate row without a deal id, named by its opportunity",
      { name: "Unnamed-id deal", stage: "立项", amount: 7_000 },
      "duplicate",
    ),
    used(
      "same name, another customer: two deals, not a copy",
      { name: "Unnamed-id deal", customer: "另一家", stage: "立项", amount: 7_000 },
      {
        id: "Unnamed-id deal",
        customer: "另一家",
      },
    ),
    used(
      "neither id nor name: cannot be told from a copy, so counted",
      { stage: "目标", amount: 900 },
      { stage: STAGE.target, amount: 900 },
    ),
    used(
      "neither id nor name, the same cells again: counted too",
      { stage: "目标", amount: 900 },
      { stage: STAGE.target, amount: 900 },
    ),
    used("history: H-1 enters 意向", base("H-1", { entered: day(2025, 1, 10) }), { stage: STAGE.intent }),
    used("history: H-1 moves to 立项", base("H-1", { stage: "立项", entered: day(2025, 2, 10) }), {
      stage: STAGE.project,
    }),
    used(
      "history: H-1 jumps to 谈判, skipping 认可",
      base("H-1", { stage: "谈判", entered: day(2025, 4, 10) }),
      {
        stage: STAGE.negotiation,
      },
    ),
    used("history: H-2 at 认可", base("H-2", { stage: "认可", entered: day(2025, 3, 1) }), {
      stage: STAGE.acknowledged,
    }),
    used("history: H-2 moves back to 意向", base("H-2", { stage: "意向", entered: day(2025, 4, 1) }), {
      stage: STAGE.intent,
    }),
    skipped(
      "history: H-2's last row pasted twice",
      base("H-2", { stage: "意向", entered: day(2025, 4, 1) }),
      "duplicate",
    ),
    used("deal id with spaces around it: trimmed", base("  H-3  "), { id: "H-3" }),
    used("deal id as a number", base("", { id: 1001 }), { id: "1001" }),
  ];
}

/** Amounts as people write them. */
function amounts(): CorpusRow[] {
  const amount = (note: string, cell: unknown, expected: number | null, unreadable = false) =>
    used(
      `amount: ${note}`,
      base(`A-${note}`, { amount: cell }),
      { amount: unreadable ? null : expected },
      unreadable ? ["amount"] : undefined,
    );
  return [
    amount("thousands separators 1,200,000", "1,200,000", 1_200_000),
    amount("spaces between thousands 1 200 000", "1 200 000", 1_200_000),
    amount("no-break spaces between thousands", "1\u00a0200\u00a0000", 1_200_000),
    amount("full-width digits and comma", "１，２００，０００", 1_200_000),
    amount("decimals 1,200.50", "1,200.50", 1200.5),
    amount("yen sign ¥1,200", "¥1,200", 1200),
    amount("full-width yen sign ￥3,500", "￥3,500", 3500),
    amount("RMB before", "RMB 8,000", 8000),
    amount("CNY after", "8,000 CNY", 8000),
    amount("元 after", "6,000元", 6000),
    amount("人民币 before", "人民币 9,000", 9000),
    amount("万", "12万", 120_000),
    amount("万元 with decimals", "1.5万元", 15_000),
    amount("亿", "0.02亿", 2_000_000),
    amount("千", "5千", 5000),
    amount("K", "80K", 80_000),
    amount("minus sign -1,200", "-1,200", -1200),
    amount("Unicode minus −1,200", "\u22121,200", -1200),
    amount("full-width minus", "－1200", -1200),
    amount("accounting negative (1,200)", "(1,200)", -1200),
    amount("trailing minus 1,200- (SAP)", "1,200-", -1200),
    amount("a plain number", 75_000.25, 75_000.25),
    amount("zero is an amount, not a blank", 0, 0),
    amount("a number typed as text", "42000", 42_000),
    amount("one dot is the decimal point: 1.200 is 1.2", "1.200", 1.2),
    amount("blank: no amount (flagged as missing, not unreadable)", "", null),
    amount("US dollars in a yuan column: $", "$30,000", null, true),
    amount("US dollars in a yuan column: US$ with M", "US$1.2M", null, true),
    amount("decimal comma 1.200.000,50", "1.200.000,50", null, true),
    amount("decimal comma 1200,5", "1200,5", null, true),
    amount("a percentage in the amount column", "35%", null, true),
    amount("Indian grouping 12,34,567", "12,34,567", null, true),
    amount("words: about 5k", "about 5k", null, true),
    amount("N/A", "N/A", null, true),
    amount("an Excel error value", "#N/A", null, true),
    amount("TRUE in the amount column", true, null, true),
    amount("1E20 (beyond any deal)", "1E20", null, true),
    amount("a number beyond any deal", 1e16, null, true),
    amount("two currencies in one cell", "$5元", null, true),
  ];
}

/** Stage, outcome and stage-of-loss cells. */
function stages(): CorpusRow[] {
  const stage = (note: string, cell: unknown, index: number | "lost") =>
    used(`stage: ${note}`, base(`S-${note}`, { stage: cell }), { stage: index });
  const refused = (note: string, fields: Partial<Record<Field, unknown>>, kind: SkipKind) =>
    skipped(`stage: ${note}`, base(`S-${note}`, fields), kind);
  return [
    stage("Chinese short name 意向", "意向", STAGE.intent),
    stage("English name Intent", "Intent", STAGE.intent),
    stage("number 3", 3, STAGE.intent),
    stage('number as text "3"', "3", STAGE.intent),
    stage("upper case INTENT", "INTENT", STAGE.intent),
    stage("spaces around", "  intent  ", STAGE.intent),
    stage("意向客户阶段", "意向客户阶段", STAGE.intent),
    stage("two languages: 谈判 Negotiation", "谈判 Negotiation", STAGE.negotiation),
    stage("two languages with a slash: 认可/Acknowledged", "认可/Acknowledged", STAGE.acknowledged),
    stage("two languages in brackets: Prospect（潜在）", "Prospect（潜在）", STAGE.prospect),
    stage("numbered: 6. 谈判", "6. 谈判", STAGE.negotiation),
    stage("full-width letters", "Ｎｅｇｏｔｉａｔｉｏｎ", STAGE.negotiation),
    stage("hyphen and case: closed-won", "closed-won", STAGE.won),
    stage("赢单", "赢单", STAGE.won),
    used("stage: lost word with a lost-at stage", base("S-lost-at", { stage: "丢单", lostAt: "谈判" }), {
      stage: "lost",
      lostAt: STAGE.negotiation,
    }),
    used("stage: Closed Lost without a lost-at stage", base("S-closed-lost", { stage: "Closed Lost" }), {
      stage: "lost",
      lostAt: null,
    }),
    used(
      "outcome: won whatever the stage cell says",
      base("S-won-outcome", { stage: "意向", outcome: "赢" }),
      { stage: STAGE.won },
    ),
    used(
      "outcome: lost at the stage of the stage cell",
      base("S-lost-outcome", { stage: "立项", outcome: "Lost" }),
      { stage: "lost", lostAt: STAGE.project },
    ),
    used("outcome: 进行中 is no outcome", base("S-open-outcome", { stage: "立项", outcome: "进行中" }), {
      stage: STAGE.project,
    }),
    used("stage blank, outcome won", base("S-blank-won", { stage: "", outcome: "Won" }), {
      stage: STAGE.won,
    }),
    refused("unknown stage Qualified", { stage: "Qualified" }, "stage"),
    refused("a percentage in the stage column", { stage: "35%" }, "stage"),
    refused("two languages that disagree: 3 谈判", { stage: "3 谈判" }, "stage"),
    refused("a number with no stage: 9", { stage: 9 }, "stage"),
    refused("TRUE in the stage column", { stage: true }, "stage"),
    refused("an Excel error value in the stage column", { stage: "#REF!" }, "stage"),
    refused("no stage and no outcome", { stage: "" }, "noStage"),
    refused("an outcome that is neither won nor lost", { outcome: "maybe" }, "outcome"),
    refused("lost at the won stage", { stage: "成交", outcome: "lost" }, "stage"),
    refused("a lost-at stage that is not a stage", { stage: "丢单", lostAt: "xyz" }, "lostAt"),
  ];
}

/** Date cells. */
function dates(): CorpusRow[] {
  const close = (note: string, cell: unknown, expected: number | null, unreadable = false) =>
    used(
      `close date: ${note}`,
      base(`T-${note}`, { close: cell }),
      { close: unreadable ? null : expected },
      unreadable ? ["closeDate"] : undefined,
    );
  return [
    close("a serial", day(2025, 7, 15), day(2025, 7, 15)),
    close("a serial with a time of day", day(2025, 7, 15) + 0.75, day(2025, 7, 15)),
    close("ISO text", "2025-07-15", day(2025, 7, 15)),
    close("slashes", "2025/7/15", day(2025, 7, 15)),
    close("dots", "2025.7.15", day(2025, 7, 15)),
    close("Chinese", "2025年7月15日", day(2025, 7, 15)),
    close("compact", "20250715", day(2025, 7, 15)),
    close("day first with a month name", "15 Jul 2025", day(2025, 7, 15)),
    close("month name first", "Jul 15, 2025", day(2025, 7, 15)),
    close("ISO with a time and zone", "2025-07-15T10:00:00Z", day(2025, 7, 15)),
    close("full-width digits", "２０２５-０７-１５", day(2025, 7, 15)),
    close("the first day a deal can have", "1950-01-01", day(1950, 1, 1)),
    close("the last day a deal can have", "2100-12-31", day(2100, 12, 31)),
    close("blank", "", null),
    close("day and month order unknown 05/07/2025", "05/07/2025", null, true),
    close("text: next week", "next week", null, true),
    close("text: TBD", "TBD", null, true),
    close("text: 下周", "下周", null, true),
    close("a month without a day", "2025-07", null, true),
    close("not a real day 2025-02-30", "2025-02-30", null, true),
    close("before Excel's dates: 1899-12-31", "1899-12-31", null, true),
    close("Excel's fictitious 1900-02-29", "1900-02-29", null, true),
    close("serial 1 (1900-01-01)", 1, null, true),
    close("serial 0", 0, null, true),
    close("a negative serial", -5, null, true),
    close("the placeholder 9999-12-31", "9999-12-31", null, true),
    close("the last serial Excel shows", 2958465, null, true),
    close("serial 3e6, beyond Excel's dates", 3e6, null, true),
    close("TRUE in a date column", true, null, true),
    close("an Excel error value", "#VALUE!", null, true),
    used(
      "created date: text in the created column",
      base("T-created-text", { created: "上个月" }),
      { created: null },
      ["createdDate"],
    ),
    used(
      "stage entered: a date far in the future",
      base("T-entered-far", { entered: "2999-01-01" }),
      { entered: null },
      ["stageEnteredDate"],
    ),
    used("last activity: text", base("T-activity-text", { activity: "yesterday" }), {}, ["lastActivity"]),
    used(
      "two bad dates in one row, both listed",
      base("T-two-bad", { created: "TBD", close: "TBD" }),
      { created: null, close: null },
      ["createdDate", "closeDate"],
    ),
  ];
}

/** A deal id a user typed that looks like a formula: the report must write it as text. */
export const FORMULA_ID = '=HYPERLINK("http://example.com","open")';

/** Text cells. */
function texts(): CorpusRow[] {
  return [
    used(
      "owner: an Excel error value is listed, the owner left blank",
      base("X-owner-error", { owner: "#N/A" }),
      { owner: null },
      ["owner"],
    ),
    used(
      "customer: formula-like text stays text",
      base("X-formula", { customer: '=HYPERLINK("http://x")' }),
      {
        customer: '=HYPERLINK("http://x")',
      },
    ),
    used(
      "deal id: formula-like text, amount blank (so the report lists it)",
      base("", { id: FORMULA_ID, amount: "" }),
      {
        id: FORMULA_ID,
        amount: null,
      },
    ),
    used("owner: spaces around the name", base("X-owner-spaces", { owner: "  王芳 " }), { owner: "王芳" }),
    used("customer: emoji and a long name", base("X-emoji", { customer: `🚀 ${"长".repeat(300)}` }), {}),
    used("owner: a number", base("X-owner-number", { owner: 7 }), { owner: "7" }),
  ];
}

/**
 * The corpus: its header (as the gateway gives it: trimmed text) and rows, each row's note and what
 * reading it must give.
 * @example const { header, rows, expected } = badDataCorpus(); rows.length // ≥ 150
 */
export function badDataCorpus() {
  const corpus = [...cleanDeals(), ...rowsAndRepeats(), ...amounts(), ...stages(), ...dates(), ...texts()];
  return {
    header: FIELDS.map((field) => COLUMNS[field].header.trim()),
    rows: corpus.map((row) => row.cells),
    corpus,
  };
}
