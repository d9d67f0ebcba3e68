/**
 * Pipeline health over a messy table in the workbench: the sample pipeline with an unknown stage ("banana"),
 * text in an amount, a percentage typed as text ("50%") and an exact copy of a row. The pane skips or lists
 * those rows and cells; the report's live cells (FUNNEL functions with badRows "skip", or the opportunity
 * column by which they tell the copy) show no error and the pane's figure in every KPI, conversion and
 * forecast cell, and the note beside them says what they pass over. Figures come from core (the pane's own
 * steps: readPipeline → pipelineHealth → buildHealthReport), never hard-coded.
 */
import { type Language, isoDate, serialFromJsDate } from "../../src/core/kernel";
import type { CellSpec, SheetSpec } from "../../src/core/sheet";
import { STAGE_HEADS } from "../../src/core/reports";
import { t } from "../../src/core/i18n";
import { SAMPLE_COLUMN, samplePipeline } from "../../src/workbench/samplePipeline";
import { DEFAULT_SCHEME } from "../../src/core/stages";
import { cellAddress } from "../../src/core/sheet";
import { amountText } from "../../src/taskpane/PipelineHealth/healthFigures";
import { workbenchText } from "../../src/workbench/workbenchStrings";
import {
  expectedReport,
  generateReport,
  kpiAddress,
  openPipelineHealth,
  paneFigure,
  readSheet,
  setAsOf,
} from "./support/healthPane";
import { addressOf, findCell } from "./support/templateSpecs";
import { sheetTab, shownNumber, textAt } from "./support/templatesPane";
import { screenshot, typeInto, type WorkbenchSession, workbenchSuite } from "./support/workbenchPage";

const workbench = workbenchSuite();
let session: WorkbenchSession;

type Row = readonly (string | number | null)[];

/** The rows of the sample whose stage is of `kind`, as 0-based data rows. */
function rowsOf(rows: readonly Row[], kind: "open" | "won"): number[] {
  return rows.flatMap((row, i) => {
    const position = DEFAULT_SCHEME.resolve(row[SAMPLE_COLUMN.stage]);
    const amount = row[SAMPLE_COLUMN.amount];
    return position.ok && position.value.kind === kind && typeof amount === "number" ? [i] : [];
  });
}

/**
 * The edits that make the sample messy, as typed into the data sheet (a leading ' keeps "50%" text, as a
 * text-formatted cell or a CSV import would) and as the pane then reads them.
 */
function messyEdits(rows: readonly Row[]) {
  const [won, open] = [rowsOf(rows, "won"), rowsOf(rows, "open")];
  return [
    { row: won[0], col: SAMPLE_COLUMN.stage, typed: "banana", read: "banana" },
    { row: open[0], col: SAMPLE_COLUMN.amount, typed: "n/a", read: "n/a" },
    { row: won[1], col: SAMPLE_COLUMN.amount, typed: "'50%", read: "50%" },
  ];
}

/** The cells a FUNNEL.FORECAST formula of the report spills into: one row per period, one column per figure. */
function forecastCells(spec: SheetSpec): string[] {
  return spec.cells.flatMap((c) => {
    const call = /^=FUNNEL\.FORECAST\((.*)\)$/.exec(c.formula ?? "");
    if (call === null) return [];
    const periods = /,[A-Z]+(\d+):[A-Z]+(\d+),/.exec(call[1]);
    const rows = periods === null ? 1 : Number(periods[2]) - Number(periods[1]) + 1;
    const figures = (/\{([^}]*)\}/.exec(call[1])?.[1] ?? "x").split(",").length;
    return Array.from({ length: rows * figures }, (_, k) =>
      addressOf({ row: c.row + Math.floor(k / figures), col: c.col + (k % figures) }),
    );
  });
}

/** How far a shown figure may be from the model's, given the report's number formats. */
const off = (text: string, value: number) =>
  Math.abs(shownNumber(text) - value) <= (text.trim().endsWith("%") ? 0.0005 : 0.5) + 1e-9;

describe.each<Language>(["en", "zh"])("pipeline health of a messy pipeline in %s", (language) => {
  it("shows no live cell in error and the pane's figure in each", async () => {
    session = await workbench.open(language, { width: 1920, height: 1080 });
    await session.page.getByRole("button", { name: workbenchText("loadSample", language) }).click();
    const dataSheet = workbenchText("sampleSheetName", language);
    await sheetTab(session, dataSheet, true).waitFor();
    // The workbench makes the sample as of its today: the same here (the test does not run over midnight).
    const asOf = serialFromJsDate(new Date());
    const { header, rows } = samplePipeline({ language, asOf });

    // Make the data messy: three cells, then a copy of a won deal's row below the last row.
    const edits = messyEdits(rows);
    const copied = rowsOf(rows, "won")[2];
    for (const edit of edits) await typeInto(session, cellAddress(edit.row + 1, edit.col), edit.typed);
    for (const [col, value] of rows[copied].entries()) {
      if (value !== null) await typeInto(session, cellAddress(rows.length + 1, col), String(value));
    }
    const messy: Row[] = rows.map((row, i) =>
      row.map((value, col) => edits.find((e) => e.row === i && e.col === col)?.read ?? value),
    );
    messy.push(rows[copied]);
    const expected = expectedReport(dataSheet, header, messy, asOf, language);
    const { health, spec } = expected;
    // The pane skips the unknown stage and the copy, and lists the two amounts as unreadable.
    expect(health.skipped.map((s) => s.kind).sort()).toEqual(["duplicate", "stage"]);
    expect(health.anomalies.filter((a) => a.kind === "unreadable")).toHaveLength(2);

    await openPipelineHealth(session);
    await readSheet(session, dataSheet, messy.length);
    await setAsOf(session, isoDate(asOf));
    await generateReport(session, spec.name);

    // The formulas tell copies by the opportunity column; the note says what the live cells pass over.
    const weighted = spec.cells.find((c) => c.formula?.startsWith("=FUNNEL.WEIGHTED("));
    expect(weighted?.formula).toMatch(/,FUNNEL_DATA_OPPORTUNITY\)$/);
    const note = spec.cells.find((c) => typeof c.value === "string" && c.value.includes('"skip"'));
    expect(note).toBeDefined();
    await expect(textAt(session, addressOf(note as CellSpec))).resolves.toBe(note?.value);

    // Every live KPI tile, and each stage's next-step and cumulative conversion, shows the pane's figure.
    const o = health.overall;
    const figures: [string, number | null][] = [
      [kpiAddress(spec, "weightedPipeline", language), o.weightedPipeline],
      [kpiAddress(spec, "winRate", language), o.winRate],
      [kpiAddress(spec, "averageCycleDays", language), o.averageCycleDays],
      [kpiAddress(spec, "velocityPerDay", language), o.velocityPerDay],
    ];
    for (const key of ["weightedPipeline", "winRate", "averageCycleDays", "velocityPerDay"] as const) {
      const tile = kpiAddress(spec, key, language);
      expect(spec.cells.find((c) => addressOf(c) === tile)?.formula).toMatch(/^=FUNNEL\./);
    }
    for (const column of ["nextStep", "cumulative"] as const) {
      const head = findCell(spec, (c) => c.value === STAGE_HEADS[column][language], `${column} head`);
      health.stages.forEach((stage, k) => {
        const value = column === "nextStep" ? stage.nextStepConversion : stage.cumulativeConversion;
        figures.push([addressOf({ row: head.row + 1 + k, col: head.col }), value]);
      });
    }
    for (const [address, value] of figures) {
      const text = await textAt(session, address);
      // Where the pane shows no figure (a conversion from a stage no deal reached) the cell may be blank.
      const agrees = value === null ? !text.startsWith("#") : off(text, value);
      expect({ address, text, agrees }).toEqual({ address, text, agrees: true });
    }
    // No forecast cell the report spills is an error.
    const forecast = forecastCells(spec);
    expect(forecast.length).toBeGreaterThan(10);
    for (const address of forecast) {
      const text = await textAt(session, address);
      expect({ address, error: text.startsWith("#") }).toEqual({ address, error: false });
    }

    // The pane shows the same weighted pipeline the live tile does.
    await expect(paneFigure(session, t("healthWeightedPipeline", language))).resolves.toContain(
      amountText(o.weightedPipeline, language),
    );
    await screenshot(session, `pipeline-health-messy-${language}`);
  });
});
