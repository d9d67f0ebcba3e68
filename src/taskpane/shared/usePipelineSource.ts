/**
 * The state every view that analyses the user's pipeline shares (Pipeline health, Forecast): the data to read
 * (tables, sheets, the selection), reading it with progress, the column mapping (recognised from the header,
 * editable), the stage list (the workbook's stage settings or the seven-stage model), the as-of date and the
 * order of text dates. What a view does with the table it read is the view's own.
 */
import { useCallback, useEffect, useState } from "react";
import { isoDate, parseDate, serialFromJsDate, type FunnelError, type DateOrder } from "../../core/kernel";
import { recogniseColumns, type ColumnMapping, type ColumnRole } from "../../core/pipeline";
import type { TableData } from "../../excel/gateway";
import { useGateway } from "../gateway/GatewayContext";
import { dataSourceOptions, type DataSourceOption } from "./dataSources";
import { stageSettingsSheet } from "./stageSettingsScheme";
import type { SingleFlightTask } from "./useSingleFlight";
import { unexpectedFailure } from "./workbookFailure";

/** Where reading the data stands. */
export type ReadState =
  | { readonly status: "idle" }
  | { readonly status: "reading"; readonly rowsRead: number; readonly totalRows: number }
  | { readonly status: "read"; readonly table: TableData }
  | { readonly status: "failed"; readonly failure: FunnelError };

/** Which stage list the pipeline is read with. */
export type StageListChoice = "settings" | "default";

/** What {@link usePipelineSource} needs from its view. */
export interface PipelineSourceOptions {
  /** Today's date, the default as-of date. */
  readonly today: () => Date;
  /** The view's single flight (`useSingleFlight`), so a read never overlaps the view's own work. */
  readonly run: (task: SingleFlightTask) => Promise<void>;
  /** Sheets the picker leaves out besides the stage settings (e.g. the add-in's own report). */
  readonly excludedSheets?: readonly string[];
  /** Called when a read starts, e.g. to clear the previous outcome. */
  readonly onReadStart?: () => void;
}

/** What {@link usePipelineSource} returns. */
export interface PipelineSourceState {
  readonly sources: readonly DataSourceOption[];
  /** A failure listing the workbook's tables or sheets, if any. */
  readonly sourcesFailure?: FunnelError;
  readonly refreshSources: () => Promise<void>;
  readonly sourceKey: string | undefined;
  readonly setSourceKey: (key: string) => void;
  readonly read: ReadState;
  /** Reads the chosen data; ignored while the view's flight is under way. */
  readonly readSource: () => Promise<void>;
  /** The table read, once read. */
  readonly table: TableData | undefined;
  readonly mapping: ColumnMapping;
  /** Gives a role a column (0-based in the table), or none. */
  readonly setRoleColumn: (role: ColumnRole, column: number | undefined) => void;
  /** The workbook's stage settings sheet, when it has one. */
  readonly settingsSheet: string | undefined;
  /** The stage list in use: "settings" only when the workbook has a settings sheet. */
  readonly stageList: StageListChoice;
  readonly setStageList: (choice: StageListChoice) => void;
  /** The settings sheet to read the stages from, or undefined for the seven-stage model. */
  readonly stageListSheet: string | undefined;
  /** The as-of date as "yyyy-mm-dd" (today by default). */
  readonly asOfText: string;
  readonly setAsOfText: (text: string) => void;
  /** The as-of date as an Excel serial, or null when the text is not a date. */
  readonly asOf: number | null;
  readonly dateOrder: DateOrder;
  readonly setDateOrder: (order: DateOrder) => void;
  /** Hides a read failure. */
  readonly dismissRead: () => void;
}

/**
 * The pipeline data's state for a view.
 * @example
 * const run = useSingleFlight();
 * const source = usePipelineSource({ today: () => new Date(), run });
 * await source.readSource(); // source.table once read
 */
export function usePipelineSource({
  today,
  run,
  excludedSheets = [],
  onReadStart,
}: PipelineSourceOptions): PipelineSourceState {
  const gateway = useGateway();
  const [sources, setSources] = useState<readonly DataSourceOption[]>([]);
  const [sourcesFailure, setSourcesFailure] = useState<FunnelError | undefined>(undefined);
  const [settingsSheet, setSettingsSheet] = useState<string | undefined>(undefined);
  const [sourceKey, setSourceKey] = useState<string | undefined>(undefined);
  const [read, setRead] = useState<ReadState>({ status: "idle" });
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [stageList, setStageList] = useState<StageListChoice>("settings");
  const [asOfText, setAsOfText] = useState(() => isoDate(serialFromJsDate(today())));
  const [dateOrder, setDateOrder] = useState<DateOrder>("ymd");
  const excludedKey = excludedSheets.join("\u0000");

  const refreshSources = useCallback(async () => {
    try {
      const [tables, names] = await Promise.all([gateway.listTables(), gateway.sheetNames()]);
      const sheets = names.ok ? names.value : [];
      const settings = stageSettingsSheet(sheets);
      const excluded = [settings, ...(excludedKey === "" ? [] : excludedKey.split("\u0000"))];
      const options = dataSourceOptions(
        tables.ok ? tables.value : [],
        sheets,
        excluded.filter((s): s is string => s !== undefined),
      );
      setSources(options);
      setSettingsSheet(settings);
      setSourcesFailure(!tables.ok ? tables.error : !names.ok ? names.error : undefined);
      setSourceKey((key) => (options.some((o) => o.key === key) ? key : options[0]?.key));
    } catch (reason) {
      setSourcesFailure(unexpectedFailure(reason));
    }
  }, [gateway, excludedKey]);

  useEffect(() => {
    void refreshSources();
  }, [refreshSources]);

  const readSource = useCallback(
    () =>
      run(async (isMounted) => {
        const option = sources.find((o) => o.key === sourceKey);
        if (option === undefined) return;
        onReadStart?.();
        setRead({ status: "reading", rowsRead: 0, totalRows: 0 });
        const onProgress = (rowsRead: number, totalRows: number) => {
          if (isMounted()) setRead({ status: "reading", rowsRead, totalRows });
        };
        try {
          const result = await gateway.readTable(option.source, onProgress);
          if (!isMounted()) return;
          if (!result.ok) {
            setRead({ status: "failed", failure: result.error });
            return;
          }
          setMapping(recogniseColumns(result.value.header).mapping);
          setRead({ status: "read", table: result.value });
        } catch (reason) {
          if (isMounted()) setRead({ status: "failed", failure: unexpectedFailure(reason) });
        }
      }),
    [run, gateway, sources, sourceKey, onReadStart],
  );

  const setRoleColumn = useCallback((role: ColumnRole, column: number | undefined) => {
    setMapping((current) => {
      const next: Partial<Record<ColumnRole, number>> = { ...current };
      if (column === undefined) delete next[role];
      else next[role] = column;
      return next;
    });
  }, []);

  const dismissRead = useCallback(() => {
    setRead((current) => (current.status === "failed" ? { status: "idle" } : current));
  }, []);

  const parsedAsOf = parseDate(asOfText, "ymd");
  const useSettings = stageList === "settings" && settingsSheet !== undefined;

  return {
    sources,
    sourcesFailure,
    refreshSources,
    sourceKey,
    setSourceKey,
    read,
    readSource,
    table: read.status === "read" ? read.table : undefined,
    mapping,
    setRoleColumn,
    settingsSheet,
    stageList: useSettings ? "settings" : "default",
    setStageList,
    stageListSheet: useSettings ? settingsSheet : undefined,
    asOfText,
    setAsOfText,
    asOf: parsedAsOf.ok ? parsedAsOf.value : null,
    dateOrder,
    setDateOrder,
    dismissRead,
  };
}
