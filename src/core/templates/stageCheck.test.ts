import { STAGES } from "../stages";
import { ACTION_ROWS, buildStageCheck, markerText } from "./stageCheck";
import { formulaReferences } from "../sheet/testing/specChecks";
import { cellAt, formulasOf, theCell, validationAt } from "../sheet/testing/specQueries";
import { expectYesNoInput, LANGUAGES, YES_NO } from "./testing/formChecks";

describe("buildStageCheck", () => {
  describe.each(LANGUAGES)("in %s", (language) => {
    const spec = buildStageCheck({ language });
    const [yes] = YES_NO[language];
    const markerRows = STAGES.map((stage) => theCell(spec, markerText(stage.markers, language)).row);
    const answerCol = 3;

    it("asks the seven markers in order, each with a 是/否 dropdown", () => {
      expect(markerRows).toEqual(markerRows.map((_, i) => markerRows[0] + i));
      STAGES.forEach((stage, i) => {
        expect(cellAt(spec, markerRows[i], 1)?.value).toBe(stage.name[language]);
        expect(cellAt(spec, markerRows[i], answerCol)?.input).toBe(true);
      });
      expect(validationAt(spec, markerRows[0], answerCol)).toEqual({
        range: { row: markerRows[0], col: answerCol, rows: 7, cols: 1 },
        kind: "list",
        values: YES_NO[language],
      });
    });

    it("finds the stage with FUNNEL.STAGE over exactly the seven answers", () => {
      const stage = spec.cells.find((cell) => cell.formula?.includes("FUNNEL.STAGE"))!;
      expect(stage.formula).toBe(
        `=IFNA(FUNNEL.STAGE(D${markerRows[0] + 1}:D${markerRows[6] + 1},"${language}"),"")`,
      );
    });

    it("lists the next actions with FUNNEL.ACTIONS of that stage, spilling into empty rows", () => {
      const stage = spec.cells.find((cell) => cell.formula?.includes("FUNNEL.STAGE"))!;
      const actions = spec.cells.find((cell) => cell.formula?.includes("FUNNEL.ACTIONS"))!;
      expect(formulaReferences(actions.formula!).ranges).toEqual([
        { row: stage.row, col: stage.col, rows: 1, cols: 1 },
      ]);
      expect(actions.formula).toContain(`"${language}"`);
      for (let row = actions.row + 1; row < actions.row + ACTION_ROWS; row++) {
        expect(spec.cells.filter((cell) => cell.row === row && cell.col >= actions.col)).toEqual([]);
      }
      expect(
        spec.merges!.some(
          (m) =>
            m.row <= actions.row + ACTION_ROWS &&
            m.row + m.rows > actions.row &&
            m.col + m.cols > actions.col,
        ),
      ).toBe(false);
    });

    it("lists each stage's characteristics with a 是/否 dropdown and a count", () => {
      for (const stage of STAGES) {
        for (const trait of stage.characteristics) {
          const cell = theCell(spec, trait[language]);
          expectYesNoInput(spec, cell.row, answerCol, language);
        }
      }
      const counts = formulasOf(spec).filter((f) => f.startsWith("=COUNTIF("));
      expect(counts).toEqual(
        STAGES.filter((s) => s.characteristics.length > 0).map((s) =>
          expect.stringMatching(
            new RegExp(`^=COUNTIF\\(D\\d+:D\\d+,"${yes}"\\)&"/"&${s.characteristics.length}$`),
          ),
        ),
      );
    });
  });

  it("writes a stage's markers as one line in each language", () => {
    expect(markerText(STAGES[2].markers, "zh")).toBe("符合产品应用特征；有需求");
    expect(markerText(STAGES[3].markers, "en")).toBe(
      "The assessment meets the project's requirements; a team is set up to follow up",
    );
    expect(markerText(STAGES[0].markers, "en")).toBe(STAGES[0].markers[0].en);
  });

  it("reserves room for the longest list of actions", () => {
    expect(ACTION_ROWS).toBe(Math.max(...STAGES.map((s) => s.actions.length)));
    expect(ACTION_ROWS).toBeGreaterThanOrEqual(9);
  });

  it("uses the deck's markers in Chinese", () => {
    const spec = buildStageCheck({ language: "zh" });
    expect(theCell(spec, "产品能适应或满足")).toBeDefined();
    expect(theCell(spec, "符合产品应用特征；有需求")).toBeDefined();
    expect(theCell(spec, "评估符合项目要求；成立小组跟进")).toBeDefined();
    expect(theCell(spec, "完成签约、付款、交货")).toBeDefined();
    expect(theCell(spec, "未来90天内成交可能超过50%")).toBeDefined();
  });
});
