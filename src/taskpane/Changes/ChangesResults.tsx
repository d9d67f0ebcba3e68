/**
 * What changed between two snapshots, as the Changes view shows it: the choice of snapshots A and B, the forecast
 * period and the stalled rule; the bridge (a table and, loaded lazily, its waterfall); the slipped, pushed and
 * stalled deals; the stage moves (counts, and, loaded lazily, their flow as a diagram, with its links as a
 * table); the win probabilities from observed moves beside the default ones, with the action that writes them into
 * the stage settings sheet; the notes; the forecast accuracy over the whole history; and the button that writes the
 * Pipeline changes report. Composition only.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
} from "@fluentui/react-components";
import { lazy, Suspense, useMemo } from "react";
import { isoDate } from "../../core/kernel";
import type { SnapshotChanges } from "../../core/snapshots";
import type { StageScheme } from "../../core/stages";
import { useLanguage } from "../language/LanguageContext";
import { OutcomeMessage } from "../shared/OutcomeMessage";
import { useViewStyles } from "../shared/viewStyles";
import { useChangesStyles } from "./Changes.styles";
import { bridgeSteps, bridgeTableRows, pushedRows, slippedRows, stalledRows } from "./changesDisplay";
import { ChangesTable } from "./ChangesTable";
import { ForecastAccuracy } from "./ForecastAccuracy";
import { flowData, flowRows } from "./stageFlowDisplay";
import type { ChangesViewState } from "./useChanges";
import { WinProbabilities } from "./WinProbabilities";

const BridgeChart = lazy(() => import("./BridgeChart").then((m) => ({ default: m.BridgeChart })));
const StageFlowChart = lazy(() => import("./StageFlowChart").then((m) => ({ default: m.StageFlowChart })));

/** Rows a list shows before saying how many more there are. */
const LIST_ROWS = 12;

/**
 * The results part of the Changes view.
 * @example <ChangesResults state={useChanges()} />
 */
export function ChangesResults({ state }: { state: ChangesViewState }) {
  const view = useViewStyles();
  const styles = useChangesStyles();
  const { t, text } = useLanguage();
  const { history, changes } = state;
  if (history.status === "loading") return <Spinner size="small" label={t("changesHistoryLoading")} />;
  if (history.status === "failed") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("changesHistoryFailedTitle")}</MessageBarTitle>
          {text(history.failure.message)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const snapshots = history.loaded.history.snapshots;
  if (snapshots.length === 0) {
    const none = state.snapshotSource.mode === "own" ? "changesOwnNone" : "changesHistoryNone";
    return <p className={styles.note}>{t(none)}</p>;
  }
  if (snapshots.length === 1)
    return <p className={styles.note}>{t("changesHistoryOne", { date: isoDate(snapshots[0].asOf) })}</p>;
  return (
    <div className={view.results}>
      <Choices state={state} />
      {changes !== undefined && !changes.ok && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{text(changes.error.message)}</MessageBarBody>
        </MessageBar>
      )}
      {changes?.ok === true && state.scheme !== undefined && (
        <Shown changes={changes.value} scheme={state.scheme} state={state} />
      )}
    </div>
  );
}

/** Snapshots A and B, the period, the stalled rule. */
function Choices({ state }: { state: ChangesViewState }) {
  const view = useViewStyles();
  const styles = useChangesStyles();
  const { t } = useLanguage();
  const snapshots = state.history.status === "ready" ? state.history.loaded.history.snapshots : [];
  const option = (i: number) =>
    t("changesSnapshotOption", { date: isoDate(snapshots[i].asOf), deals: snapshots[i].read.deals.length });
  const select = { className: styles.selectRoot, select: { className: styles.selectControl } };
  return (
    <section className={view.panel} aria-label={t("changesChoicesLabel")}>
      <div className={styles.choices}>
        <Field label={t("changesSnapshotA")} className={styles.choice}>
          <Select {...select} value={String(state.from)} onChange={(_, d) => state.setFrom(Number(d.value))}>
            {snapshots.map((_, i) => (
              <option key={i} value={i} disabled={i >= state.to}>
                {option(i)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("changesSnapshotB")} className={styles.choice}>
          <Select {...select} value={String(state.to)} onChange={(_, d) => state.setTo(Number(d.value))}>
            {snapshots.map((_, i) => (
              <option key={i} value={i} disabled={i <= state.from}>
                {option(i)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("changesPeriod")} className={styles.choice}>
          <Select {...select} value={state.periodLabel} onChange={(_, d) => state.setPeriodLabel(d.value)}>
            <option value="">{t("changesPeriodAll")}</option>
            {state.periods.map((p) => (
              <option key={p.label} value={p.label}>
                {p.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("changesStalledN")} className={styles.choice}>
          <Select
            {...select}
            value={String(state.stalledSnapshots)}
            onChange={(_, d) => state.setStalledSnapshots(Number(d.value))}
          >
            {[2, 3, 4, 5, 6].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </section>
  );
}

/** A panel with a heading and a table, or a line saying there is nothing; long lists cut, saying how many more. */
function ListPanel(props: {
  heading: string;
  heads: string[];
  rows: string[][];
  numeric: number[];
  empty: string;
}) {
  const view = useViewStyles();
  const styles = useChangesStyles();
  const { t } = useLanguage();
  const { heading, heads, rows, numeric, empty } = props;
  return (
    <section className={view.panel} aria-label={heading}>
      <h3 className={styles.panelHeading}>{heading}</h3>
      {rows.length === 0 ? (
        <p className={styles.note}>{empty}</p>
      ) : (
        <ChangesTable label={heading} heads={heads} rows={rows.slice(0, LIST_ROWS)} numeric={numeric} />
      )}
      {rows.length > LIST_ROWS && (
        <p className={styles.note}>{t("changesMoreRows", { count: rows.length - LIST_ROWS })}</p>
      )}
    </section>
  );
}

/** Everything shown for the chosen snapshots. */
function Shown({
  changes,
  scheme,
  state,
}: {
  changes: SnapshotChanges;
  scheme: StageScheme;
  state: ChangesViewState;
}) {
  const view = useViewStyles();
  const styles = useChangesStyles();
  const { language, t, text } = useLanguage();
  const { moves, bridge } = changes;
  const report = state.report;
  const writing = report.status === "running";
  return (
    <>
      <section className={view.panel} aria-label={t("changesBridgeHeading")}>
        <h3 className={styles.panelHeading}>{t("changesBridgeHeading")}</h3>
        <ChangesTable
          label={t("changesBridgeHeading")}
          heads={[t("changesBridgeMovement"), t("changesBridgeCount"), t("changesBridgeAmount")]}
          rows={bridgeTableRows(bridge, language)}
          numeric={[1, 2]}
        />
        <Suspense fallback={<Spinner size="tiny" />}>
          <BridgeChart steps={bridgeSteps(bridge, language)} caption={t("changesBridgeChart")} />
        </Suspense>
      </section>
      <ListPanel
        heading={t("changesSlippedHeading")}
        heads={[t("changesDeal"), t("changesCloseDates"), t("changesDays")]}
        rows={slippedRows(changes, language)}
        numeric={[2]}
        empty={t("changesSlippedNone")}
      />
      <ListPanel
        heading={t("changesPushedHeading")}
        heads={[t("changesDeal"), t("changesPushes"), t("changesPushDays")]}
        rows={pushedRows(changes, language)}
        numeric={[1, 2]}
        empty={t("changesPushedNone")}
      />
      <ListPanel
        heading={t("changesStalledHeading")}
        heads={[t("changesDeal"), t("changesStage"), t("changesSince")]}
        rows={stalledRows(changes, scheme, language)}
        numeric={[]}
        empty={t("changesStalledNone", { count: state.stalledSnapshots })}
      />
      <section className={view.panel} aria-label={t("changesMovesHeading")}>
        <h3 className={styles.panelHeading}>{t("changesMovesHeading")}</h3>
        <ChangesTable
          label={t("changesMovesHeading")}
          heads={[
            t("changesMovesForward"),
            t("changesMovesBackward"),
            t("changesMovesSkipped"),
            t("changesMovesStayed"),
          ]}
          rows={[[moves.forward, moves.backward, moves.skipped, moves.stayed].map(String)]}
          numeric={[0, 1, 2, 3]}
        />
      </section>
      <StageFlow changes={changes} />
      <WinProbabilities changes={changes} scheme={scheme} onWritten={state.rereadStages} />
      {changes.notes.length > 0 && (
        <section className={view.panel} aria-label={t("changesNotesHeading")}>
          <h3 className={styles.panelHeading}>{t("changesNotesHeading")}</h3>
          <ul className={styles.list}>
            {changes.notes.map((note, i) => (
              <li key={i}>{text(note.message)}</li>
            ))}
          </ul>
        </section>
      )}
      {state.history.status === "ready" && (
        <ForecastAccuracy history={state.history.loaded.history} scheme={scheme} />
      )}
      {report.status === "done" && (
        <OutcomeMessage
          intent="success"
          title={t("changesWriteReport")}
          notes={report.notes}
          onDismiss={state.dismissReport}
        >
          {t("changesReportDone", { sheet: report.sheet })}
        </OutcomeMessage>
      )}
      {report.status === "failed" && (
        <OutcomeMessage intent="error" title={t("changesReportFailedTitle")} onDismiss={state.dismissReport}>
          {text(report.failure.message)}
        </OutcomeMessage>
      )}
      <Button
        appearance="primary"
        disabledFocusable={writing}
        icon={writing ? <Spinner size="tiny" /> : undefined}
        onClick={() => void state.writeReport()}
      >
        {t("changesWriteReport")}
      </Button>
    </>
  );
}

/** The flow of stage moves from A to B: the diagram (loaded lazily) and its links as a table. */
function StageFlow({ changes }: { changes: SnapshotChanges }) {
  const view = useViewStyles();
  const styles = useChangesStyles();
  const { language, t } = useLanguage();
  const { sankey } = changes.moves;
  const heading = t("changesFlowHeading");
  const data = useMemo(() => flowData(sankey, language), [sankey, language]);
  return (
    <section className={view.panel} aria-label={heading}>
      <h3 className={styles.panelHeading}>{heading}</h3>
      {sankey.links.length === 0 ? (
        <p className={styles.note}>{t("changesFlowNone")}</p>
      ) : (
        <>
          <Suspense fallback={<Spinner size="tiny" />}>
            <StageFlowChart data={data} caption={t("changesFlowCaption")} />
          </Suspense>
          <ChangesTable
            label={heading}
            heads={[t("changesFlowFrom"), t("changesFlowTo"), t("changesBridgeCount")]}
            rows={flowRows(sankey, language)}
            numeric={[2]}
          />
        </>
      )}
    </section>
  );
}
