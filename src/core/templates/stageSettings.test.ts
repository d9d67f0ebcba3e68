import { DEFAULT_PROBABILITIES, LOST, STAGES } from "../stages";
import {
  buildStageSettings,
  EXTRA_STAGE_ROWS,
  STAGE_LIST_RANGE,
  STAGE_LIST_ROWS,
  STAGE_SETTING_NAMES,
  STAGE_SETTINGS_SHEET,
} from "./stageSettings";
import { formulaReferences, isValidWorkbookName } from "../sheet/testing/specChecks";
import { cellAt, theCell, validationAt } from "../sheet/testing/specQueries";
import { LANGUAGES, YES_NO } from "./testing/formChecks";

describe("buildStageSettings", () => {
  describe.each(LANGUAGES)("in %s", (language) => {
    const spec = buildStageSettings({ language });
    const named = (name: string) => spec.names!.find((n) => n.name === name)!;
    const stages = named(STAGE_SETTING_NAMES.stages).range;
    const [yes] = YES_NO[language];

    it("starts with the seven stages and 丢单 in order, with the default probabilities", () => {
      const starting = [
        ...STAGES.map((s) => [s.name[language], s.defaultProbability]),
        [LOST.name[language], DEFAULT_PROBABILITIES.lost],
      ];
      starting.forEach(([name, probability], i) => {
        expect(cellAt(spec, stages.row + i, stages.col)?.value).toBe(name);
        expect(cellAt(spec, stages.row + i, stages.col + 1)?.value).toBe(probability);
      });
    });

    it("flags won = 成交, lost = 丢单 and commit = 谈判", () => {
      const flagged = (col: number) =>
        spec.cells
          .filter((cell) => cell.col === col && cell.value === yes)
          .map((cell) => cellAt(spec, cell.row, stages.col)?.value);
      expect(flagged(stages.col + 2)).toEqual([STAGES[6].name[language]]);
      expect(flagged(stages.col + 3)).toEqual([LOST.name[language]]);
      expect(flagged(stages.col + 4)).toEqual([STAGES[5].name[language]]);
    });

    it("leaves 30 blank input rows inside the named ranges for a team's own stages", () => {
      expect(stages.rows).toBe(STAGE_LIST_ROWS);
      expect(STAGE_LIST_ROWS).toBe(STAGES.length + 1 + EXTRA_STAGE_ROWS);
      for (let row = stages.row + 8; row < stages.row + stages.rows; row++) {
        for (let col = stages.col; col < stages.col + 5; col++) {
          const cell = cellAt(spec, row, col);
          expect(cell?.input).toBe(true);
          expect(cell?.value).toBeUndefined();
        }
      }
    });

    it("defines valid workbook names: the stage column, the stage list (names + probabilities) and the flags", () => {
      for (const name of spec.names!) expect(isValidWorkbookName(name.name)).toBe(true);
      expect(named(STAGE_SETTING_NAMES.stageList).range).toEqual({ ...stages, cols: 2 });
      for (const flag of [
        STAGE_SETTING_NAMES.wonStage,
        STAGE_SETTING_NAMES.lostStage,
        STAGE_SETTING_NAMES.commitStage,
      ]) {
        const range = named(flag).range;
        expect(range.rows * range.cols).toBe(1);
        expect(cellAt(spec, range.row, range.col)?.formula).toMatch(
          /^=IFERROR\(INDEX\(\$A\$4:\$A\$41,MATCH\(/,
        );
      }
    });

    it("is the sheet and the stage-list range a reader finds without building it", () => {
      expect(spec.name).toBe(STAGE_SETTINGS_SHEET[language]);
      expect(named(STAGE_SETTING_NAMES.stageList).range).toEqual(STAGE_LIST_RANGE);
      const first = [STAGE_LIST_RANGE.row, STAGE_LIST_RANGE.col] as const;
      expect(cellAt(spec, first[0], first[1])?.value).toBe(STAGES[0].name[language]);
      expect(cellAt(spec, first[0], first[1] + 1)?.value).toBe(STAGES[0].defaultProbability);
    });

    it("is an Excel table of name, probability and the three flags", () => {
      expect(spec.tables).toEqual([
        {
          name: "FunnelStageSettings",
          range: { ...stages, row: stages.row - 1, rows: stages.rows + 1, cols: 5 },
        },
      ]);
    });

    it("validates probabilities 0–1 and the flags as 是/否", () => {
      expect(validationAt(spec, stages.row, stages.col + 1)).toMatchObject({
        kind: "decimal",
        min: 0,
        max: 1,
      });
      for (const col of [2, 3, 4]) {
        expect(validationAt(spec, stages.row + STAGE_LIST_ROWS - 1, col)).toMatchObject({
          kind: "list",
          values: YES_NO[language],
        });
      }
      expect(cellAt(spec, stages.row, stages.col + 1)?.style?.numberFormat).toBe("0%");
    });

    it("checks that each flag marks exactly one stage, and that the FUNNEL functions can read the list", () => {
      const flagCheck = spec.cells.find((cell) => cell.formula?.includes("COUNTIF"))!;
      expect(flagCheck.formula!.match(/COUNTIF\(\$[C-E]\$4:\$[C-E]\$41,"[^"]+"\)<>1/g)).toHaveLength(3);
      const listCheck = spec.cells.find((cell) => cell.formula?.includes("FUNNEL.PROBABILITY"))!;
      expect(formulaReferences(listCheck.formula!).names).toEqual([STAGE_SETTING_NAMES.stageList]);
    });
  });

  it("explains the settings in Chinese", () => {
    const spec = buildStageSettings({ language: "zh" });
    expect(theCell(spec, "成交阶段")).toBeDefined();
    expect(spec.cells.some((cell) => String(cell.value).includes("FUNNEL_STAGE_LIST"))).toBe(true);
    expect(spec.cells.some((cell) => String(cell.value).includes("未来90天内成交可能超过50%"))).toBe(true);
  });
});
