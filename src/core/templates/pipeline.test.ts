import type { Language } from "../kernel";
import { PIPELINE_NAME, PIPELINE_ROWS, buildPipeline } from "./pipeline";
import { templateById } from "./index";
import { STAGE_LIST_ROWS, STAGE_SETTING_NAMES } from "./stageSettings";
import { formulaReferences, specProblems } from "../sheet/testing/specChecks";
import { cellAt, formulasOf, rowCells, validationAt } from "../sheet/testing/specQueries";
import { LANGUAGES } from "./testing/formChecks";

const HEADS: Record<Language, string[]> = {
  zh: [
    "商机",
    "客户",
    "负责人",
    "阶段",
    "金额",
    "预计成交日期",
    "进入本阶段日期",
    "下一步",
    "概率",
    "加权金额",
  ],
  en: [
    "Opportunity",
    "Customer",
    "Owner",
    "Stage",
    "Amount",
    "Expected close",
    "Stage entered",
    "Next step",
    "Probability",
    "Weighted amount",
  ],
};

describe("buildPipeline", () => {
  it("is not sound without the stage settings' names", () => {
    expect(specProblems(buildPipeline({ language: "zh" }))).toContainEqual(
      expect.stringContaining("undefined name FUNNEL_STAGE_LIST"),
    );
  });

  describe.each(LANGUAGES)("in %s", (language) => {
    const spec = buildPipeline({ language });
    const table = spec.tables![0];
    const first = table.range.row + 1;

    it("is an Excel table with the ten tracker columns and 100 rows", () => {
      expect(
        rowCells(spec, table.range.row)
          .slice(0, 10)
          .map((cell) => cell.value),
      ).toEqual(HEADS[language]);
      expect(table.range).toEqual({ row: table.range.row, col: 0, rows: PIPELINE_ROWS + 1, cols: 10 });
    });

    it("takes the stage from a dropdown of the stage settings' name", () => {
      expect(validationAt(spec, first, 3)).toEqual({
        range: { row: first, col: 3, rows: PIPELINE_ROWS, cols: 1 },
        kind: "listFromName",
        name: STAGE_SETTING_NAMES.stages,
      });
      for (const col of [0, 1, 2, 3, 4, 5, 6, 7])
        expect(cellAt(spec, first + PIPELINE_ROWS - 1, col)?.input).toBe(true);
    });

    it("computes probability with FUNNEL.PROBABILITY over the stage list and the weighted amount, row by row", () => {
      for (const row of [first, first + 57, first + PIPELINE_ROWS - 1]) {
        const n = row + 1;
        expect(cellAt(spec, row, 8)?.formula).toBe(`=FUNNEL.PROBABILITY(D${n},FUNNEL_STAGE_LIST)`);
        expect(cellAt(spec, row, 9)?.formula).toBe(`=IF(OR(E${n}="",I${n}=""),"",E${n}*I${n})`);
      }
    });

    it("has a totals row summing the amounts and weighted amounts", () => {
      const last = first + PIPELINE_ROWS;
      expect(table.totals).toEqual({
        0: `="${language === "zh" ? "合计" : "Total"}"`,
        4: `=SUBTOTAL(109,E${first + 1}:E${last})`,
        9: `=SUBTOTAL(109,J${first + 1}:J${last})`,
      });
    });

    it("sums the weighted open pipeline with FUNNEL.WEIGHTED over the whole table", () => {
      const weighted = formulasOf(spec).filter((f) => f.includes("FUNNEL.WEIGHTED"));
      expect(weighted).toEqual([
        `=FUNNEL.WEIGHTED($E$${first + 1}:$E$${first + PIPELINE_ROWS},$D$${first + 1}:$D$${first + PIPELINE_ROWS},FUNNEL_STAGE_LIST)`,
      ]);
    });

    it("has one name: its card in the pane, its sheet tab and its title", () => {
      expect(templateById("pipeline")?.title[language]).toBe(PIPELINE_NAME[language]);
      expect(spec.name).toBe(PIPELINE_NAME[language]);
      expect(cellAt(spec, 0, 0)?.value).toBe(PIPELINE_NAME[language]);
    });

    it("shows its key figures where the sheet opens: above the deal table, in its first six columns", () => {
      const figures = [
        "=FUNNEL.WEIGHTED(",
        `=IFERROR(SUMIFS(`,
        `=IF(${STAGE_SETTING_NAMES.wonStage}=`,
        `=IF(${STAGE_SETTING_NAMES.lostStage}=`,
        "=COUNTA(",
      ].map((start) => spec.cells.find((cell) => cell.formula?.startsWith(start))!);
      for (const figure of figures) {
        expect(figure.row).toBeLessThan(table.range.row);
        expect(figure.col).toBeLessThan(6);
        expect(cellAt(spec, figure.row - 1, figure.col)?.value).toEqual(expect.any(String));
      }
      expect(figures.map((figure) => figure.row)).toEqual(figures.map(() => figures[0].row));
    });

    it("keeps the key figures on screen while the deals scroll under the frozen heads", () => {
      const weighted = spec.cells.find((cell) => cell.formula?.startsWith("=FUNNEL.WEIGHTED("))!;
      expect(spec.freeze!.rows).toBeGreaterThan(weighted.row);
    });

    it("numbers only the by-stage rows that have a stage, with no grid of empty rows", () => {
      const byStage = spec.cells.filter((cell) => cell.formula?.startsWith("=IF(INDEX(FUNNEL_STAGES,"));
      byStage.forEach((cell, k) => {
        const number = cellAt(spec, cell.row, cell.col - 1)!;
        const stage = `${String.fromCharCode(65 + cell.col)}${cell.row + 1}`;
        expect(number.formula).toBe(`=IF(${stage}="","",${k + 1})`);
        for (const c of rowCells(spec, cell.row).filter((c) => c.col >= cell.col - 1))
          expect(c.style?.border).toBeUndefined();
      });
    });

    it("summarises by stage over every row of the stage list, following the settings by name", () => {
      const byStage = spec.cells.filter((cell) => cell.formula?.startsWith("=IF(INDEX(FUNNEL_STAGES,"));
      expect(byStage).toHaveLength(STAGE_LIST_ROWS);
      byStage.forEach((cell, k) => {
        expect(cell.formula).toBe(`=IF(INDEX(FUNNEL_STAGES,${k + 1})="","",INDEX(FUNNEL_STAGES,${k + 1}))`);
        const sums = rowCells(spec, cell.row)
          .filter((c) => c.col > cell.col)
          .map((c) => c.formula);
        expect(sums).toHaveLength(3);
        expect(sums[0]).toContain("COUNTIF(");
        expect(sums[1]).toContain("SUMIF(");
        expect(sums[2]).toContain(`$J$${first + 1}:$J$${first + PIPELINE_ROWS}`);
      });
    });

    it("forecasts commit from the stage settings' commit and won flags", () => {
      const commit = formulasOf(spec).find((f) => f.includes(STAGE_SETTING_NAMES.commitStage))!;
      expect(formulaReferences(commit).names).toEqual(
        expect.arrayContaining([
          STAGE_SETTING_NAMES.commitStage,
          STAGE_SETTING_NAMES.wonStage,
          STAGE_SETTING_NAMES.stages,
        ]),
      );
    });

    it("refers to other sheets only through workbook names, never by structured references", () => {
      for (const formula of formulasOf(spec)) expect(formulaReferences(formula).forbidden).toEqual([]);
    });

    it("is set up to print on landscape A4 and to scroll under its heads", () => {
      expect(spec.page).toEqual({ orientation: "landscape" });
      expect(spec.freeze).toEqual({ rows: first, cols: 1 });
      expect(spec.printArea).toEqual({ row: 0, col: 0, rows: first + PIPELINE_ROWS + 1, cols: 16 });
    });
  });
});
