/**
 * The Pipeline health view. Results first: once a report is generated, its outcome, the headline figures and a
 * funnel of deals by stage lead the view (and the pane scrolls up to them); below them, the inputs — pick the data
 * (a table, a sheet or the selection) and read it, with progress; the column mapping as a one-line summary (the
 * full mapping folded behind Edit); the stage list, the as-of date, the order of text dates and Generate.
 * Composition only: the state lives in `usePipelineHealth`, the data read in the pipeline source the views share.
 * The funnel's chart library (Fluent charts over d3) is loaded only when a report is shown, so opening the pane
 * does not pay for it.
 */
import { Button, Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { useLanguage } from "../language/LanguageContext";
import { OutcomeMessage } from "../shared/OutcomeMessage";
import { WithPipelineSource } from "../shared/PipelineSourceContext";
import { PipelineSettingsFields } from "../shared/PipelineSettingsFields";
import { PipelineSourceSteps } from "../shared/PipelineSourceSteps";
import { useRevealResults } from "../shared/useRevealResults";
import { useViewStyles } from "../shared/viewStyles";
import { ViewSection } from "../shared/ViewSection";
import { HealthSummary } from "./HealthSummary";
import { MakeTableOffer, SourceChangedNotice } from "./SourceFollow";
import { UnknownLossChoice } from "./UnknownLossChoice";
import { usePipelineHealth, type PipelineHealthState } from "./usePipelineHealth";

/** Props of {@link PipelineHealth}. */
export interface PipelineHealthProps {
  /**
   * Today's date, the default as-of date, when the view has no shared pipeline source above it (the App's has its
   * own); the clock by default.
   */
  readonly today?: () => Date;
}

const FunnelMiniChart = lazy(() => import("./FunnelMiniChart").then((m) => ({ default: m.FunnelMiniChart })));

/**
 * The Pipeline health view.
 * @example <PipelineHealth />
 */
export function PipelineHealth({ today }: PipelineHealthProps) {
  return (
    <WithPipelineSource today={today}>
      <HealthView />
    </WithPipelineSource>
  );
}

function HealthView() {
  const { t } = useLanguage();
  const state = usePipelineHealth();
  return (
    <ViewSection heading={t("healthHeading")} intro={t("healthIntro")}>
      <HealthResults state={state} />
      <SourceFollow state={state} />
      <PipelineSourceSteps
        source={state}
        busy={state.generation.status === "running"}
        settings={<ReportSettings state={state} />}
      />
    </ViewSection>
  );
}

/** The last generation's outcome and, after a success, the figures and the funnel: the view's lead. */
function HealthResults({ state }: { state: PipelineHealthState }) {
  const view = useViewStyles();
  const { t, text } = useLanguage();
  const { generation } = state;
  const running = generation.status === "running";
  // Generating again (another rule for unknown losses) keeps the report before in place until the new one is in.
  const shown = running ? generation.previous : generation;
  const finished = generation.status === "done" || generation.status === "failed";
  const resultsRef = useRevealResults<HTMLDivElement>(finished ? generation : undefined);
  if (shown === undefined || (shown.status !== "done" && shown.status !== "failed")) return null;
  return (
    <div ref={resultsRef} className={view.results}>
      {shown.status === "failed" ? (
        <OutcomeMessage intent="error" title={t("healthGenerateFailureTitle")} onDismiss={state.dismiss}>
          <div>{text(shown.failure.message)}</div>
        </OutcomeMessage>
      ) : (
        <>
          <OutcomeMessage
            intent="success"
            title={t("healthGenerateSuccessTitle")}
            notes={shown.notes}
            onDismiss={state.dismiss}
          >
            <div>{t("healthGenerateSuccess", { sheet: shown.sheet })}</div>
          </OutcomeMessage>
          <HealthSummary health={shown.health} />
          <UnknownLossChoice
            health={shown.health}
            rule={state.unknownLoss}
            disabled={running}
            onChoose={(rule) => void state.chooseUnknownLoss(rule)}
          />
          <Suspense fallback={<Spinner size="small" />}>
            <FunnelMiniChart health={shown.health} />
          </Suspense>
        </>
      )}
    </div>
  );
}

/**
 * Following the data: the notice that it changed after the report (with Refresh), the offer to turn a plain range
 * into a table, and how turning it went.
 */
function SourceFollow({ state }: { state: PipelineHealthState }) {
  const { t, text } = useLanguage();
  const { tableMade, table } = state;
  const busy = state.generation.status === "running" || state.read.status === "reading";
  return (
    <>
      {state.sourceChanged && (
        <SourceChangedNotice
          followsRows={state.reportFollowsRows}
          busy={busy || state.refreshing}
          onRefresh={() => void state.refresh()}
        />
      )}
      {tableMade.status === "done" && (
        <OutcomeMessage intent="success" title={t("healthMadeTableTitle")} onDismiss={state.dismissTableMade}>
          <div>{t("healthMadeTable", { table: tableMade.table })}</div>
        </OutcomeMessage>
      )}
      {tableMade.status === "failed" && (
        <OutcomeMessage
          intent="error"
          title={t("healthMakeTableFailureTitle")}
          onDismiss={state.dismissTableMade}
        >
          <div>{text(tableMade.failure.message)}</div>
        </OutcomeMessage>
      )}
      {table !== undefined && table.table === undefined && (
        <MakeTableOffer busy={busy || tableMade.status === "running"} onMake={() => void state.makeTable()} />
      )}
    </>
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
