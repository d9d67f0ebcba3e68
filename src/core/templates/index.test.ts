import type { Language } from "../kernel";
import { isValidSheetName } from "../sheet";
import { TEMPLATES, templateById, templatesToGenerate, type TemplateId } from "./index";
import { specProblems } from "../sheet/testing/specChecks";
import { LANGUAGES } from "./testing/formChecks";

/** The deal forms: the templates with a header for the customer, the opportunity and the date. */
const DEAL_FORMS = TEMPLATES.filter((d) => !["pipeline", "stageSettings"].includes(d.id));

/** The workbook names defined by the templates a template requires (transitively). */
function requiredNames(id: TemplateId, language: Language): string[] {
  return templatesToGenerate(id)
    .filter((definition) => definition.id !== id)
    .flatMap((definition) => (definition.build({ language }).names ?? []).map((name) => name.name));
}

describe("templateById", () => {
  it("answers undefined for an unknown id", () => {
    expect(templateById("nope")).toBeUndefined();
  });

  it("finds every listed template", () => {
    for (const definition of TEMPLATES) expect(templateById(definition.id)).toBe(definition);
  });
});

describe("templatesToGenerate", () => {
  it("refuses an unknown id", () => {
    expect(() => templatesToGenerate("nope" as TemplateId)).toThrow(RangeError);
  });

  it("puts the stage settings before the pipeline", () => {
    expect(templatesToGenerate("pipeline").map((definition) => definition.id)).toEqual([
      "stageSettings",
      "pipeline",
    ]);
  });

  it("generates a template without requirements alone", () => {
    expect(templatesToGenerate("swot").map((definition) => definition.id)).toEqual(["swot"]);
  });
});

describe("TEMPLATES", () => {
  it("lists the fifteen templates once each", () => {
    const ids = TEMPLATES.map((definition) => definition.id);
    expect(new Set(ids).size).toBe(15);
    expect([...ids].sort()).toEqual(
      [
        "closing",
        "customerProblems",
        "customerProfile",
        "customerSwot",
        "customerVisit",
        "executiveTrust",
        "fab",
        "negotiationReadiness",
        "pipeline",
        "preliminary",
        "projectInfo",
        "secondary",
        "stageCheck",
        "stageSettings",
        "swot",
      ].sort(),
    );
  });

  it("has a title and a one-line purpose in both languages", () => {
    for (const definition of TEMPLATES) {
      for (const language of LANGUAGES) {
        expect(definition.title[language].trim()).not.toBe("");
        expect(definition.purpose[language].trim()).not.toBe("");
        expect(definition.purpose[language]).not.toContain("\n");
      }
    }
  });

  it("requires only listed templates", () => {
    for (const definition of TEMPLATES) {
      for (const required of definition.requires ?? []) expect(templateById(required)).toBeDefined();
    }
  });

  describe.each(LANGUAGES)("in %s", (language) => {
    it.each(TEMPLATES.map((definition) => [definition.id, definition] as const))(
      "%s builds a sound sheet",
      (id, definition) => {
        const spec = definition.build({ language });
        expect(specProblems(spec, requiredNames(id, language))).toEqual([]);
        expect(isValidSheetName(spec.name)).toBe(true);
      },
    );
  });

  it("names each sheet differently, and differently per language", () => {
    for (const language of LANGUAGES) {
      const names = TEMPLATES.map((definition) => definition.build({ language }).name.toUpperCase());
      expect(new Set(names).size).toBe(TEMPLATES.length);
    }
    for (const definition of TEMPLATES) {
      expect(definition.build({ language: "zh" }).name).not.toBe(definition.build({ language: "en" }).name);
    }
  });

  it("defines workbook names only in the stage settings, so a template can be generated twice", () => {
    for (const definition of TEMPLATES) {
      const names = (definition.build({ language: "zh" }).names ?? []).filter((n) => n.scope !== "sheet");
      if (definition.id !== "stageSettings") expect(names).toEqual([]);
    }
  });

  it("marks as one per workbook exactly the templates that define workbook names", () => {
    for (const definition of TEMPLATES) {
      const names = definition.build({ language: "en" }).names ?? [];
      const defines = names.filter((n) => n.scope !== "sheet").length > 0;
      expect(definition.onePerWorkbook === true).toBe(defines);
    }
  });

  it("centres every cell vertically, so that a row's text and numbers line up", () => {
    for (const definition of TEMPLATES) {
      for (const cell of definition.build({ language: "zh" }).cells)
        expect(cell.style?.vertical).toBe("center");
    }
  });

  it("fills the header from the options", () => {
    for (const definition of DEAL_FORMS) {
      const spec = definition.build({
        language: "en",
        customer: "Contoso",
        opportunity: "ERP 2025",
        date: 45800,
      });
      const inputs = spec.cells.filter((cell) => cell.input);
      expect(inputs.some((cell) => cell.value === "Contoso")).toBe(true);
      expect(inputs.some((cell) => cell.value === "ERP 2025")).toBe(true);
      expect(inputs.find((cell) => cell.value === 45800)?.style?.numberFormat).toBe("yyyy-mm-dd");
    }
  });

  it("writes header names that look like formulas as text, never as formulas", () => {
    for (const definition of DEAL_FORMS) {
      const spec = definition.build({ language: "zh", customer: "=NOW()", opportunity: "=1/0" });
      for (const text of ["=NOW()", "=1/0"]) {
        const cell = spec.cells.find((c) => c.value === text);
        expect(cell?.input).toBe(true);
        expect(cell?.formula).toBeUndefined();
      }
    }
  });
});
