/**
 * State of the Pipeline health view: the data to read (tables, sheets, the selection), reading it with progress,
 * the column mapping (recognised from the header, editable), the stage list, the as-of date and the order of
 * text dates, and generating the report, with the outcome to show.
 */
import { useCallback, useEffect, useState } from "react";
import { isoDate, parseDate, serialFromJsDate } from "../../core/dates";
import { recogniseColumns } from "../../core/health/columns";
import type { ColumnMapping, ColumnRole, DateOrder, PipelineHealth } from "../../core/health/types";
import type { FunnelError } from "../../core/result";
import type { TableData } from "../../excel/gateway";
import { useGateway } from "../gateway/GatewayContext";
import { useLanguage } from "../language/LanguageContext";
import { useSingleFlight } from "../shared/useSingleFlight";
import { dataSourceOptions, type DataSourceOption } from "./dataSources";
import { generateHealthReport, unexpectedFailure } from "./healthRun";
import { stageSettingsSheet } from "./stageSettingsScheme";

/** Where reading the data stands. */
export type ReadState =
  | { readonly status: "idle" }
  | { readonly status: "reading"; readonly rowsRead: number; readonly totalRows: number }
  | { readonly status: "read"; readonly table: TableData }
  | { readonly status: "failed"; readonly failure: FunnelError };

/** Where generating the report stands. */
export type HealthGeneration =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "done"; readonly health: PipelineHealth; readonly sheet: string }
  | { readonly status: "failed"; readonly failure: FunnelError };

/** Which stage list the pipeline is read with. */
export type StageListChoice = "settings" | "default";

/** What {@link usePipelineHealth} returns. */
export interface PipelineHealthState {
  readonly sources: readonly DataSourceOption[];
  /** A failure listing the workbook's tables or sheets, if any. */
  readonly sourcesFailure?: FunnelError;
  readonly refreshSources: () => Promise<void>;
  readonly sourceKey: string | undefined;
  readonly setSourceKey: (key: string) => void;
  readonly read: ReadState;
  /** Reads the chosen data; ignored while a read or a generation is under way. */
  readonly readSource: () => Promise<void>;
  readonly mapping: ColumnMapping;
  /** Gives a role a column (0-based in the table), or none. */
  readonly setRoleColumn: (role: ColumnRole, column: number | undefined) => void;
  /** The workbook's stage settings sheet, when it has one. */
  readonly settingsSheet: string | undefined;
  readonly stageList: StageListChoice;
  readonly setStageList: (choice: StageListChoice) => void;
  /** The as-of date as "yyyy-mm-dd" (today by default). */
  readonly asOfText: string;
  readonly setAsOfText: (text: string) => void;
  /** The as-of date as an Excel serial, or null when the text is not a date. */
  readonly asOf: number | null;
  readonly dateOrder: DateOrder;
  readonly setDateOrder: (order: DateOrder) => void;
  /** Whether Generate can run: the data is read, a stage column is chosen and the as-of date is valid. */
  readonly canGenerate: boolean;
  readonly generation: HealthGeneration;
  readonly generate: () => Promise<void>;
  /** Hides the outcome message of reading or generating. */
  readonly dismiss: () => void;
}

const now = (): Date => new Date();

/**
 * The Pipeline health view's state. `today` gives the default as-of date.
 * @example const { readSource, setRoleColumn, generate } = usePipelineHealth();
 */
export function usePipelineHealth(today: () => Date = now): PipelineHealthState {
  const gateway = useGateway();
  const { language } = useLanguage();
  const run = useSingleFlight();
  const [sources, setSources] = useState<readonly DataSourceOption[]>([]);
  const [sourcesFailure, setSourcesFailure] = useState<FunnelError | undefined>(undefined);
  const [settingsSheet, setSettingsSheet] = useState<string | undefined>(undefined);
  const [sourceKey, setSourceKey] = useState<string | undefined>(undefined);
  const [read, setRead] = useState<ReadState>({ status: "idle" });
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [stageList, setStageList] = useState<StageListChoice>("settings");
  const [asOfText, setAsOfText] = useState(() => isoDate(serialFromJsDate(today())));
  const [dateOrder, setDateOrder] = useState<DateOrder>("ymd");
  const [generation, setGeneration] = useState<HealthGeneration>({ status: "idle" });
  const [reportSheet, setReportSheet] = useState<string | undefined>(undefined);

  const refreshSources = useCallback(async () => {
    try {
      const [tables, names] = await Promise.all([gateway.listTables(), gateway.sheetNames()]);
      const sheets = names.ok ? names.value : [];
      const settings = stageSettingsSheet(sheets);
      const excluded = [settings, reportSheet].filter((s): s is string => s !== undefined);
      const options = dataSourceOptions(tables.ok ? tables.value : [], sheets, excluded);
      setSources(options);
      setSettingsSheet(settings);
      setSourcesFailure(!tables.ok ? tables.error : !names.ok ? names.error : undefined);
      setSourceKey((key) => (options.some((o) => o.key === key) ? key : options[0]?.key));
    } catch (reason) {
      setSourcesFailure(unexpectedFailure(reason));
    }
  }, [gateway, reportSheet]);

  useEffect(() => {
    void refreshSources();
  }, [refreshSources]);

  const readSource = useCallback(
    () =>
      run(async (isMounted) => {
        const option = sources.find((o) => o.key === sourceKey);
        if (option === undefined) return;
        setGeneration({ status: "idle" });
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
    [run, gateway, sources, sourceKey],
  );

  const setRoleColumn = useCallback((role: ColumnRole, column: number | undefined) => {
    setMapping((current) => {
      const next: Partial<Record<ColumnRole, number>> = { ...current };
      if (column === undefined) delete next[role];
      else next[role] = column;
      return next;
    });
  }, []);

  const parsedAsOf = parseDate(asOfText, "ymd");
  const asOf = parsedAsOf.ok ? parsedAsOf.value : null;
  const useSettings = stageList === "settings" && settingsSheet !== undefined;
  const table = read.status === "read" ? read.table : undefined;
  const canGenerate = table !== undefined && mapping.stage !== undefined && asOf !== null;

  const generate = useCallback(
    () =>
      run(async (isMounted) => {
        if (table === undefined || mapping.stage === undefined || asOf === null) return;
        setGeneration({ status: "running" });
        const outcome = await generateHealthReport(gateway, {
          table,
          mapping,
          settingsSheet: useSettings ? settingsSheet : undefined,
          asOf,
          dateOrder,
          language,
        });
        if (!isMounted()) return;
        if (outcome.ok) {
          setReportSheet(outcome.value.sheet);
          setGeneration({ status: "done", ...outcome.value });
        } else {
          setGeneration({ status: "failed", failure: outcome.error });
        }
      }),
    [run, gateway, table, mapping, useSettings, settingsSheet, asOf, dateOrder, language],
  );

  const dismiss = useCallback(() => {
    setGeneration((current) => (current.status === "running" ? current : { status: "idle" }));
    setRead((current) => (current.status === "failed" ? { status: "idle" } : current));
  }, []);

  return {
    sources,
    sourcesFailure,
    refreshSources,
    sourceKey,
    setSourceKey,
    read,
    readSource,
    mapping,
    setRoleColumn,
    settingsSheet,
    stageList: useSettings ? "settings" : "default",
    setStageList,
    asOfText,
    setAsOfText,
    asOf,
    dateOrder,
    setDateOrder,
    canGenerate,
    generation,
    generate,
    dismiss,
  };
}
