/**
 * State of the Changes view's snapshot source: the add-in's history table (the default), or the user's own tables
 * or sheets — which are chosen, each one's as-of date (read from its name, or typed), and the history read from
 * them (core's historyFromTables), used by the view exactly as the history table's is.
 */
import { useCallback, useMemo, useState } from "react";
import { type DateOrder, type FunnelError, isoDate, parseDate } from "../../core/kernel";
import { asOfFromName, type NameDate } from "../../core/snapshots";
import type { StageScheme } from "../../core/stages";
import type { WorkbookGateway } from "../../excel/gateway";
import type { DataSourceOption } from "../shared/dataSources";
import type { SingleFlightTask } from "../shared/useSingleFlight";
import {
  readUserSnapshots,
  type SnapshotChoice,
  snapshotChoices,
  type UserSnapshotsLoaded,
} from "./userSnapshotsRun";

/** Where the snapshots compared come from. */
export type SnapshotSourceMode = "history" | "own";

/** One table or sheet of the list, with its as-of date as shown and where it comes from. */
export interface SnapshotChoiceRow {
  readonly choice: SnapshotChoice;
  readonly chosen: boolean;
  /** What its name says about its date. */
  readonly fromName: NameDate;
  /** The date field's text: the typed one, else the name's date ("" when it has none). */
  readonly dateText: string;
  /** The date used: the typed one, else the name's; `null` when there is none or the text is not a date. */
  readonly asOf: number | null;
  readonly typed: boolean;
}

/** Reading the chosen snapshots. */
export type OwnSnapshotsRead =
  | { readonly status: "idle" }
  | { readonly status: "reading"; readonly name: string }
  | { readonly status: "ready"; readonly read: UserSnapshotsLoaded; readonly signature: string }
  | { readonly status: "failed"; readonly failure: FunnelError };

/** What {@link useSnapshotSource} returns. */
export interface SnapshotSourceState {
  readonly mode: SnapshotSourceMode;
  readonly setMode: (mode: SnapshotSourceMode) => void;
  readonly rows: readonly SnapshotChoiceRow[];
  readonly toggle: (key: string, chosen: boolean) => void;
  /** Types a row's as-of date ("yyyy-mm-dd"; "" goes back to its name's date). */
  readonly setDateText: (key: string, text: string) => void;
  readonly chosenCount: number;
  /** Whether a chosen row's typed date is not a date (nothing is read until it is corrected). */
  readonly invalidDates: boolean;
  readonly read: OwnSnapshotsRead;
  /** Whether the outcome of the last read is shown (the history read stays when it is dismissed). */
  readonly outcomeShown: boolean;
  /** Whether the choice or a date changed since the last read. */
  readonly stale: boolean;
  readonly readChosen: () => Promise<void>;
  readonly dismissRead: () => void;
}

/** What {@link useSnapshotSource} needs from the view. */
export interface SnapshotSourceOptions {
  readonly gateway: WorkbookGateway;
  readonly run: (task: SingleFlightTask) => Promise<void>;
  /** The data picker's options (tables and sheets of the workbook). */
  readonly sources: readonly DataSourceOption[];
  /** Lists the workbook's tables and sheets again (when the user turns to their own: sheets may have been added). */
  readonly refreshSources?: () => Promise<void>;
  readonly scheme: StageScheme | undefined;
  readonly dateOrder: DateOrder;
}

/**
 * The snapshot source's state.
 * @example const own = useSnapshotSource({ gateway, run, sources, scheme, dateOrder });
 */
export function useSnapshotSource({
  gateway,
  run,
  sources,
  refreshSources,
  scheme,
  dateOrder,
}: SnapshotSourceOptions): SnapshotSourceState {
  const [mode, setModeState] = useState<SnapshotSourceMode>("history");
  const setMode = useCallback(
    (next: SnapshotSourceMode) => {
      setModeState(next);
      if (next === "own") void refreshSources?.();
    },
    [refreshSources],
  );
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [typed, setTyped] = useState<Readonly<Record<string, string>>>({});
  const [read, setRead] = useState<OwnSnapshotsRead>({ status: "idle" });
  const [outcomeShown, setOutcomeShown] = useState(false);

  const rows = useMemo(
    () =>
      snapshotChoices(sources).map((choice): SnapshotChoiceRow => {
        const fromName = asOfFromName(choice.name, { dateOrder });
        const typedText = typed[choice.key];
        const isTyped = typedText !== undefined;
        const dateText = isTyped ? typedText : fromName.kind === "date" ? isoDate(fromName.asOf) : "";
        const parsed = dateText === "" ? null : parseDate(dateText, "ymd");
        const asOf = parsed !== null && parsed.ok ? parsed.value : null;
        return { choice, chosen: chosen.includes(choice.key), fromName, dateText, asOf, typed: isTyped };
      }),
    [sources, dateOrder, typed, chosen],
  );

  // The chosen rows in the order chosen, and what they are: a read of another choice is stale.
  const picked = useMemo(
    () =>
      chosen.flatMap((key) => {
        const row = rows.find((r) => r.choice.key === key);
        return row === undefined ? [] : [row];
      }),
    [chosen, rows],
  );
  const invalidDates = picked.some((row) => row.typed && row.asOf === null);
  const signature = picked.map((row) => `${row.choice.key}\u0000${row.asOf ?? ""}`).join("\u0001");

  const toggle = useCallback((key: string, on: boolean) => {
    setChosen((current) =>
      on ? (current.includes(key) ? current : [...current, key]) : current.filter((k) => k !== key),
    );
  }, []);

  const setDateText = useCallback((key: string, text: string) => {
    setTyped((current) => {
      const next = { ...current };
      if (text.trim() === "") delete next[key];
      else next[key] = text;
      return next;
    });
  }, []);

  const readChosen = useCallback(
    () =>
      run(async (isMounted) => {
        if (scheme === undefined || picked.length === 0 || invalidDates) return;
        const request = {
          chosen: picked.map((row) => ({
            choice: row.choice,
            ...(row.typed && row.asOf !== null ? { asOf: row.asOf } : {}),
          })),
          scheme,
          dateOrder,
        };
        setRead({ status: "reading", name: picked[0].choice.name });
        const result = await readUserSnapshots(gateway, request, (name) => {
          if (isMounted()) setRead({ status: "reading", name });
        });
        if (!isMounted()) return;
        setOutcomeShown(true);
        setRead(
          result.ok
            ? { status: "ready", read: result.value, signature }
            : { status: "failed", failure: result.error },
        );
      }),
    [run, scheme, picked, invalidDates, dateOrder, gateway, signature],
  );

  return {
    mode,
    setMode,
    rows,
    toggle,
    setDateText,
    chosenCount: picked.length,
    invalidDates,
    read,
    outcomeShown,
    stale: read.status === "ready" && read.signature !== signature,
    readChosen,
    dismissRead: () => {
      setOutcomeShown(false);
      setRead((current) => (current.status === "failed" ? { status: "idle" } : current));
    },
  };
}
