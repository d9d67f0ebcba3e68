/**
 * The state every view that analyses the user's pipeline shares (Pipeline health, Forecast): the data to read
 * (tables, sheets, the selection), reading it with progress, the column mapping (recognised from the header,
 * editable), the stage list (the workbook's stage settings or the seven-stage model), the as-of date and the
 * order of text dates. What a view does with the table it read is the view's own. One state serves every view:
 * `PipelineSourceProvider` holds it above the views, so switching views keeps what was read and chosen. A mapping
 * the user edits is remembered for that table (source and header) and given again the next time it is read.
 */
import { useCallback, useEffect, useState } from "react";
import { isoDate, parseDate, serialFromJsDate, type FunnelError, type DateOrder } from "../../core/kernel";
import { COLUMN_ROLES, recogniseColumns, type ColumnMapping, type ColumnRole } from "../../core/pipeline";
import type { TableData, TableSource } from "../../excel/gateway";
import { useGateway } from "../gateway/GatewayContext";
import type { PreferenceStorage } from "../language/languagePreference";
import { dataSourceOptions, sourceKey as keyOf, type DataSourceOption } from "./dataSources";
import { mappingKey, rememberedMapping, rememberMapping } from "./mappingMemory";
import { stageSettingsSheet } from "./stageSettingsScheme";
import type { SingleFlightTask } from "./useSingleFlight";
import { unexpectedFailure } from "./workbookFailure";

/** Where reading the data stands. */
export type ReadState =
  | { readonly status: "idle" }
  | { readonly status: "reading"; readonly rowsRead: number; readonly totalRows: number }
  | { readonly status: "read"; readonly table: TableData; readonly readAt: Date }
  | { readonly status: "failed"; readonly failure: FunnelError };

/** Which stage list the pipeline is read with. */
export type StageListChoice = "settings" | "default";

/** Where the mapping in use comes from. */
export type MappingOrigin = "recognised" | "remembered" | "edited";

/** What {@link usePipelineSource} needs. */
export interface PipelineSourceOptions {
  /** Today's date, the default as-of date. */
  readonly today: () => Date;
  /** A single flight (`useSingleFlight`), so reads never overlap. */
  readonly run: (task: SingleFlightTask) => Promise<void>;
  /** Where edited mappings are remembered; nowhere when undefined. */
  readonly mappingStorage?: PreferenceStorage;
}

/** What {@link usePipelineSource} returns. */
export interface PipelineSourceState {
  readonly sources: readonly DataSourceOption[];
  /** A failure listing the workbook's tables or sheets, if any. */
  readonly sourcesFailure?: FunnelError;
  /** Lists the workbook's tables and sheets afresh (the data picker does when it opens, and on Refresh list). */
  readonly refreshSources: () => Promise<void>;
  readonly sourceKey: string | undefined;
  readonly setSourceKey: (key: string) => void;
  readonly read: ReadState;
  /**
   * Reads the chosen data, or `source` (then listed and chosen: a table just made); ignored while the view's
   * flight is under way.
   */
  readonly readSource: (source?: TableSource) => Promise<void>;
  /** The table read, once read. */
  readonly table: TableData | undefined;
  readonly mapping: ColumnMapping;
  /** Whether the mapping was recognised from the header, remembered from the user's last edit, or edited now. */
  readonly mappingOrigin: MappingOrigin;
  /** The key the table's mapping is remembered under, once read (changes with each table read). */
  readonly mappingKey: string | undefined;
  /** Gives a role a column (0-based in the table), or none; the user's edit, remembered for the table. */
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
  /** Leaves a sheet out of the picker from now on (e.g. the add-in's own report, once written). */
  readonly excludeSheet: (sheet: string) => void;
}

/**
 * How many of the roles a mapping gives a column, out of all roles.
 * @example mappedRoles({ stage: 1, amount: 2 }) // { count: 2, total: 12 }
 */
export function mappedRoles(mapping: ColumnMapping): { count: number; total: number } {
  return {
    count: COLUMN_ROLES.filter((role) => mapping[role] !== undefined).length,
    total: COLUMN_ROLES.length,
  };
}

/**
 * The pipeline data's state (views reach it through `usePipelineSourceContext`).
 * @example
 * const run = useSingleFlight();
 * const source = usePipelineSource({ today: () => new Date(), run });
 * await source.readSource(); // source.table once read
 */
export function usePipelineSource({
  today,
  run,
  mappingStorage,
}: PipelineSourceOptions): PipelineSourceState {
  const gateway = useGateway();
  const [sources, setSources] = useState<readonly DataSourceOption[]>([]);
  const [sourcesFailure, setSourcesFailure] = useState<FunnelError | undefined>(undefined);
  const [settingsSheet, setSettingsSheet] = useState<string | undefined>(undefined);
  const [sourceKey, setSourceKey] = useState<string | undefined>(undefined);
  const [read, setRead] = useState<ReadState>({ status: "idle" });
  const [chosen, setChosen] = useState<{ key?: string; mapping: ColumnMapping; origin: MappingOrigin }>({
    mapping: {},
    origin: "recognised",
  });
  const [excludedSheets, setExcludedSheets] = useState<readonly string[]>([]);
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

  const readSource = useCallback(
    (explicit?: TableSource) =>
      run(async (isMounted) => {
        const option =
          explicit !== undefined
            ? { key: keyOf(explicit), source: explicit }
            : sources.find((o) => o.key === sourceKey);
        if (option === undefined) return;
        if (explicit !== undefined) {
          // A source the picker may not list yet (a table just made): list it, and choose it.
          await refreshSources();
          if (!isMounted()) return;
          setSourceKey(option.key);
        }
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
          const { header } = result.value;
          const key = mappingKey(option.key, header);
          const remembered = rememberedMapping(mappingStorage, key, header.length);
          setChosen(
            remembered === undefined
              ? { key, mapping: recogniseColumns(header).mapping, origin: "recognised" }
              : { key, mapping: remembered, origin: "remembered" },
          );
          setRead({ status: "read", table: result.value, readAt: today() });
        } catch (reason) {
          if (isMounted()) setRead({ status: "failed", failure: unexpectedFailure(reason) });
        }
      }),
    [run, gateway, sources, sourceKey, mappingStorage, refreshSources, today],
  );

  const setRoleColumn = useCallback((role: ColumnRole, column: number | undefined) => {
    setChosen((current) => {
      const next: Partial<Record<ColumnRole, number>> = { ...current.mapping };
      if (column === undefined) delete next[role];
      else next[role] = column;
      return { ...current, mapping: next, origin: "edited" };
    });
  }, []);

  // The user's edit is the mapping confirmed for this table: remember it for the next read.
  useEffect(() => {
    if (chosen.origin === "edited" && chosen.key !== undefined) {
      rememberMapping(mappingStorage, chosen.key, chosen.mapping);
    }
  }, [chosen, mappingStorage]);

  const excludeSheet = useCallback((sheet: string) => {
    setExcludedSheets((current) => (current.includes(sheet) ? current : [...current, sheet]));
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
    mapping: chosen.mapping,
    mappingOrigin: chosen.origin,
    mappingKey: read.status === "read" ? chosen.key : undefined,
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
    excludeSheet,
  };
}
