/**
 * State of the Pipeline health view: the pipeline data shared with other views (the shared pipeline source: the
 * data to read, reading it, the column mapping, the stage list, the as-of date and the order of text dates), and
 * generating the report, with the outcome to show.
 */
import { useCallback, useEffect, useState } from "react";
import type { PipelineHealth } from "../../core/health";
import type { Bilingual, FunnelError } from "../../core/kernel";
import { DEFAULT_UNKNOWN_LOSS, type UnknownLossRule } from "../../core/metrics";
import type { SourcePlace, TableData } from "../../excel/gateway";
import { useGateway } from "../gateway/GatewayContext";
import { useLanguage } from "../language/LanguageContext";
import { usePipelineSourceContext } from "../shared/PipelineSourceContext";
import type { PipelineSourceState } from "../shared/usePipelineSource";
import { useSingleFlight } from "../shared/useSingleFlight";
import { generateHealthReport } from "./healthRun";
import { useSourceWatch } from "./useSourceWatch";

export type { ReadState, StageListChoice } from "../shared/usePipelineSource";

/** A report generated: the health computed, its sheet and the workbook's notes on it. */
export interface HealthGenerated {
  readonly status: "done";
  readonly health: PipelineHealth;
  readonly sheet: string;
  readonly notes?: readonly Bilingual[];
}

/** Where generating the report stands; while generating again, the report before stays shown (`previous`). */
export type HealthGeneration =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly previous?: HealthGenerated }
  | HealthGenerated
  | { readonly status: "failed"; readonly failure: FunnelError };

/** What {@link usePipelineHealth} returns. */
export interface PipelineHealthState extends PipelineSourceState {
  /** Whether Generate can run: the data is read, a stage column is chosen and the as-of date is valid. */
  readonly canGenerate: boolean;
  readonly generation: HealthGeneration;
  /** Generates the report, with the rule for lost deals of unknown stage of loss in force. */
  readonly generate: () => Promise<void>;
  /** The rule for lost deals whose stage of loss is unknown (core metrics' UnknownLossRule). */
  readonly unknownLoss: UnknownLossRule;
  /** Chooses that rule and, when a report was generated, generates it again under the new rule. */
  readonly chooseUnknownLoss: (rule: UnknownLossRule) => Promise<void>;
  /** Hides the outcome message of reading or generating. */
  readonly dismiss: () => void;
  /** Turning the plain range read into an Excel table (then read again as that table), and how it went. */
  readonly makeTable: () => Promise<void>;
  readonly tableMade: TableMaking;
  readonly dismissTableMade: () => void;
  /** Whether the data changed after the report was made (Excel's change events, see useSourceWatch). */
  readonly sourceChanged: boolean;
  /** Whether the report was made from an Excel table, whose live figures follow its rows. */
  readonly reportFollowsRows: boolean;
  /** Reads the data again and makes the report again, in place. */
  readonly refresh: () => Promise<void>;
  readonly refreshing: boolean;
}

/** Where turning the data into a table stands. */
export type TableMaking =
  | { readonly status: "idle" | "running" }
  | { readonly status: "done"; readonly table: string }
  | { readonly status: "failed"; readonly failure: FunnelError };

/**
 * The Pipeline health view's state, over the shared pipeline source (inside a PipelineSourceProvider).
 * @example const { readSource, setRoleColumn, generate } = usePipelineHealth();
 */
export function usePipelineHealth(): PipelineHealthState {
  const gateway = useGateway();
  const { language, t } = useLanguage();
  const run = useSingleFlight();
  const [generation, setGeneration] = useState<HealthGeneration>({
    status: "idle",
  });
  const [unknownLoss, setUnknownLoss] = useState<UnknownLossRule>(DEFAULT_UNKNOWN_LOSS);
  const source = usePipelineSourceContext();
  const { table, mapping, asOf, dateOrder, stageListSheet, dismissRead, excludeSheet, readSource } = source;

  // A new read makes the last report's outcome stale.
  const reading = source.read.status === "reading";
  useEffect(() => {
    if (reading) setGeneration((current) => (current.status === "running" ? current : { status: "idle" }));
  }, [reading]);
  const canGenerate = table !== undefined && mapping.stage !== undefined && asOf !== null;
  // The data the last report was made from, and a count of the reports made (a new one resets the watch).
  const [reported, setReported] = useState<{ table: TableData; count: number } | undefined>(undefined);
  const [tableMade, setTableMade] = useState<TableMaking>({ status: "idle" });
  const [refreshing, setRefreshing] = useState(false);

  const generateUnder = useCallback(
    (rule: UnknownLossRule) =>
      run(async (isMounted) => {
        if (table === undefined || mapping.stage === undefined || asOf === null) return;
        setGeneration((current) =>
          current.status === "done" ? { status: "running", previous: current } : { status: "running" },
        );
        const outcome = await generateHealthReport(gateway, {
          table,
          mapping,
          settingsSheet: stageListSheet,
          ...(source.settingsSheet !== undefined ? { gateSwitchesSheet: source.settingsSheet } : {}),
          asOf,
          dateOrder,
          language,
          unknownLoss: rule,
          ...(source.read.status === "read" ? { readAt: source.read.readAt } : {}),
        });
        if (!isMounted()) return;
        if (outcome.ok) {
          excludeSheet(outcome.value.sheet);
          setReported((last) => ({ table, count: (last?.count ?? 0) + 1 }));
          setGeneration({ status: "done", ...outcome.value });
        } else {
          setGeneration({ status: "failed", failure: outcome.error });
        }
      }),
    [
      run,
      gateway,
      table,
      mapping,
      stageListSheet,
      source.settingsSheet,
      asOf,
      dateOrder,
      language,
      excludeSheet,
      source.read,
    ],
  );
  const generate = useCallback(() => generateUnder(unknownLoss), [generateUnder, unknownLoss]);
  const generated = generation.status === "done";
  const chooseUnknownLoss = useCallback(
    async (rule: UnknownLossRule) => {
      setUnknownLoss(rule);
      if (generated) await generateUnder(rule);
    },
    [generateUnder, generated],
  );

  const place = reported === undefined ? undefined : placeOf(reported.table);
  const sourceChanged = useSourceWatch(place, reported?.count);

  const makeTable = useCallback(
    () =>
      run(async (isMounted) => {
        if (table === undefined || table.table !== undefined) return;
        setTableMade({ status: "running" });
        const range = {
          sheet: table.sheet,
          headerRow: table.headerRow,
          firstCol: table.firstCol,
          columns: table.header.length,
          rows: table.rows.length,
        };
        const made = await gateway.makeTable(range, t("healthMakeTableName"));
        if (!isMounted()) return;
        if (!made.ok) {
          setTableMade({ status: "failed", failure: made.error });
          return;
        }
        setTableMade({ status: "done", table: made.value.table });
        // Excel may rename blank or repeated headers: read the table as it is now.
        await readSource({ kind: "table", name: made.value.table });
      }),
    [run, gateway, table, t, readSource],
  );
  const dismissTableMade = useCallback(() => setTableMade({ status: "idle" }), []);

  // Refresh: read the data again; once read, generate from it (or stop on a failed read).
  const refresh = useCallback(async () => {
    setRefreshing(true);
    await readSource();
  }, [readSource]);
  const readStatus = source.read.status;
  useEffect(() => {
    if (!refreshing) return;
    if (readStatus === "failed") setRefreshing(false);
    if (readStatus === "read" && table !== undefined && table !== reported?.table) {
      setRefreshing(false);
      void generate();
    }
  }, [refreshing, readStatus, table, reported, generate]);

  const dismiss = useCallback(() => {
    setGeneration((current) => (current.status === "running" ? current : { status: "idle" }));
    dismissRead();
  }, [dismissRead]);

  return {
    ...source,
    canGenerate,
    generation,
    generate,
    unknownLoss,
    chooseUnknownLoss,
    dismiss,
    makeTable,
    tableMade,
    dismissTableMade,
    sourceChanged,
    reportFollowsRows: reported?.table.table !== undefined,
    refresh,
    refreshing: refreshing || (sourceChanged && generation.status === "running"),
  };
}

/** Where a table read is, to watch: its Excel table, else its sheet. */
const placeOf = (table: TableData): SourcePlace =>
  table.table === undefined ? { sheet: table.sheet } : { sheet: table.sheet, table: table.table };
