/**
 * Shared by the template tests: the two languages, the 是/否 answers a form offers in each, and the check
 * that a cell is an input answered from a 是/否 dropdown. Test support only: templates never import it.
 */
import type { Language } from "../../kernel";
import type { SheetSpec } from "../../sheet";
import { cellAt, validationAt } from "../../sheet/testing/specQueries";

/** The languages every template is built in. */
export const LANGUAGES: readonly Language[] = Object.freeze(["zh", "en"]);

/** The answers of a 是/否 dropdown, as the form shows them in each language. */
export const YES_NO: Readonly<Record<Language, readonly [yes: string, no: string]>> = Object.freeze({
  zh: ["是", "否"],
  en: ["Yes", "No"],
});

/**
 * Expects the cell to be an input answered from a 是/否 dropdown in the form's language.
 * @example expectYesNoInput(buildNegotiationReadiness({ language: "zh" }), 6, 2, "zh");
 */
export function expectYesNoInput(spec: SheetSpec, row: number, col: number, language: Language): void {
  expect(cellAt(spec, row, col)?.input).toBe(true);
  expect(validationAt(spec, row, col)).toMatchObject({ kind: "list", values: YES_NO[language] });
}
