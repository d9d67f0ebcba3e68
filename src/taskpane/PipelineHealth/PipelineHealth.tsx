/**
 * The Pipeline health view: pick the data (a table, a sheet or the selection) and read it, with progress; confirm
 * the column mapping, the stage list, the as-of date and the order of text dates; generate the report sheet; then
 * the headline figures and a funnel of deals by stage. Composition only: the state lives in `usePipelineHealth`.
 * The funnel's chart library (Fluent charts over d3) is loaded only when a report is shown, so opening the pane
 * does not pay for it.
 */
import { Button, Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { useLanguage } from "../language/LanguageContext";
import { OutcomeMessage } from "../shared/OutcomeMessage";
import { PipelineSettingsFields } from "../shared/PipelineSettingsFields";
import { PipelineSourceSteps } from "../shared/PipelineSourceSteps";
import { useViewStyles } from "../shared/viewStyles";
import { ViewSection } from "../shared/ViewSection";
import { HealthSummary } from "./HealthSummary";
import { UnknownLossChoice } from "./UnknownLossChoice";
import { usePipelineHealth, type PipelineHealthState } from "./usePipelineHealth";

/** Props of {@link PipelineHealth}. */
export interface PipelineHealthProps {
  /** Today's date, the default as-of date; the clock by default. */
  readonly today?: () => Date;
}

const FunnelMiniChart = lazy(() => import("./FunnelMiniChart").then((m) => ({ default: m.FunnelMiniChart })));

/**
 * The Pipeline health view.
 * @example <PipelineHealth />
 */
export function PipelineHealth({ today }: PipelineHealthProps) {
  const { t, text } = useLanguage();
  const state = usePipelineHealth(today);
  const { generation } = state;

  return (
    <ViewSection heading={t("healthHeading")} intro={t("healthIntro")}>
      <PipelineSourceSteps
        source={state}
        busy={generation.status === "running"}
        settings={<ReportSettings state={state} />}
      />

      {generation.status === "failed" && (
        <OutcomeMessage intent="error" title={t("healthGenerateFailureTitle")} onDismiss={state.dismiss}>
          <div>{text(generation.failure.message)}</div>
        </OutcomeMessage>
      )}
      {generation.status === "done" && (
        <>
          <OutcomeMessage
            intent="success"
            title={t("healthGenerateSuccessTitle")}
            notes={generation.notes}
            onDismiss={state.dismiss}
          >
            <div>{t("healthGenerateSuccess", { sheet: generation.sheet })}</div>
          </OutcomeMessage>
          <UnknownLossChoice
            health={generation.health}
            rule={state.unknownLoss}
            onChoose={(rule) => void state.chooseUnknownLoss(rule)}
          />
          <HealthSummary health={generation.health} />
          <Suspense fallback={<Spinner size="small" />}>
            <FunnelMiniChart health={generation.health} />
          </Suspense>
        </>
      )}
    </ViewSection>
  );
}

function ReportSettings({ state }: { state: PipelineHealthState }) {
  const view = useViewStyles();
  const { t } = useLanguage();
  const running = state.generation.status === "running";
  return (
    <div className={view.panel}>
      <PipelineSettingsFields source={state} />
      <Button
        appearance="primary"
        disabledFocusable={!state.canGenerate || running}
        icon={running ? <Spinner size="tiny" /> : undefined}
        onClick={() => void state.generate()}
      >
        {running ? t("generating") : t("healthGenerate")}
      </Button>
    </div>
  );
}
