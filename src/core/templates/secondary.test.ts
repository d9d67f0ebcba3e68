import { WORTH_CRITERIA } from "../metrics";
import { RELATIONSHIP_PHASES } from "../stages";
import { OUR_GROUP_NAMES, OUR_WORTH_METHOD } from "./deckNotes";
import { rangeAddress } from "../sheet";
import { BUYING_ROLES, COMPETITIVE_GROUPS } from "./deckAssessments";
import { buildSecondary, WORTH_RATINGS } from "./secondary";
import { BUYING_ROLE_ROWS, INFLUENCE_LEVELS } from "./secondaryRoles";
import { badScaleRating, badWorthRating, countedWorthRating } from "./ratingChecks";
import { formulaReferences } from "../sheet/testing/specChecks";
import { cellAt, formulasOf, theCell, validationAt } from "../sheet/testing/specQueries";
import { LANGUAGES } from "./testing/formChecks";

describe("buildSecondary", () => {
  describe.each(LANGUAGES)("值得赢吗? in %s", (language) => {
    const spec = buildSecondary({ language });
    const rows = WORTH_CRITERIA.map((criterion) => theCell(spec, criterion.name[language]).row);

    it("lists the five criteria in order with standard, rating, comment and detail questions", () => {
      expect(rows).toEqual(rows.map((_, i) => rows[0] + i));
      WORTH_CRITERIA.forEach((criterion, i) => {
        expect(cellAt(spec, rows[i], 2)?.value).toBe(criterion.standard[language]);
        expect(cellAt(spec, rows[i], 3)?.input).toBe(true);
        expect(cellAt(spec, rows[i], 4)?.input).toBe(true);
        const detail = String(cellAt(spec, rows[i], 5)?.value ?? "");
        for (const question of criterion.questions) expect(detail.split("\n")).toContain(question[language]);
      });
    });

    it("rates with a dropdown of + / − and 10 … 0", () => {
      expect(validationAt(spec, rows[0], 3)).toEqual({
        range: { row: rows[0], col: 3, rows: 5, cols: 1 },
        kind: "list",
        values: WORTH_RATINGS,
      });
      expect(WORTH_RATINGS).toEqual(["＋", "－", "10", "9", "8", "7", "6", "5", "4", "3", "2", "1", "0"]);
    });

    it("concludes with live FUNNEL.WINWORTH formulas over the ratings counted: score and verdict", () => {
      const counted = rangeAddress({ row: rows[0], col: 6, rows: 5, cols: 1 });
      expect(cellAt(spec, rows[4] + 1, 3)?.formula).toBe(`=IFNA(FUNNEL.WINWORTH(${counted}),"")`);
      expect(cellAt(spec, rows[4] + 1, 4)?.formula).toBe(`=IFNA(FUNNEL.WINWORTH(${counted},,"verdict"),"")`);
    });

    it("counts each rating only when it is valid, in a column of its own at the right of the form", () => {
      rows.forEach((row) => expect(cellAt(spec, row, 6)?.formula).toBe(countedWorthRating(`D${row + 1}`)));
      expect(cellAt(spec, rows[0] - 1, 6)?.value).toBe(language === "zh" ? "计入得分" : "Counted");
      expect(spec.printArea?.cols).toBe(7);
    });

    it("names a pasted invalid rating under the conclusion, across the rating to the detail columns", () => {
      const check = cellAt(spec, rows[4] + 2, 3)!;
      expect(check.formula).toContain(badWorthRating(`D${rows[0] + 1}`, `G${rows[0] + 1}`));
      expect(check.formula).toContain(badWorthRating(`D${rows[4] + 1}`, `G${rows[4] + 1}`));
      expect(spec.merges).toContainEqual({ row: rows[4] + 2, col: 3, rows: 1, cols: 3 });
    });
  });

  describe.each(LANGUAGES)("销售竞争力的评估 in %s", (language) => {
    const spec = buildSecondary({ language });

    it("lists the ten groups with every question, a 0–10 rating and a comment", () => {
      for (const group of COMPETITIVE_GROUPS) {
        const { row } = theCell(spec, group.name[language]);
        const questions = String(cellAt(spec, row, 5)?.value).split("\n");
        expect(questions).toEqual(group.questions.map((q) => q[language]));
        expect(cellAt(spec, row, 3)?.input).toBe(true);
        expect(cellAt(spec, row, 4)?.input).toBe(true);
        expect(validationAt(spec, row, 3)).toMatchObject({ kind: "wholeNumber", min: 0, max: 10 });
      }
    });

    it("totals the valid group ratings (0–10) by formula and names the others", () => {
      const first = theCell(spec, COMPETITIVE_GROUPS[0].name[language]).row;
      const ratings = `D${first + 1}:D${first + 10}`;
      const valid = `${ratings},">=0",${ratings},"<=10"`;
      const total = cellAt(spec, first + 10, 3);
      expect(total?.formula).toBe(`=IF(COUNTIFS(${valid})=0,"",SUMIFS(${ratings},${valid}))`);
      const check = cellAt(spec, first + 11, 3);
      expect(check?.formula).toContain(badScaleRating(`D${first + 1}`));
      expect(check?.formula).toContain(badScaleRating(`D${first + 10}`));
    });
  });

  describe.each(LANGUAGES)("the four buying roles in %s", (language) => {
    const spec = buildSecondary({ language });
    const roleCheck = spec.validations!.find(
      (v) => v.kind === "list" && v.values.includes(BUYING_ROLES[3].name[language]),
    )!;

    it("has rows for name, title, role (dropdown of the four), attitude −5..+5 and influence", () => {
      expect(roleCheck).toMatchObject({ kind: "list", values: BUYING_ROLES.map((r) => r.name[language]) });
      const { row, col, rows } = roleCheck.range;
      expect(rows).toBe(BUYING_ROLE_ROWS);
      for (let r = row; r < row + rows; r++) {
        for (const c of [col - 2, col - 1, col, col + 1, col + 2])
          expect(cellAt(spec, r, c)?.input).toBe(true);
      }
      expect(validationAt(spec, row, col + 1)).toMatchObject({ kind: "wholeNumber", min: -5, max: 5 });
      expect(validationAt(spec, row, col + 2)).toMatchObject({
        kind: "list",
        values: INFLUENCE_LEVELS.map((level) => level[language]),
      });
    });

    it("raises the three red flags by formula over the role and attitude columns", () => {
      const roles = rangeAddress(roleCheck.range, true);
      const attitudes = rangeAddress({ ...roleCheck.range, col: roleCheck.range.col + 1 }, true);
      const flags = formulasOf(spec).filter((f) => f.includes(roles));
      expect(flags).toHaveLength(3);
      const [buyer, , , coach] = BUYING_ROLES.map((role) => role.name[language]);
      expect(flags[0].startsWith(`=IF(COUNTIF(${roles},"${coach}")=0,`)).toBe(true);
      expect(flags[1]).toContain(`COUNTIF(${roles},"${buyer}")=0`);
      expect(flags[1]).toContain(`COUNTIF(${roles},"${buyer}")>1`);
      expect(flags[2]).toContain(`COUNTIFS(${roles},"${buyer}",${attitudes},"<0")>0`);
      for (const flag of flags) expect(formulaReferences(flag).forbidden).toEqual([]);
    });

    it("explains each role in the deck's words", () => {
      for (const role of BUYING_ROLES) {
        const legend = spec.cells.filter((cell) => cell.value === role.name[language]).at(-1)!;
        expect(cellAt(spec, legend.row, 2)?.value).toBe(role.basis[language]);
        const text = String(cellAt(spec, legend.row, 5)?.value);
        for (const part of [role.count, role.focus, ...role.duties]) expect(text).toContain(part[language]);
      }
    });
  });

  it("keeps the deck's Chinese wording", () => {
    const spec = buildSecondary({ language: "zh" });
    expect(spec.cells[0].value).toBe("销售机会二次评估");
    expect(theCell(spec, "一、值得赢吗?")).toBeDefined();
    expect(theCell(spec, "对我们扩充市场的战略价值")).toBeDefined();
    expect(
      spec.cells.some((cell) =>
        String(cell.value).includes("在这个项目上预计的利润是多少?".replace("?", "？")),
      ),
    ).toBe(true);
  });
});

describe("the relationship question of 能赢吗?", () => {
  it.each(["zh", "en"] as const)(
    "is answered with one of the deck's four phases and shows its guidance (%s)",
    (language) => {
      const spec = buildSecondary({ language });
      const question = theCell(
        spec,
        language === "zh"
          ? "与客户关系目前处于什么层次与发展状态？"
          : "At what level and stage of development is our relationship with the customer?",
      );
      const phases = RELATIONSHIP_PHASES.map((phase) => phase.name[language]);
      const dropdown = validationAt(spec, question.row, 3);
      expect(dropdown?.kind === "list" && dropdown.values).toEqual(phases);
      const guidance = cellAt(spec, question.row, 5)?.formula ?? "";
      expect(guidance).toMatch(/^=IF\(D\d+="","",IFERROR\(INDEX\(/);
      const first = theCell(spec, phases[0]).row;
      expect(guidance).toContain(`MATCH(D${question.row + 1},B${first + 1}:B${first + 4},0)`);
      for (const action of RELATIONSHIP_PHASES[3].actions) {
        expect(spec.cells.some((c) => String(c.value).includes(action[language]))).toBe(true);
      }
    },
  );
});

describe("what is ours on the sheet", () => {
  it("says the 0–10 scale and 70/50 lines are our method and ＋/－ the deck's, and never claims a deck scale", () => {
    const texts = buildSecondary({ language: "zh" }).cells.map((c) => String(c.value ?? ""));
    expect(texts.some((t) => t.includes(OUR_WORTH_METHOD.zh))).toBe(true);
    expect(texts.some((t) => t.includes(OUR_GROUP_NAMES.zh))).toBe(true);
    expect(texts.join("\n")).not.toMatch(/讲义\s*刻度/);
  });
});
