/**
 * 商机评估汇总 / Deal reviews: one row per deal with evaluation sheets, built from every evaluation sheet the
 * add-in recognises. The deal's facts and scores are live formulas over its sheets' named cells (./reviewFormulas),
 * so a rep's edit shows at once; the sheets found are links; the gate checks (./gates) and the cells that could not
 * be read are as of the board's last update, each naming its rule or its cell. Below: sheets not recognised, and
 * sheets found at the last update that are gone now. The pane writes it with writeReport, in place; it never
 * touches an evaluation sheet or the pipeline table.
 */
import type { Bilingual, Language } from "../kernel";
import {
  cellAddress,
  type CellRange,
  type CellStyle,
  columnHeads,
  openSheet,
  section,
  type SheetBuilder,
  type SheetSpec,
  sheetReference,
  STYLES,
} from "../sheet";
import type { DealEvidenceRead } from "./dealEvidence";
import { EVALUATION_KINDS, type EvaluationKind } from "./evaluationKinds";
import type { EvaluationsFound } from "./evaluationsFound";
import type { GateFailure } from "./gates";
import * as live from "./reviewFormulas";
import { type SheetsByKind } from "./reviewFormulas";
import { REVIEW_TEXT as T } from "./reviewText";

/** The report kind the board is written as (gateway.writeReport). */
export const REVIEW_BOARD_KIND = "dealReviews";

/** The sheet-scoped name over the board's list of the sheets it found (read back to tell which are gone). */
export const REVIEW_SHEETS_NAME = "FUNNEL_REVIEW_SHEETS";

/** Where the pipeline's stages are, to show each deal's claimed stage live: the key (deal id) and stage columns. */
export interface PipelineColumns {
  readonly sheet: string;
  readonly keys: CellRange;
  readonly stages: CellRange;
}

/** What the board is built from. */
export interface ReviewBoardInput {
  readonly language: Language;
  readonly evaluations: EvaluationsFound;
  /** Each deal's evidence as read (the cells not read are listed on the board). */
  readonly evidence: ReadonlyMap<string, DealEvidenceRead>;
  /** Each deal's gate failures; a deal absent here is not in the pipeline table. */
  readonly gates: ReadonlyMap<string, readonly GateFailure[]>;
  readonly pipeline?: PipelineColumns;
  /** The sheets listed at the last update ("kind|deal id|sheet" keys), to name those gone since. */
  readonly previous?: readonly string[];
}

/** A sheet's key in the board's hidden list: its kind, deal and name. */
export const sheetKey = (kind: EvaluationKind, dealId: string, sheet: string) => `${kind}|${dealId}|${sheet}`;

const C = {
  deal: 0,
  customer: 1,
  opportunity: 2,
  owner: 3,
  firstSheet: 4,
  supported: 9,
  claimed: 10,
  gate: 11,
  score: 12,
  verdict: 13,
  competitive: 14,
  weakest: 15,
  roles: 16,
  risks: 17,
  readiness: 18,
  gates: 19,
  completeness: 20,
  unread: 21,
} as const;
const LAST = C.unread;
/** A label's colon: full-width in Chinese. */
const COLON: Bilingual = { zh: "：", en: ": " };
const HIDDEN_COL = LAST + 2;
const HEAD_ROW = 3;
const LINK: CellStyle = { ...STYLES.text, fontColor: "#0563C1" };
const LIVE: CellStyle = { ...STYLES.output, bold: false };
const CENTRED: CellStyle = { ...LIVE, horizontal: "center" };

/** A live formula, or a blank bordered cell where the deal has no such sheet. */
function liveCell(sheet: SheetBuilder, row: number, col: number, formula: string | undefined, style = LIVE) {
  if (formula === undefined) sheet.put({ row, col, style: STYLES.text });
  else sheet.formula(row, col, formula, style);
}

/** A header cell of the deal's first sheet that names it, as a live reference. */
function dealFact(sheets: SheetsByKind, name: string): string | undefined {
  for (const kind of EVALUATION_KINDS) {
    const ref = live.namedReference(sheets, kind.kind, name);
    if (ref !== undefined) return `=IF(${ref}="","",${ref})`;
  }
  return undefined;
}

/** Writes one deal's row. */
function writeDeal(sheet: SheetBuilder, row: number, dealId: string, input: ReviewBoardInput) {
  const found = input.evaluations.found.filter((f) => f.identity.dealId === dealId);
  const sheets: SheetsByKind = {};
  for (const f of found) sheets[f.identity.kind] ??= f;
  const { language } = input;
  sheet.value(row, C.deal, dealId, STYLES.label);
  liveCell(sheet, row, C.customer, dealFact(sheets, "FUNNEL_DEAL_CUSTOMER"));
  liveCell(sheet, row, C.opportunity, dealFact(sheets, "FUNNEL_DEAL_OPPORTUNITY"));
  liveCell(sheet, row, C.owner, dealFact(sheets, "FUNNEL_DEAL_OWNER"));
  EVALUATION_KINDS.forEach(({ kind }, i) => {
    const of = found.filter((f) => f.identity.kind === kind);
    if (of.length === 0) {
      sheet.put({ row, col: C.firstSheet + i, style: STYLES.text });
      return;
    }
    const more = of.length > 1 ? ` (+${of.length - 1})` : "";
    sheet.put({
      row,
      col: C.firstSheet + i,
      value: `${of[0].sheet}${more}`,
      style: LINK,
      link: { sheet: of[0].sheet, address: "A1" },
    });
  });
  liveCell(sheet, row, C.supported, live.supportedStage(sheets, language));
  const claimed = input.pipeline;
  const key = cellAddress(row, C.deal);
  liveCell(
    sheet,
    row,
    C.claimed,
    claimed &&
      `=IFERROR(INDEX(${sheetReference(claimed.sheet, claimed.stages)},MATCH(${key},${sheetReference(claimed.sheet, claimed.keys)},0))&"","")`,
  );
  liveCell(sheet, row, C.gate, live.gateMark(sheets, cellAddress(row, C.claimed)), CENTRED);
  liveCell(sheet, row, C.score, live.worth(sheets, "score"), { ...CENTRED, numberFormat: "0" });
  liveCell(sheet, row, C.verdict, live.worth(sheets, "verdict"));
  liveCell(sheet, row, C.competitive, live.competitiveTotal(sheets), CENTRED);
  liveCell(sheet, row, C.weakest, live.weakestGroup(sheets));
  liveCell(sheet, row, C.roles, live.rolesCovered(sheets), CENTRED);
  liveCell(sheet, row, C.risks, live.riskWarnings(sheets, language));
  liveCell(sheet, row, C.readiness, live.readiness(sheets), CENTRED);
  const failures = input.gates.get(dealId);
  const gateText =
    failures === undefined
      ? sheet.text(T.notInPipeline)
      : failures.length === 0
        ? "✓"
        : failures
            .map((f) => `✗ ${sheet.text(f.rule.name)}${sheet.text(COLON)}${sheet.text(f.detail)}`)
            .join("\n");
  sheet.value(row, C.gates, gateText, {
    ...STYLES.text,
    ...(failures?.length ? { fontColor: "#C00000" } : {}),
  });
  liveCell(sheet, row, C.completeness, live.completeness(sheets), { ...CENTRED, numberFormat: "0%" });
  const unread = input.evidence.get(dealId)?.unreadable ?? [];
  if (unread.length === 0) sheet.put({ row, col: C.unread, style: STYLES.text });
  else
    sheet.put({
      row,
      col: C.unread,
      value: unread
        .map((u) => `${u.sheet}!${u.address}${sheet.text(COLON)}${sheet.text(u.reason)}`)
        .join("\n"),
      style: LINK,
      link: { sheet: unread[0].sheet, address: unread[0].address },
    });
}

/** A list below the deals: a heading, then one linked (or plain) line per item, or "none". */
function writeList(
  sheet: SheetBuilder,
  row: number,
  heading: Bilingual,
  lines: readonly { text: string; sheet?: string }[],
) {
  section(sheet, row, heading, 0, 4);
  if (lines.length === 0) {
    sheet.value(row + 1, 0, sheet.text(T.none), STYLES.subtitle);
    return row + 3;
  }
  lines.forEach((line, i) =>
    sheet.put({
      row: row + 1 + i,
      col: 0,
      value: line.text,
      ...(line.sheet ? { style: LINK, link: { sheet: line.sheet, address: "A1" } } : { style: STYLES.text }),
    }),
  );
  return row + 2 + lines.length;
}

/**
 * The review board's sheet.
 * @example buildReviewBoard({ language: "zh", evaluations, evidence, gates }).name // "商机评估汇总"
 */
export function buildReviewBoard(input: ReviewBoardInput): SheetSpec {
  const sheet = openSheet(input.language, T.title, LAST);
  sheet.value(1, 0, sheet.text(T.note), STYLES.subtitle);
  sheet.merge({ row: 1, col: 0, rows: 1, cols: LAST + 1 });
  const heads = [
    T.deal,
    T.customer,
    T.opportunity,
    T.owner,
    ...EVALUATION_KINDS.map((k) => k.label),
    T.supported,
    T.claimed,
    T.gate,
    T.score,
    T.verdict,
    T.competitive,
    T.weakest,
    T.roles,
    T.risks,
    T.readiness,
    T.gates,
    T.completeness,
    T.unread,
  ];
  columnHeads(sheet, HEAD_ROW, 0, heads);
  const deals = [...new Set(input.evaluations.found.map((f) => f.identity.dealId))];
  deals.forEach((dealId, i) => writeDeal(sheet, HEAD_ROW + 1 + i, dealId, input));
  let row = HEAD_ROW + 2 + deals.length;
  if (deals.length === 0) sheet.value(HEAD_ROW + 1, 0, sheet.text(T.noEvaluations), STYLES.subtitle);

  const { unrecognised, found } = input.evaluations;
  row = writeList(
    sheet,
    row,
    T.unrecognised,
    unrecognised.map((u) => ({
      text: `${u.sheet}${sheet.text(COLON)}${sheet.text(u.reason)}`,
      sheet: u.sheet,
    })),
  );
  const keys = found.map((f) => sheetKey(f.identity.kind, f.identity.dealId, f.sheet));
  const kindAndDeal = (key: string) => key.split("|").slice(0, 2).join("|");
  const still = new Set(keys.map(kindAndDeal));
  const gone = (input.previous ?? []).filter((key) => !still.has(kindAndDeal(key)));
  const label = (key: string) => {
    const [kind, deal, name] = key.split("|");
    const kindLabel = EVALUATION_KINDS.find((k) => k.kind === kind)?.label;
    const [open, close] = sheet.language === "zh" ? ["（", "）"] : [" (", ")"];
    return `${name}${open}${kindLabel ? sheet.text(kindLabel) : kind} · ${deal}${close}`;
  };
  row = writeList(
    sheet,
    row,
    T.removed,
    gone.map((key) => ({ text: label(key) })),
  );
  sheet.value(row, 0, sheet.text(T.rulesNote), STYLES.subtitle);
  sheet.merge({ row, col: 0, rows: 1, cols: LAST + 1 });

  keys.forEach((key, i) =>
    sheet.value(HEAD_ROW + 1 + i, HIDDEN_COL, key, { fontColor: "#FFFFFF", fontSize: 6 }),
  );
  const names =
    keys.length === 0
      ? []
      : [
          {
            name: REVIEW_SHEETS_NAME,
            range: { row: HEAD_ROW + 1, col: HIDDEN_COL, rows: keys.length, cols: 1 },
            scope: "sheet" as const,
          },
        ];
  const widths: Record<number, number> = {
    [C.deal]: 80,
    [C.customer]: 100,
    [C.opportunity]: 110,
    [C.owner]: 60,
  };
  EVALUATION_KINDS.forEach((_, i) => (widths[C.firstSheet + i] = 80));
  Object.assign(widths, {
    [C.supported]: 80,
    [C.claimed]: 80,
    [C.gate]: 50,
    [C.score]: 60,
    [C.verdict]: 100,
    [C.competitive]: 70,
    [C.weakest]: 80,
    [C.roles]: 60,
    [C.risks]: 160,
    [C.readiness]: 80,
    [C.gates]: 320,
    [C.completeness]: 60,
    [C.unread]: 220,
    [HIDDEN_COL]: 4,
  });
  return sheet.build(sheet.text(T.sheet), {
    columnWidths: widths,
    freeze: { rows: HEAD_ROW + 1, cols: 1 },
    names,
    page: { orientation: "landscape" },
    printArea: { row: 0, col: 0, rows: row + 1, cols: LAST + 1 },
  });
}
