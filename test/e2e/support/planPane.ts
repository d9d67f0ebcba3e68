/**
 * Driving the task pane's Plan view in an end-to-end test (open it, type the target, read the reverse funnel, write
 * the sales-plan sheet), the plan core makes of the same table with the steps the pane takes (readPipeline →
 * pipelineHealth, salesPlan, stageLevers → buildPlanSheet), the FUNNEL.PLAN / FUNNEL.REQUIRED formulas over a data
 * sheet's columns, and the texts of a chart that reach outside its frame. Nothing is hard-coded.
 */
import type { Locator } from "playwright-core";
import { calendarPeriods, type CalendarPeriod } from "../../../src/core/forecast";
import { pipelineHealth } from "../../../src/core/health";
import type { Language } from "../../../src/core/kernel";
import { recogniseColumns, readPipeline } from "../../../src/core/pipeline";
import { salesPlan, stageLevers, type SalesPlan } from "../../../src/core/planning";
import { buildPlanSheet } from "../../../src/core/reports";
import { formulaText, type SheetSpec } from "../../../src/core/sheet";
import { DEFAULT_SCHEME } from "../../../src/core/stages";
import type { SampleCell } from "../../../src/workbench/samplePipeline";
import { paneT } from "../../../src/taskpane/language/paneStrings";
import { LEVER } from "../../../src/taskpane/Plan/planRun";
import { dataColumn } from "./forecastPane";
import { pane, sheetTab } from "./templatesPane";
import type { WorkbenchSession } from "./workbenchPage";
import { openView } from "./viewTabs";

/**
 * The quarter after the one holding `asOf`: the period the Plan view offers first.
 * @example nextQuarter(45838).label // "2025-Q3"
 */
export function nextQuarter(asOf: number): CalendarPeriod {
  const [current] = calendarPeriods(asOf, asOf, "quarter");
  return calendarPeriods(current.to + 1, current.to + 1, "quarter")[0];
}

/** The plan and the plan sheet core makes of a sheet holding `header` and `rows` from A1. */
export interface ExpectedPlan {
  readonly plan: SalesPlan;
  readonly spec: SheetSpec;
}

/**
 * What the pane should plan for a target over a sheet holding `header` and `rows` from A1, as of `asOf`, for the
 * next quarter (or `period`) on the data's rates, and the sheet it writes.
 * @example expectedPlan("Sample pipeline", header, rows, 45838, 3_000_000, "en").plan.stages[0].needed
 */
export function expectedPlan(
  sheet: string,
  header: readonly string[],
  rows: readonly (readonly SampleCell[])[],
  asOf: number,
  target: number,
  language: Language,
  period: CalendarPeriod = nextQuarter(asOf),
): ExpectedPlan {
  const cells = rows.map((row) => row.map((cell) => cell ?? ""));
  const { mapping } = recogniseColumns(header);
  const read = readPipeline({ header, rows: cells }, { mapping, scheme: DEFAULT_SCHEME });
  if (!read.ok) throw new Error(read.error.message.en);
  const health = pipelineHealth(read.value, DEFAULT_SCHEME, { asOf });
  const window = { asOf, periodStart: period.from, periodEnd: period.to };
  const plan = salesPlan(read.value.deals, DEFAULT_SCHEME, { ...window, target, basis: "data" });
  if (!plan.ok) throw new Error(plan.error.message.en);
  const levers = stageLevers(read.value.deals, DEFAULT_SCHEME, {
    ...window,
    points: LEVER.points / 100,
    days: LEVER.days,
  });
  if (!levers.ok) throw new Error(levers.error.message.en);
  const source = { sheet, headerRow: 0, firstCol: 0, rowCount: rows.length, mapping };
  const spec = buildPlanSheet(
    { plan: plan.value, levers: levers.value, health, source },
    { language, lever: LEVER },
  );
  return { plan: plan.value, spec };
}

/**
 * FUNNEL.PLAN (no stage given) or FUNNEL.REQUIRED (at `stage`) for a target over a data sheet's stage, amount and
 * "lost at" columns, as a user types it.
 * @example planFormula("Sample pipeline", header, 360, 3000000) // "=FUNNEL.PLAN(3000000,'Sample pipeline'!$D$2:$D$361,…)"
 */
export function planFormula(
  sheet: string,
  header: readonly string[],
  rows: number,
  target: number,
  stage?: string,
): string {
  const column = (role: "stage" | "amount" | "lostAt") => dataColumn(sheet, header, rows, role);
  const data = [column("stage"), column("amount"), column("lostAt")];
  return stage === undefined
    ? `=FUNNEL.PLAN(${[target, ...data].join(",")})`
    : `=FUNNEL.REQUIRED(${[target, formulaText(stage), ...data].join(",")})`;
}

/**
 * Opens the Plan view of the pane.
 * @example await openPlan(session)
 */
export async function openPlan(s: WorkbenchSession): Promise<void> {
  await openView(s, paneT("viewPlan", s.language, undefined));
  await pane(s)
    .getByRole("heading", { level: 2, name: paneT("planHeading", s.language, undefined) })
    .waitFor();
}

/**
 * Types the target; resolves when the reverse funnel is shown.
 * @example await typeTarget(session, 3000000)
 */
export async function typeTarget(s: WorkbenchSession, target: number): Promise<void> {
  await pane(s)
    .getByRole("textbox", { name: paneT("planTargetLabel", s.language, undefined) })
    .fill(String(target));
  await reverseFunnel(s).waitFor();
}

/** The pane's reverse-funnel table. */
export const reverseFunnel = (s: WorkbenchSession): Locator =>
  pane(s).getByRole("table", { name: paneT("planReverseHeading", s.language, undefined) });

/**
 * The reverse funnel's rows as the pane shows them: stage, needed, have, gap, amount.
 * @example await funnelRows(session) // [["Target account", "120", "4", "116", "18,000"], …]
 */
export async function funnelRows(s: WorkbenchSession): Promise<string[][]> {
  const rows = reverseFunnel(s).getByRole("row");
  const count = await rows.count();
  const shown: string[][] = [];
  for (let i = 1; i < count; i++) shown.push(await rows.nth(i).getByRole("cell").allTextContents());
  return shown;
}

/**
 * Clicks "Write the sales plan sheet" and waits for the success message naming `sheet` and for that sheet's tab
 * to be the active one; a failure message fails the test with its text.
 * @example await writePlan(session, "Sales plan")
 */
export async function writePlan(s: WorkbenchSession, sheet: string): Promise<void> {
  await pane(s)
    .getByRole("button", { name: paneT("planWrite", s.language, undefined) })
    .click();
  const success = pane(s).getByText(paneT("planWriteSuccess", s.language, undefined, { sheet }), {
    exact: true,
  });
  const failure = pane(s).getByRole("group", { name: paneT("planWriteFailureTitle", s.language, undefined) });
  await success.or(failure).waitFor();
  if ((await failure.count()) > 0) throw new Error(`Plan: ${await failure.textContent()}`);
  await sheetTab(s, sheet, true).waitFor();
}

/** A text of a chart drawn outside its chart's frame, and by how many pixels (left, top, right, bottom). */
export interface ClippedText {
  readonly text: string;
  readonly out: readonly number[];
}

/**
 * The texts of a figure that reach outside it (half a pixel of anti-aliasing allowed): every SVG text, and every
 * HTML element holding text of its own.
 * @example expect(await clippedTexts(pane(session).getByRole("figure"))).toEqual([])
 */
export async function clippedTexts(figure: Locator): Promise<ClippedText[]> {
  return figure.evaluate((root) => {
    const frame = root.getBoundingClientRect();
    const clipped: { text: string; out: number[] }[] = [];
    const texts = Array.from(root.querySelectorAll("*")).filter(
      (element) =>
        element.tagName.toLowerCase() === "text" ||
        (!(element instanceof SVGElement) &&
          Array.from(element.childNodes).some(
            (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? "").trim() !== "",
          )),
    );
    for (const element of texts) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const out = [
        frame.left - box.left,
        frame.top - box.top,
        box.right - frame.right,
        box.bottom - frame.bottom,
      ].map((d) => Math.round(Math.max(d, 0)));
      if (out.some((d) => d > 0.5)) clipped.push({ text: element.textContent ?? "", out });
    }
    return clipped;
  });
}
