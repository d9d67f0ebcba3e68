import { STAGES } from "../stages";
import { cellAddress } from "../sheet";
import { PRELIMINARY_GROUPS } from "./deckAssessments";
import { ANSWER_STATUS, buildPreliminary } from "./preliminary";
import { formulaReferences } from "../sheet/testing/specChecks";
import { cellAt, theCell, validationAt } from "../sheet/testing/specQueries";
import { LANGUAGES } from "./testing/formChecks";

describe("buildPreliminary", () => {
  it.each(LANGUAGES)("asks every question with an answer and a status dropdown (%s)", (language) => {
    const spec = buildPreliminary({ language });
    const statuses = [ANSWER_STATUS.known, ANSWER_STATUS.partly, ANSWER_STATUS.unknown].map(
      (s) => s[language],
    );
    for (const group of PRELIMINARY_GROUPS) {
      expect(spec.cells.some((cell) => String(cell.value).endsWith(group.name[language]))).toBe(true);
      for (const question of group.questions) {
        const cell = theCell(spec, question[language]);
        expect(cellAt(spec, cell.row, cell.col + 1)?.input).toBe(true);
        expect(cellAt(spec, cell.row, cell.col + 2)?.input).toBe(true);
        expect(validationAt(spec, cell.row, cell.col + 2)).toMatchObject({ kind: "list", values: statuses });
      }
    }
  });

  it("uses the deck's Chinese wording", () => {
    const spec = buildPreliminary({ language: "zh" });
    expect(spec.cells[0].value).toBe("初步销售机会评估");
    expect(theCell(spec, "这个计划的预算是多少?(定预算的时间及执行时间)")).toBeDefined();
    expect(theCell(spec, "什么是驱动客户经营的内在和外在动力?")).toBeDefined();
  });

  it("computes completeness over every status cell: known 1, partly ½", () => {
    const spec = buildPreliminary({ language: "zh" });
    const label = theCell(spec, "完成度");
    const overall = cellAt(spec, label.row, label.col + 1)!;
    expect(overall.formula).toMatch(
      /^=\(COUNTIF\(D\d+:D\d+,"已知"\)\+0\.5\*COUNTIF\(D\d+:D\d+,"部分已知"\)\)\/21$/,
    );
    const covered = formulaReferences(overall.formula!).ranges[0];
    for (const question of PRELIMINARY_GROUPS.flatMap((g) => g.questions)) {
      const row = theCell(spec, question.zh).row;
      expect(row).toBeGreaterThanOrEqual(covered.row);
      expect(row).toBeLessThan(covered.row + covered.rows);
      expect(covered.col).toBe(theCell(spec, question.zh).col + 2);
    }
    expect(overall.style?.numberFormat).toBe("0%");
  });

  it("computes each group's completeness over its own questions", () => {
    const spec = buildPreliminary({ language: "en" });
    const groupFormulas = spec.cells.filter(
      (cell) => cell.formula && cell.row > theCell(spec, "Completeness").row,
    );
    expect(groupFormulas).toHaveLength(PRELIMINARY_GROUPS.length);
    groupFormulas.forEach((cell, g) => {
      const questions = PRELIMINARY_GROUPS[g].questions.length;
      expect(cell.formula).toBe(
        `=(COUNTIF(D${cell.row + 2}:D${cell.row + 1 + questions},"Known")+0.5*COUNTIF(D${cell.row + 2}:D${cell.row + 1 + questions},"Partly known"))/${questions}`,
      );
    });
  });

  it("has the header fields, the current stage as a dropdown of the seven stages", () => {
    const spec = buildPreliminary({ language: "zh", customer: "某制造公司", date: 45800 });
    for (const label of ["客户名称", "商机", "日期", "客户经理", "当前阶段"]) {
      const cell = theCell(spec, label);
      expect(cellAt(spec, cell.row, cell.col + 1)?.input).toBe(true);
    }
    const stage = theCell(spec, "当前阶段");
    expect(validationAt(spec, stage.row, stage.col + 1)).toMatchObject({
      kind: "list",
      values: STAGES.map((s) => s.name.zh),
    });
    expect(cellAt(spec, theCell(spec, "客户名称").row, 2)?.value).toBe("某制造公司");
    expect(cellAddress(theCell(spec, "日期").row, 2)).toBe("C4");
  });

  it("prints on A4 portrait with the answers wrapped", () => {
    const spec = buildPreliminary({ language: "en" });
    expect(spec.page).toEqual({ orientation: "portrait" });
    expect(spec.protect).toBe(true);
    const answer = cellAt(spec, theCell(spec, "What does the customer need?").row, 2);
    expect(answer?.style?.wrap).toBe(true);
  });
});
