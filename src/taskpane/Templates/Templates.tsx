/**
 * The Templates view: the deck's forms (and the pipeline and its stage settings) listed with a one-line purpose,
 * the customer and opportunity names and the template language to fill in, and a Generate button per template
 * that adds the template as a new sheet — for the stage settings the workbook already has, a warning first that a
 * copy drives no formula. Composition only: the state lives in `useTemplates`.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  useId,
} from "@fluentui/react-components";
import type { Language } from "../../core/kernel";
import { templateById, type TemplateDefinition } from "../../core/templates";
import { useLanguage } from "../language/LanguageContext";
import { OutcomeMessage } from "../shared/OutcomeMessage";
import { useViewStyles } from "../shared/viewStyles";
import { ViewSection } from "../shared/ViewSection";
import { useTemplatesStyles } from "./Templates.styles";
import { useTemplates, type GenerateOutcome, type TemplatesState } from "./useTemplates";

/** Props of {@link Templates}. */
export interface TemplatesProps {
  /** Today's date, written into the sheets' headers; the clock by default. */
  readonly today?: () => Date;
}

/**
 * The Templates view.
 * @example <Templates />
 */
export function Templates({ today }: TemplatesProps) {
  const view = useViewStyles();
  const styles = useTemplatesStyles();
  const { t } = useLanguage();
  const state = useTemplates(undefined, today);

  return (
    <ViewSection heading={t("templatesHeading")} intro={t("templatesIntro")}>
      <div className={view.panel}>
        <Field label={t("templateCustomerLabel")}>
          <Input value={state.customer} onChange={(_, data) => state.setCustomer(data.value)} />
        </Field>
        <Field label={t("templateOpportunityLabel")}>
          <Input value={state.opportunity} onChange={(_, data) => state.setOpportunity(data.value)} />
        </Field>
        <Field label={t("templateLanguageLabel")}>
          <RadioGroup
            layout="horizontal"
            value={state.templateLanguage}
            onChange={(_, data) => state.setTemplateLanguage(data.value as Language)}
          >
            <Radio value="zh" label={{ children: t("languageNameZh"), lang: "zh-CN" }} />
            <Radio value="en" label={{ children: t("languageNameEn"), lang: "en" }} />
          </RadioGroup>
        </Field>
      </div>

      <ul className={styles.list} aria-label={t("templateListLabel")}>
        {state.templates.map((template) => (
          <li key={template.id}>
            <TemplateCard template={template} state={state} />
          </li>
        ))}
      </ul>
    </ViewSection>
  );
}

function TemplateCard({ template, state }: { template: TemplateDefinition; state: TemplatesState }) {
  const styles = useTemplatesStyles();
  const { t, text } = useLanguage();
  const titleId = useId("template-title");
  const { generation, generate, dismiss } = state;
  const title = text(template.title);
  const running = generation.status === "running";
  const runningHere = running && generation.templateId === template.id;
  const required = (template.requires ?? []).map((id) => {
    const found = templateById(id);
    return found === undefined ? id : text(found.title);
  });

  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        {title}
      </h3>
      <p className={styles.purpose}>{text(template.purpose)}</p>
      {required.map((sheet) => (
        <p key={sheet} className={styles.requires}>
          {t("templateRequires", { sheet })}
        </p>
      ))}
      <Button
        className={styles.generate}
        appearance="primary"
        aria-label={t("generateTemplate", { title })}
        disabledFocusable={running}
        icon={runningHere ? <Spinner size="tiny" /> : undefined}
        onClick={() => void generate(template.id)}
      >
        {runningHere ? t("generating") : t("generate")}
      </Button>
      {generation.status === "done" &&
        generation.templateId === template.id &&
        (generation.outcome.existing !== undefined ? (
          <CopyWarning
            sheet={generation.outcome.existing}
            onCopy={() => void generate(template.id, { copyAnyway: true })}
            onCancel={dismiss}
          />
        ) : (
          <GenerateMessage template={template} outcome={generation.outcome} onDismiss={dismiss} />
        ))}
    </article>
  );
}

/** Before a second copy of the stage settings: which sheet drives the formulas, and a copy only on request. */
function CopyWarning({
  sheet,
  onCopy,
  onCancel,
}: {
  sheet: string;
  onCopy: () => void;
  onCancel: () => void;
}) {
  const { t } = useLanguage();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("templateExistsTitle", { sheet })}</MessageBarTitle>
        <div>{t("templateExists", { sheet })}</div>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onCopy}>
          {t("templateCopyAnyway")}
        </Button>
        <Button size="small" appearance="transparent" onClick={onCancel}>
          {t("templateCopyCancel")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function GenerateMessage({
  template,
  outcome,
  onDismiss,
}: {
  template: TemplateDefinition;
  outcome: GenerateOutcome;
  onDismiss: () => void;
}) {
  const { t, text } = useLanguage();
  const list = (sheets: readonly string[]) => sheets.join(t("sheetListSeparator"));
  const { created, failure, notes, drivenBy } = outcome;
  const made = created[created.length - 1];
  const isCopy = template.onePerWorkbook === true && drivenBy !== undefined && drivenBy !== made;
  return (
    <OutcomeMessage
      intent={failure ? "error" : "success"}
      title={failure ? t("generateFailureTitle") : t("generateSuccessTitle")}
      notes={notes}
      onDismiss={onDismiss}
    >
      {failure ? (
        <>
          <div>{text(failure.message)}</div>
          {created.length > 0 && <div>{t("generateCreatedBeforeFailure", { sheets: list(created) })}</div>}
        </>
      ) : (
        <>
          <div>{t("generateSuccess", { sheet: made })}</div>
          {created.length > 1 && (
            <div>{t("generateAlsoCreated", { sheets: list(created.slice(0, -1)) })}</div>
          )}
          {drivenBy !== undefined && (
            <div>{t(isCopy ? "templateCopyDrivesNothing" : "templateDrivenBy", { sheet: drivenBy })}</div>
          )}
        </>
      )}
    </OutcomeMessage>
  );
}
