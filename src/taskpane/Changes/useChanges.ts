/**
 * State of the Changes view: the pipeline data shared with the other views, the stage list it is read with, the
 * snapshot history read from the workbook (again after each snapshot taken) — or, when the user chooses, from their
 * own tables or sheets (useSnapshotSource), used the same way —, taking a snapshot (asking before
 * replacing a day already there), adding sample snapshots, the user's choices — snapshots A and B (the two latest by
 * default), a forecast period, the snapshots that make a deal stalled — and what changed (core's snapshotChanges),
 * which follows every choice at once; and writing the Pipeline changes report.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { type CalendarPeriod, quartersAround } from "../../core/forecast";
import type { TablesPlace } from "../../core/reports";
import type { Bilingual, FunnelError, Result } from "../../core/kernel";
import { type SnapshotChanges, snapshotChanges } from "../../core/snapshots";
import { DEFAULT_SCHEME, type StageScheme } from "../../core/stages";
import type { SnapshotAppended } from "../../excel/gateway";
import { useGateway } from "../gateway/GatewayContext";
import { useLanguage } from "../language/LanguageContext";
import { usePipelineSourceContext } from "../shared/PipelineSourceContext";
import { stageSchemeFor } from "../shared/stageSettingsScheme";
import type { PipelineSourceState } from "../shared/usePipelineSource";
import { useSingleFlight } from "../shared/useSingleFlight";
import { unexpectedFailure } from "../shared/workbookFailure";
import { addSampleSnapshots, writeChangesReport } from "./changesReportRun";
import { type LoadedHistory, loadHistory, takeSnapshot } from "./changesRun";
import { type SnapshotSourceState, useSnapshotSource } from "./useSnapshotSource";

/** The snapshot history as read. */
export type HistoryState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly loaded: LoadedHistory }
  | { readonly status: "failed"; readonly failure: FunnelError };

/** Where taking a snapshot stands. */
export type SnapshotTaking =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly done: number; readonly total: number }
  | { readonly status: "confirm"; readonly rows: number; readonly asOf: number }
  | { readonly status: "done"; readonly written: SnapshotAppended; readonly asOf: number }
  | { readonly status: "samples"; readonly count: number; readonly from: number; readonly to: number }
  | { readonly status: "failed"; readonly failure: FunnelError };

/** Where writing the report stands. */
export type ReportWriting =
  | { readonly status: "idle" | "running" }
  | { readonly status: "done"; readonly sheet: string; readonly notes?: readonly Bilingual[] }
  | { readonly status: "failed"; readonly failure: FunnelError };

/** What {@link useChanges} returns. */
export interface ChangesViewState extends PipelineSourceState {
  readonly scheme: StageScheme | undefined;
  /**
   * Why the stage settings sheet's list could not be used, when it could not: the seven-stage model is used instead
   * (the view says so).
   */
  readonly schemeFailure: FunnelError | undefined;
  /** Reads the stage list again (after the pane wrote into the stage settings sheet). */
  readonly rereadStages: () => void;
  /** The snapshots compared: the history table's, or those read from the user's own tables (`snapshotSource`). */
  readonly history: HistoryState;
  /** Where the snapshots compared come from, and the user's own tables or sheets chosen. */
  readonly snapshotSource: SnapshotSourceState;
  readonly taking: SnapshotTaking;
  /** Takes a snapshot of the pipeline read, as of the as-of date. */
  readonly take: () => Promise<void>;
  /** Replaces the day's rows after the user confirmed. */
  readonly confirmReplace: () => Promise<void>;
  readonly dismissTaking: () => void;
  /** Adds sample snapshots derived from the pipeline read (the days already there are left as they are). */
  readonly addSamples: () => Promise<void>;
  readonly from: number;
  readonly to: number;
  readonly setFrom: (index: number) => void;
  readonly setTo: (index: number) => void;
  readonly periods: readonly CalendarPeriod[];
  readonly periodLabel: string;
  readonly setPeriodLabel: (label: string) => void;
  readonly stalledSnapshots: number;
  readonly setStalledSnapshots: (count: number) => void;
  readonly changes: Result<SnapshotChanges> | undefined;
  readonly report: ReportWriting;
  readonly writeReport: () => Promise<void>;
  readonly dismissReport: () => void;
}

/** Where the user's tables compared as snapshots A (`from`) and B (`to`) are; undefined before they are read. */
function ownTables(read: SnapshotSourceState["read"], from: number, to: number): TablesPlace | undefined {
  if (read.status !== "ready") return undefined;
  const [before, after] = [from, to].map((i) => {
    const used = read.read.used[i];
    return used === undefined ? undefined : read.read.places[used.index];
  });
  return before === undefined || after === undefined ? undefined : { kind: "tables", before, after };
}

/**
 * The Changes view's state, over the shared pipeline source (inside a PipelineSourceProvider).
 * @example const { take, changes } = useChanges();
 */
export function useChanges(): ChangesViewState {
  const gateway = useGateway();
  const { language } = useLanguage();
  const run = useSingleFlight();
  const source = usePipelineSourceContext();
  const { table, mapping, stageListSheet, asOf, dateOrder, excludeSheet } = source;
  const [scheme, setScheme] = useState<StageScheme | undefined>(
    stageListSheet === undefined ? DEFAULT_SCHEME : undefined,
  );
  const [tableHistory, setHistory] = useState<HistoryState>({ status: "loading" });
  const [taking, setTaking] = useState<SnapshotTaking>({ status: "idle" });
  const [choice, setChoice] = useState<{ from?: number; to?: number }>({});
  const [periodLabel, setPeriodLabel] = useState("");
  const [stalledSnapshots, setStalledSnapshots] = useState(3);
  const [report, setReport] = useState<ReportWriting>({ status: "idle" });
  const [stagesRead, setStagesRead] = useState(0);
  const [schemeFailure, setSchemeFailure] = useState<FunnelError | undefined>(undefined);

  useEffect(() => {
    let live = true;
    stageSchemeFor(gateway, stageListSheet)
      .catch((reason: unknown) => ({ ok: false as const, error: unexpectedFailure(reason) }))
      .then((result) => {
        if (!live) return;
        setScheme(result.ok ? result.value.scheme : DEFAULT_SCHEME);
        setSchemeFailure(result.ok ? undefined : result.error);
      });
    return () => {
      live = false;
    };
  }, [gateway, stageListSheet, table, stagesRead]);

  const reload = useCallback(async () => {
    if (scheme === undefined) return;
    const loaded = await loadHistory(gateway, scheme, dateOrder);
    setHistory(
      loaded.ok ? { status: "ready", loaded: loaded.value } : { status: "failed", failure: loaded.error },
    );
    setChoice({});
  }, [gateway, scheme, dateOrder]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const snapshotSource = useSnapshotSource({
    gateway,
    run,
    sources: source.sources,
    refreshSources: source.refreshSources,
    scheme,
    dateOrder,
  });
  const ownRead = snapshotSource.read;
  const ownHistory = useMemo<HistoryState>(
    () => ({
      status: "ready",
      loaded: { history: ownRead.status === "ready" ? ownRead.read.history : { snapshots: [], notes: [] } },
    }),
    [ownRead],
  );
  const history = snapshotSource.mode === "own" ? ownHistory : tableHistory;
  // Another source, or the user's tables read again: the two latest are compared again.
  useEffect(() => setChoice({}), [snapshotSource.mode, ownHistory]);

  const snapshots = history.status === "ready" ? history.loaded.history.snapshots : [];
  const count = snapshots.length;
  const to = choice.to ?? count - 1;
  const from = choice.from ?? Math.max(0, to - 1);
  const after = snapshots[to];
  const periods = useMemo(() => (after === undefined ? [] : quartersAround(Math.floor(after.asOf))), [after]);
  const period = periods.find((p) => p.label === periodLabel);

  const changes = useMemo(() => {
    if (history.status !== "ready" || scheme === undefined || count < 2) return undefined;
    return snapshotChanges(history.loaded.history, {
      from,
      to,
      scheme,
      stalledSnapshots,
      ...(period === undefined ? {} : { period: { from: period.from, to: period.to } }),
    });
  }, [history, scheme, count, from, to, stalledSnapshots, period]);

  const snapshotRequest = useCallback(() => {
    if (table === undefined || asOf === null || scheme === undefined) return undefined;
    // Always the history table (never the user's own tables, which are only read).
    const historyTable = tableHistory.status === "ready" ? tableHistory.loaded.table : undefined;
    return { source: table, mapping, scheme, dateOrder, asOf, language, history: historyTable };
  }, [table, asOf, scheme, tableHistory, mapping, dateOrder, language]);

  const runSnapshot = useCallback(
    (replace: boolean) =>
      run(async (isMounted) => {
        const request = snapshotRequest();
        if (request === undefined) return;
        setTaking({ status: "running", done: 0, total: table?.rows.length ?? 0 });
        const outcome = await takeSnapshot(gateway, request, replace, (done, total) => {
          if (isMounted()) setTaking({ status: "running", done, total });
        });
        if (!isMounted()) return;
        if (!outcome.ok) return setTaking({ status: "failed", failure: outcome.error });
        if (outcome.value.status === "dayTaken") {
          return setTaking({ status: "confirm", rows: outcome.value.rows, asOf: request.asOf });
        }
        excludeSheet(outcome.value.written.sheet);
        setTaking({ status: "done", written: outcome.value.written, asOf: request.asOf });
        await reload();
      }),
    [run, snapshotRequest, table, gateway, excludeSheet, reload],
  );

  const addSamples = useCallback(
    () =>
      run(async (isMounted) => {
        const request = snapshotRequest();
        if (request === undefined) return;
        setTaking({ status: "running", done: 0, total: 0 });
        const added = await addSampleSnapshots(gateway, request);
        if (!isMounted()) return;
        if (!added.ok) return setTaking({ status: "failed", failure: added.error });
        if (added.value.sheet !== undefined) excludeSheet(added.value.sheet);
        setTaking({ status: "samples", ...added.value });
        await reload();
      }),
    [run, snapshotRequest, gateway, excludeSheet, reload],
  );

  // New figures make the last report's outcome stale.
  useEffect(
    () => setReport((current) => (current.status === "running" ? current : { status: "idle" })),
    [changes],
  );

  const writeReport = useCallback(
    () =>
      run(async (isMounted) => {
        if (changes === undefined || !changes.ok || scheme === undefined || history.status !== "ready")
          return;
        // The user's own tables: the report's live formula reads, and its lists link to, tables A and B themselves.
        const tables = snapshotSource.mode === "own" ? ownTables(ownRead, from, to) : undefined;
        setReport({ status: "running" });
        const done = await writeChangesReport(gateway, {
          changes: changes.value,
          history: history.loaded,
          scheme,
          language,
          stalledSnapshots,
          ...(tables === undefined ? {} : { tables }),
        }).catch((reason: unknown) => ({ ok: false as const, error: unexpectedFailure(reason) }));
        if (!isMounted()) return;
        if (done.ok) {
          excludeSheet(done.value.sheet);
          setReport({ status: "done", ...done.value });
        } else setReport({ status: "failed", failure: done.error });
      }),
    [
      run,
      changes,
      scheme,
      history,
      snapshotSource.mode,
      ownRead,
      from,
      to,
      gateway,
      language,
      stalledSnapshots,
      excludeSheet,
    ],
  );

  return {
    ...source,
    scheme,
    schemeFailure,
    rereadStages: () => setStagesRead((n) => n + 1),
    history,
    snapshotSource,
    taking,
    take: () => runSnapshot(false),
    confirmReplace: () => runSnapshot(true),
    dismissTaking: () => setTaking({ status: "idle" }),
    addSamples,
    from,
    to,
    setFrom: (index) => setChoice((c) => ({ ...c, from: index })),
    setTo: (index) => setChoice((c) => ({ ...c, to: index })),
    periods,
    periodLabel,
    setPeriodLabel,
    stalledSnapshots,
    setStalledSnapshots,
    changes,
    report,
    writeReport,
    dismissReport: () => setReport({ status: "idle" }),
  };
}
