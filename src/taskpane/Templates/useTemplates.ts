/**
 * State of the Templates view: the customer and opportunity names, the template language (the pane's until the
 * user picks one), and generating a template through the gateway — its required templates first, each only when
 * the workbook lacks its sheet; the stage settings again only when the user chooses a copy that drives nothing —
 * with the outcome to show.
 */
import { useCallback, useState } from "react";
import { serialFromJsDate, type Bilingual, type Language, type FunnelError } from "../../core/kernel";
import {
  TEMPLATES,
  templatesToGenerate,
  type TemplateDefinition,
  type TemplateId,
  type TemplateOptions,
} from "../../core/templates";
import type { WorkbookGateway } from "../../excel/gateway";
import { useGateway } from "../gateway/GatewayContext";
import { useLanguage } from "../language/LanguageContext";
import { sheetExists } from "../shared/sheetExists";
import { useSingleFlight } from "../shared/useSingleFlight";
import { unexpectedFailure } from "../shared/workbookFailure";

/**
 * What generating a template did: the sheets created, in order (the template's own sheet last when it
 * succeeded), the workbook's notes on what it did not do as asked in them (see SheetWritten), and the failure
 * that stopped it, if any. A failure and the notes keep their bilingual messages, so the view shows them in
 * whatever language the pane has when they are read.
 */
export interface GenerateOutcome {
  readonly created: readonly string[];
  readonly notes?: readonly Bilingual[];
  readonly failure?: FunnelError;
  /**
   * The workbook's sheet of a one-per-workbook template (the stage settings) asked for again without
   * `copyAnyway`: nothing was created, and the user is to choose between that sheet and a copy that drives nothing.
   */
  readonly existing?: string;
  /** On success, the sheet whose workbook names the formulas read (the stage settings), when the template uses one. */
  readonly drivenBy?: string;
}

/** How to generate. */
export interface GenerateChoices {
  /** Make a copy of a one-per-workbook template even though the workbook has its sheet (it will drive nothing). */
  readonly copyAnyway?: boolean;
}

/** Where generating stands. */
export type GenerateState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly templateId: TemplateId }
  | { readonly status: "done"; readonly templateId: TemplateId; readonly outcome: GenerateOutcome };

const now = (): Date => new Date();

/** Tested surface: re-exported for its tests (the check lives in ../shared/sheetExists). */
export { sheetExists };

/**
 * Whether the workbook has the sheet of a template, in either language.
 * Tested surface: exported for its tests.
 * @example hasTemplateSheet(templateById("stageSettings")!, ["Stage settings"]) // true
 */
export function hasTemplateSheet(template: TemplateDefinition, existing: readonly string[]): boolean {
  return templateSheetIn(template, existing) !== undefined;
}

/**
 * The first sheet, in tab order, that is the template's sheet in either language (not a numbered copy), or
 * undefined.
 * Tested surface: exported for its tests.
 * @example templateSheetIn(templateById("stageSettings")!, ["Sheet1", "阶段设置 (2)", "阶段设置"]) // "阶段设置"
 */
export function templateSheetIn(
  template: TemplateDefinition,
  existing: readonly string[],
): string | undefined {
  const languages: readonly Language[] = ["zh", "en"];
  const wanted = languages.map((language) => template.build({ language }).name);
  return existing.find((sheet) => wanted.some((name) => sheetExists(name, [sheet])));
}

/**
 * Generates a template into the workbook: first each template it requires whose sheet the workbook lacks, then the
 * template itself, each by `createSheet`. The sheet names are read once, and only when needed: for requirements,
 * and for a one-per-workbook template (the stage settings), which is not made again when the workbook has its
 * sheet unless `copyAnyway` — the outcome names that sheet (`existing`) instead. On success, `drivenBy` names the
 * stage settings the formulas read. Stops at the first failure. Never rejects.
 * @example
 * const outcome = await generateTemplate(gateway, "pipeline", { language: "zh" });
 * outcome.created // ["阶段设置", "商机管线"] in an empty workbook; outcome.drivenBy // "阶段设置"
 */
export async function generateTemplate(
  gateway: WorkbookGateway,
  id: TemplateId,
  options: TemplateOptions,
  choices: GenerateChoices = {},
): Promise<GenerateOutcome> {
  const created: string[] = [];
  const notes: Bilingual[] = [];
  const outcome = (failure?: FunnelError): GenerateOutcome => ({
    created,
    ...(notes.length > 0 ? { notes } : {}),
    ...(failure ? { failure } : {}),
  });
  try {
    const plan = templatesToGenerate(id);
    const wanted = plan[plan.length - 1];
    const required = plan.slice(0, -1);
    const driver = plan.find((template) => template.onePerWorkbook);
    let names: string[] = [];
    if (required.length > 0 || wanted.onePerWorkbook) {
      const read = await gateway.sheetNames();
      if (!read.ok) return outcome(read.error);
      names = read.value;
    }
    const existingDriver = driver && templateSheetIn(driver, names);
    if (wanted.onePerWorkbook && existingDriver !== undefined && !choices.copyAnyway)
      return { created, existing: existingDriver };
    const missing = required.filter((template) => !hasTemplateSheet(template, names));
    let drivenBy = existingDriver;
    for (const template of [...missing, wanted]) {
      const result = await gateway.createSheet(template.build(options));
      if (!result.ok) return outcome(result.error);
      created.push(result.value.sheet);
      notes.push(...(result.value.notes ?? []));
      if (template === driver) drivenBy ??= result.value.sheet;
    }
    return { ...outcome(), ...(drivenBy !== undefined ? { drivenBy } : {}) };
  } catch (reason) {
    return outcome(unexpectedFailure(reason));
  }
}

/** What {@link useTemplates} returns. */
export interface TemplatesState {
  readonly templates: readonly TemplateDefinition[];
  readonly customer: string;
  readonly setCustomer: (customer: string) => void;
  readonly opportunity: string;
  readonly setOpportunity: (opportunity: string) => void;
  /** The language the sheets are generated in: the pane's language until the user picks one. */
  readonly templateLanguage: Language;
  readonly setTemplateLanguage: (language: Language) => void;
  readonly generation: GenerateState;
  /** Generates a template with the current inputs; ignored while one is under way. */
  readonly generate: (id: TemplateId, choices?: GenerateChoices) => Promise<void>;
  /** Hides the outcome message. */
  readonly dismiss: () => void;
}

/**
 * The Templates view's state over the given templates (all of them by default). `today` gives the date written
 * into the sheets' headers.
 * @example const { templates, generate } = useTemplates(); await generate("secondary");
 */
export function useTemplates(
  templates: readonly TemplateDefinition[] = TEMPLATES,
  today: () => Date = now,
): TemplatesState {
  const gateway = useGateway();
  const { language: paneLanguage } = useLanguage();
  const [customer, setCustomer] = useState("");
  const [opportunity, setOpportunity] = useState("");
  const [chosenLanguage, setTemplateLanguage] = useState<Language | undefined>(undefined);
  const [generation, setGeneration] = useState<GenerateState>({ status: "idle" });
  const run = useSingleFlight();

  const templateLanguage = chosenLanguage ?? paneLanguage;

  const generate = useCallback(
    (id: TemplateId, choices: GenerateChoices = {}) =>
      run(async (isMounted) => {
        setGeneration({ status: "running", templateId: id });
        const options: TemplateOptions = {
          language: templateLanguage,
          ...(customer.trim() ? { customer: customer.trim() } : {}),
          ...(opportunity.trim() ? { opportunity: opportunity.trim() } : {}),
          date: serialFromJsDate(today()),
        };
        const outcome = await generateTemplate(gateway, id, options, choices);
        if (isMounted()) setGeneration({ status: "done", templateId: id, outcome });
      }),
    [run, gateway, templateLanguage, customer, opportunity, today],
  );

  const dismiss = useCallback(() => setGeneration({ status: "idle" }), []);

  return {
    templates,
    customer,
    setCustomer,
    opportunity,
    setOpportunity,
    templateLanguage,
    setTemplateLanguage,
    generation,
    generate,
    dismiss,
  };
}
