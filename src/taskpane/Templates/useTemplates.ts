/**
 * State of the Templates view: the customer and opportunity names, the template language (the pane's until the
 * user picks one), and generating a template through the gateway — its required templates first, each only when
 * the workbook lacks its sheet — with the outcome to show.
 */
import { useCallback, useState } from "react";
import { serialFromJsDate, type Bilingual, type Language, type FunnelError } from "../../core/kernel";
import { uniqueSheetName, validSheetName } from "../../core/sheet";
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
}

/** Where generating stands. */
export type GenerateState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly templateId: TemplateId }
  | { readonly status: "done"; readonly templateId: TemplateId; readonly outcome: GenerateOutcome };

const now = (): Date => new Date();

/**
 * Whether the workbook has a sheet of this name, compared as Excel compares names (case-insensitively, after
 * making the name valid).
 * @example sheetExists("Stage settings", ["STAGE SETTINGS"]) // true
 * @example sheetExists("阶段设置", ["阶段设置 (2)"]) // false
 */
export function sheetExists(name: string, existing: readonly string[]): boolean {
  return uniqueSheetName(name, existing) !== validSheetName(name);
}

/**
 * Whether the workbook has the sheet of a template, in either language.
 * Tested surface: exported for its tests.
 * @example hasTemplateSheet(templateById("stageSettings")!, ["Stage settings"]) // true
 */
export function hasTemplateSheet(template: TemplateDefinition, existing: readonly string[]): boolean {
  const languages: readonly Language[] = ["zh", "en"];
  return languages.some((language) => sheetExists(template.build({ language }).name, existing));
}

/**
 * Generates a template into the workbook: first each template it requires whose sheet the workbook lacks
 * (one `sheetNames()` call, only when there are requirements), then the template itself, each by
 * `createSheet`. Stops at the first failure. Never rejects.
 * @example
 * const outcome = await generateTemplate(gateway, "pipeline", { language: "zh" });
 * outcome.created // ["阶段设置", "商机管线"] in an empty workbook
 */
export async function generateTemplate(
  gateway: WorkbookGateway,
  id: TemplateId,
  options: TemplateOptions,
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
    const required = plan.slice(0, -1);
    let missing = required;
    if (required.length > 0) {
      const names = await gateway.sheetNames();
      if (!names.ok) return outcome(names.error);
      missing = required.filter((template) => !hasTemplateSheet(template, names.value));
    }
    for (const template of [...missing, plan[plan.length - 1]]) {
      const result = await gateway.createSheet(template.build(options));
      if (!result.ok) return outcome(result.error);
      created.push(result.value.sheet);
      notes.push(...(result.value.notes ?? []));
    }
    return outcome();
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
  readonly generate: (id: TemplateId) => Promise<void>;
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
    (id: TemplateId) =>
      run(async (isMounted) => {
        setGeneration({ status: "running", templateId: id });
        const options: TemplateOptions = {
          language: templateLanguage,
          ...(customer.trim() ? { customer: customer.trim() } : {}),
          ...(opportunity.trim() ? { opportunity: opportunity.trim() } : {}),
          date: serialFromJsDate(today()),
        };
        const outcome = await generateTemplate(gateway, id, options);
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
