/**
 * The Plan view: planning backwards from a target. Results first: once the data is read, the target, the period
 * (the next quarter by default), where the rates come from (said on screen) and the quotas; under them the plan —
 * the headline figures, the reverse funnel (per stage: deals needed, deals now, gap, amount needed), the new deals to
 * create each month and the last day to create them, the owners' rows (own or team rates, said), and which stage to
 * fix first (one chart, beside the bottleneck Pipeline health names) — and the button that writes the live sales-plan
 * sheet. Below, the inputs every pipeline view shares: the data, its column mapping, the stage list and the as-of
 * date. Composition only: the state lives in `usePlan`.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Spinner,
} from "@fluentui/react-components";
import { isoDate } from "../../core/kernel";
import type { PlanBasis } from "../../core/planning";
import type { ColumnRole } from "../../core/pipeline";
import { useLanguage } from "../language/LanguageContext";
import { FigureTiles } from "../shared/FigureTiles";
import { OutcomeMessage } from "../shared/OutcomeMessage";
import { WithPipelineSource } from "../shared/PipelineSourceContext";
import { PipelineSettingsFields } from "../shared/PipelineSettingsFields";
import { PipelineSourceSteps } from "../shared/PipelineSourceSteps";
import { useRevealResults } from "../shared/useRevealResults";
import { useViewStyles } from "../shared/viewStyles";
import { ViewSection } from "../shared/ViewSection";
import { LeverChart } from "./LeverChart";
import { usePlanStyles } from "./Plan.styles";
import { bottleneckLine, leverBars, newDealLines, planFigures } from "./planDisplay";
import { PlanTables } from "./PlanTables";
import { LEVER, type QuotaMode } from "./planRun";
import { usePlan, type PlanViewState } from "./usePlan";

/** Props of {@link Plan}. */
export interface PlanProps {
  /** Today's date, the default as-of date, when the view has no shared pipeline source above it; the clock by default. */
  readonly today?: () => Date;
}

/** The columns a plan cannot do without. */
const PLAN_ROLES: readonly ColumnRole[] = ["stage", "amount"];

/**
 * The Plan view.
 * @example <Plan />
 */
export function Plan({ today }: PlanProps) {
  return (
    <WithPipelineSource today={today}>
      <PlanView />
    </WithPipelineSource>
  );
}

function PlanView() {
  const { t } = useLanguage();
  const state = usePlan();
  return (
    <ViewSection heading={t("planHeading")} intro={t("planIntro")}>
      <PlanResults state={state} />
      <PipelineSourceSteps
        source={state}
        busy={state.writing.status === "running"}
        requiredRoles={PLAN_ROLES}
        settings={<PlanSettings state={state} />}
      />
    </ViewSection>
  );
}

/** What the data read gives: the choices and the plan, or why not. */
function PlanResults({ state }: { state: PlanViewState }) {
  const view = useViewStyles();
  const { t, text } = useLanguage();
  const { read, plan } = state;
  const resultsRef = useRevealResults<HTMLDivElement>(state.table);
  if (read.status !== "read") return null;
  return (
    <div ref={resultsRef} className={view.results}>
      {state.schemeLoading && <Spinner size="small" label={t("planStagesLoading")} />}
      {plan.status === "needsColumns" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("planColumnsMissing")}</MessageBarBody>
        </MessageBar>
      )}
      {plan.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("planFailureTitle")}</MessageBarTitle>
            {text(plan.failure.message)}
          </MessageBarBody>
        </MessageBar>
      )}
      {(plan.status === "needsTarget" || plan.status === "ready") && <PlanChoices state={state} />}
      {plan.status === "ready" && <PlanShownParts state={state} />}
    </div>
  );
}

/** The target, period, basis and quotas. */
function PlanChoices({ state }: { state: PlanViewState }) {
  const view = useViewStyles();
  const styles = usePlanStyles();
  const { t } = useLanguage();
  return (
    <section className={view.panel} aria-label={t("planChoicesLabel")}>
      <div className={styles.choices}>
        <Field
          label={t("planTargetLabel")}
          className={styles.choice}
          validationState={state.targetValid ? "none" : "error"}
          validationMessage={state.targetValid ? undefined : t("planTargetInvalid")}
        >
          <Input
            inputMode="decimal"
            value={state.targetText}
            onChange={(_, data) => state.setTargetText(data.value)}
          />
        </Field>
        <Field label={t("planPeriodLabel")} className={styles.choice}>
          <Select
            className={styles.selectRoot}
            select={{ className: styles.selectControl }}
            value={state.period?.label ?? ""}
            onChange={(_, data) => state.setPeriodLabel(data.value)}
          >
            {state.periods.map((period) => (
              <option key={period.label} value={period.label}>
                {t("planPeriodOption", {
                  label: period.label,
                  from: isoDate(period.from),
                  to: isoDate(period.to),
                })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t("planBasisLabel")}>
        <RadioGroup
          layout="horizontal"
          value={state.basis}
          onChange={(_, data) => state.setBasis(data.value as PlanBasis)}
        >
          <Radio value="data" label={t("planBasisData")} />
          <Radio value="settings" label={t("planBasisSettings")} />
        </RadioGroup>
      </Field>
      <Field label={t("planQuotasLabel")}>
        <RadioGroup
          layout="horizontal"
          value={state.quotaMode}
          onChange={(_, data) => state.setQuotaMode(data.value as QuotaMode)}
        >
          <Radio value="none" label={t("planQuotasNone")} />
          <Radio value="even" label={t("planQuotasEven")} disabled={state.owners.length === 0} />
          <Radio value="perOwner" label={t("planQuotasOwner")} disabled={state.owners.length === 0} />
        </RadioGroup>
      </Field>
      {state.owners.length === 0 && state.mapping.owner === undefined && (
        <p className={styles.note}>{t("planQuotasNoOwner")}</p>
      )}
      {state.quotaMode === "perOwner" && (
        <div className={styles.quotas}>
          {state.owners.map((owner) => (
            <Field key={owner} label={t("planQuotaFor", { owner })}>
              <Input
                inputMode="decimal"
                value={state.quotaTexts[owner] ?? ""}
                onChange={(_, data) => state.setQuotaText(owner, data.value)}
              />
            </Field>
          ))}
        </div>
      )}
      {state.plan.status === "needsTarget" && <p className={styles.note}>{t("planEnterTarget")}</p>}
    </section>
  );
}

/** The plan: basis, headline, tables, months, levers, and writing the sheet. */
function PlanShownParts({ state }: { state: PlanViewState }) {
  const view = useViewStyles();
  const styles = usePlanStyles();
  const { language, t, text, inScript } = useLanguage();
  if (state.plan.status !== "ready") return null;
  const { shown, analysis } = state.plan;
  const { plan, levers } = shown;
  const sheet = state.stageListSheet;
  const basisLine =
    plan.basis === "data"
      ? t("planBasisSaidData")
      : t("planBasisSaidSettings", {
          list: sheet === undefined ? t("planBasisListDefault") : t("planBasisListSheet", { sheet }),
        });
  const bars = leverBars(levers, analysis.health, language);
  const first = bars.find((bar) => bar.conversionGain > 0 || bar.timeGain > 0);
  const writing = state.writing;
  const running = writing.status === "running";
  return (
    <>
      <p className={styles.note}>{basisLine}</p>
      <FigureTiles label={t("planFiguresLabel")} figures={planFigures(plan, language)} />
      <PlanTables plan={plan} scheme={analysis.health.scheme} />
      <section className={view.panel} aria-label={t("planNewDealsHeading")}>
        <h3 className={styles.panelHeading}>{t("planNewDealsHeading")}</h3>
        {plan.shortfall === 0 && <p className={styles.note}>{t("planNewDealsNone")}</p>}
        {plan.newDeals.length > 0 && (
          <ul className={styles.list}>
            {newDealLines(plan, language).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {plan.shortfall > 0 && (
          <p className={styles.lead}>
            {plan.createBy === null
              ? t("planCreateByTooLate")
              : t("planCreateByLine", { date: isoDate(plan.createBy) })}
          </p>
        )}
      </section>
      <section className={view.panel} aria-label={t("planLeversHeading")}>
        <h3 className={styles.panelHeading}>{t("planLeversHeading")}</h3>
        <p className={styles.note}>{t("planLeversIntro", LEVER)}</p>
        {first !== undefined && (
          <p className={styles.lead}>
            {t("planLeverFirst", {
              stage: inScript(first.stage),
              gain: first.conversionGain >= first.timeGain ? first.conversionText : first.timeText,
            })}
          </p>
        )}
        <LeverChart
          bars={bars}
          series={[
            t("planLeverConversion", { points: LEVER.points }),
            t("planLeverTime", { days: LEVER.days }),
          ]}
          caption={t("planLeversChartLabel")}
          emptyText={shown.leversFailure !== undefined ? text(shown.leversFailure) : t("planLeversEmpty")}
          bottleneckText={bottleneckLine(analysis.health, language)}
        />
      </section>
      {writing.status === "done" && (
        <OutcomeMessage
          intent="success"
          title={t("planWriteSuccessTitle")}
          notes={writing.notes}
          onDismiss={state.dismissWriting}
        >
          <div>{t("planWriteSuccess", { sheet: writing.sheet })}</div>
        </OutcomeMessage>
      )}
      {writing.status === "failed" && (
        <OutcomeMessage intent="error" title={t("planWriteFailureTitle")} onDismiss={state.dismissWriting}>
          <div>{text(writing.failure.message)}</div>
        </OutcomeMessage>
      )}
      <Button
        appearance="primary"
        disabledFocusable={running}
        icon={running ? <Spinner size="tiny" /> : undefined}
        onClick={() => void state.write()}
      >
        {running ? t("planWriting") : t("planWrite")}
      </Button>
    </>
  );
}

function PlanSettings({ state }: { state: PlanViewState }) {
  const view = useViewStyles();
  const styles = usePlanStyles();
  const { t } = useLanguage();
  return (
    <div className={view.panel}>
      <h3 className={styles.panelHeading}>{t("planSettingsHeading")}</h3>
      <PipelineSettingsFields source={state} />
    </div>
  );
}
