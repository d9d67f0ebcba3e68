/**
 * The Changes view (管线变化): the pipeline over time. First, taking a snapshot of the pipeline read (its values and
 * the as-of date copied to the snapshot table; a day already there is replaced only when the user confirms) and
 * adding sample snapshots; where the snapshots compared come from (the snapshot table, or the user's own tables or
 * sheets: SnapshotSourcePicker); then, once two snapshots exist, what changed between the two chosen (ChangesResults);
 * below, the inputs every pipeline view shares. Composition only: the state lives in `useChanges`.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { isoDate } from "../../core/kernel";
import type { ColumnRole } from "../../core/pipeline";
import { useLanguage } from "../language/LanguageContext";
import { OutcomeMessage } from "../shared/OutcomeMessage";
import { WithPipelineSource } from "../shared/PipelineSourceContext";
import { PipelineSettingsFields } from "../shared/PipelineSettingsFields";
import { PipelineSourceSteps } from "../shared/PipelineSourceSteps";
import { useViewStyles } from "../shared/viewStyles";
import { ViewSection } from "../shared/ViewSection";
import { useChangesStyles } from "./Changes.styles";
import { ChangesResults } from "./ChangesResults";
import { SnapshotSourcePicker } from "./SnapshotSourcePicker";
import { useChanges, type ChangesViewState } from "./useChanges";

/** Props of {@link Changes}. */
export interface ChangesProps {
  /** Today's date, the default as-of date, when the view has no shared pipeline source above it. */
  readonly today?: () => Date;
}

/** The columns a snapshot cannot do without. */
const SNAPSHOT_ROLES: readonly ColumnRole[] = ["stage"];

/**
 * The Changes view.
 * @example <Changes />
 */
export function Changes({ today }: ChangesProps) {
  return (
    <WithPipelineSource today={today}>
      <ChangesView />
    </WithPipelineSource>
  );
}

function ChangesView() {
  const { t, text } = useLanguage();
  const state = useChanges();
  return (
    <ViewSection heading={t("changesHeading")} intro={t("changesIntro")}>
      {state.schemeFailure !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("changesStagesFallbackTitle")}</MessageBarTitle>
            {t("changesStagesFallback", { reason: text(state.schemeFailure.message) })}
          </MessageBarBody>
        </MessageBar>
      )}
      <SnapshotPanel state={state} />
      <SnapshotSourcePicker state={state.snapshotSource} ready={state.scheme !== undefined} />
      <ChangesResults state={state} />
      <PipelineSourceSteps
        source={state}
        busy={state.taking.status === "running"}
        requiredRoles={SNAPSHOT_ROLES}
        settings={<ChangesSettings state={state} />}
      />
    </ViewSection>
  );
}

/** Taking a snapshot: the line saying what it copies, the buttons, and how it went. */
function SnapshotPanel({ state }: { state: ChangesViewState }) {
  const view = useViewStyles();
  const styles = useChangesStyles();
  const { t, text } = useLanguage();
  const { taking, asOf, table } = state;
  const running = taking.status === "running";
  const ready =
    table !== undefined && asOf !== null && state.scheme !== undefined && state.mapping.stage !== undefined;
  return (
    <section className={view.panel} aria-label={t("changesSnapshotHeading")}>
      <h3 className={styles.panelHeading}>{t("changesSnapshotHeading")}</h3>
      <p className={styles.note}>
        {table === undefined
          ? t("changesSnapshotNeedsData")
          : asOf === null
            ? t("changesSnapshotNeedsDate")
            : t("changesSnapshotLine", { date: isoDate(asOf) })}
      </p>
      {taking.status === "confirm" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("changesConfirmTitle")}</MessageBarTitle>
            {t("changesConfirmBody", { date: isoDate(taking.asOf), rows: taking.rows })}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void state.confirmReplace()}>
              {t("changesConfirmReplace")}
            </Button>
            <Button onClick={state.dismissTaking}>{t("changesConfirmCancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {taking.status === "done" && (
        <OutcomeMessage intent="success" title={t("changesSnapshotHeading")} onDismiss={state.dismissTaking}>
          {taking.written.replaced > 0
            ? t("changesSnapshotReplacedDone", {
                date: isoDate(taking.asOf),
                replaced: taking.written.replaced,
                rows: taking.written.rows,
              })
            : t("changesSnapshotDone", {
                sheet: taking.written.sheet,
                rows: taking.written.rows,
                date: isoDate(taking.asOf),
              })}
        </OutcomeMessage>
      )}
      {taking.status === "samples" && (
        <OutcomeMessage intent="success" title={t("changesSampleSnapshots")} onDismiss={state.dismissTaking}>
          {t("changesSampleDone", {
            count: taking.count,
            from: isoDate(taking.from),
            to: isoDate(taking.to),
          })}
        </OutcomeMessage>
      )}
      {taking.status === "failed" && (
        <OutcomeMessage
          intent="error"
          title={t("changesSnapshotFailedTitle")}
          onDismiss={state.dismissTaking}
        >
          {text(taking.failure.message)}
        </OutcomeMessage>
      )}
      {running && taking.total > 0 && (
        <Spinner
          size="tiny"
          label={t("changesSnapshotWriting", { done: taking.done, total: taking.total })}
        />
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={!ready || running || taking.status === "confirm"}
          icon={running ? <Spinner size="tiny" /> : undefined}
          onClick={() => void state.take()}
        >
          {t("changesTakeSnapshot")}
        </Button>
        <Button disabledFocusable={!ready || running} onClick={() => void state.addSamples()}>
          {t("changesSampleSnapshots")}
        </Button>
      </div>
    </section>
  );
}

function ChangesSettings({ state }: { state: ChangesViewState }) {
  const view = useViewStyles();
  const styles = useChangesStyles();
  const { t } = useLanguage();
  return (
    <div className={view.panel}>
      <h3 className={styles.panelHeading}>{t("changesSettingsHeading")}</h3>
      <PipelineSettingsFields source={state} />
    </div>
  );
}
