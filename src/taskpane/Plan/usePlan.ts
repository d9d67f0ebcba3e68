/**
 * State of the Plan view: the pipeline data shared with the other views (the shared pipeline source), the stage
 * list read (the workbook's settings sheet, afresh, or the seven-stage model), the health of the read (for the
 * bottleneck it names), the user's choices — target, period (the next quarter by default), basis, quotas — and the
 * plan, which follows every choice at once (core's salesPlan and stageLevers); and writing the sales-plan sheet.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { CalendarPeriod } from "../../core/forecast";
import { analysePipeline, type PipelineAnalysis } from "../../core/health";
import type { Bilingual, FunnelError } from "../../core/kernel";
import { serialFromJsDate } from "../../core/kernel";
import type { PlanBasis } from "../../core/planning";
import { useGateway } from "../gateway/GatewayContext";
import { useLanguage } from "../language/LanguageContext";
import { usePipelineSourceContext } from "../shared/PipelineSourceContext";
import type { PipelineSourceState } from "../shared/usePipelineSource";
import { useSingleFlight } from "../shared/useSingleFlight";
import { useQuarterChoice } from "../shared/useQuarterChoice";
import { useStageScheme } from "../shared/useStageScheme";
import {
  amountFromText,
  defaultPeriod,
  openDealOwners,
  planOf,
  quotasOf,
  writePlanSheet,
  type PlanShown,
  type QuotaMode,
} from "./planRun";

/** What the view can show. */
export type PlanState =
  /** Nothing read yet, or the stage list is being read. */
  | { readonly status: "waiting" }
  /** The amount column is not chosen. */
  | { readonly status: "needsColumns" }
  /** Read, but no target (or no valid period) yet. */
  | { readonly status: "needsTarget"; readonly analysis: PipelineAnalysis }
  | { readonly status: "failed"; readonly failure: FunnelError }
  | { readonly status: "ready"; readonly analysis: PipelineAnalysis; readonly shown: PlanShown };

/** Where writing the sheet stands. */
export type PlanWriting =
  | { readonly status: "idle" | "running" }
  | { readonly status: "done"; readonly sheet: string; readonly notes?: readonly Bilingual[] }
  | { readonly status: "failed"; readonly failure: FunnelError };

/** What {@link usePlan} returns. */
export interface PlanViewState extends PipelineSourceState {
  readonly schemeLoading: boolean;
  readonly periods: readonly CalendarPeriod[];
  /** The chosen period: the quarter after the as-of date's until the user picks one. */
  readonly period: CalendarPeriod | undefined;
  readonly setPeriodLabel: (label: string) => void;
  readonly targetText: string;
  readonly setTargetText: (text: string) => void;
  /** False when the target text is not an amount (or not above 0). */
  readonly targetValid: boolean;
  readonly basis: PlanBasis;
  readonly setBasis: (basis: PlanBasis) => void;
  readonly quotaMode: QuotaMode;
  readonly setQuotaMode: (mode: QuotaMode) => void;
  /** The owners of the open deals (quotas are for them); empty without an owner column. */
  readonly owners: readonly string[];
  readonly quotaTexts: Readonly<Record<string, string>>;
  readonly setQuotaText: (owner: string, text: string) => void;
  readonly plan: PlanState;
  readonly writing: PlanWriting;
  /** Writes the sales-plan sheet (regenerated in place). */
  readonly write: () => Promise<void>;
  readonly dismissWriting: () => void;
}

/**
 * The Plan view's state, over the shared pipeline source (inside a PipelineSourceProvider).
 * @example const { setTargetText, plan, write } = usePlan();
 */
export function usePlan(): PlanViewState {
  const gateway = useGateway();
  const { language } = useLanguage();
  const run = useSingleFlight();
  const source = usePipelineSourceContext();
  const { table, mapping, stageListSheet, asOf, dateOrder, excludeSheet } = source;
  const [targetText, setTargetText] = useState("");
  const [basis, setBasis] = useState<PlanBasis>("data");
  const [quotaMode, setQuotaMode] = useState<QuotaMode>("none");
  const [quotaTexts, setQuotaTexts] = useState<Readonly<Record<string, string>>>({});
  const [writing, setWriting] = useState<PlanWriting>({ status: "idle" });

  const scheme = useStageScheme(stageListSheet, table);
  const readyScheme = scheme.status === "ready" ? scheme.scheme : undefined;

  const { periods, period, setPeriodLabel } = useQuarterChoice(asOf, defaultPeriod);

  const analysis = useMemo(() => {
    if (table === undefined || readyScheme === undefined || asOf === null) return undefined;
    if (mapping.stage === undefined || mapping.amount === undefined) return undefined;
    return analysePipeline(table, { mapping, scheme: readyScheme, asOf, dateOrder });
  }, [table, readyScheme, mapping, asOf, dateOrder]);

  const owners = useMemo(
    () => (analysis?.ok && mapping.owner !== undefined ? openDealOwners(analysis.value.deals) : []),
    [analysis, mapping.owner],
  );
  const target = amountFromText(targetText);
  const targetValid = target !== null && (target === undefined || target > 0);
  const quotas = useMemo(() => quotasOf(quotaMode, owners, quotaTexts), [quotaMode, owners, quotaTexts]);

  const plan: PlanState = useMemo(() => {
    if (table === undefined) return { status: "waiting" };
    if (scheme.status === "failed") return { status: "failed", failure: scheme.failure };
    if (readyScheme === undefined || asOf === null) return { status: "waiting" };
    if (analysis === undefined) return { status: "needsColumns" };
    if (!analysis.ok) return { status: "failed", failure: analysis.error };
    if (period === undefined || typeof target !== "number" || target <= 0) {
      return { status: "needsTarget", analysis: analysis.value };
    }
    const shown = planOf(analysis.value.deals, readyScheme, {
      target,
      period,
      asOf,
      basis,
      ...(quotas !== undefined ? { quotas } : {}),
    });
    return shown.ok
      ? { status: "ready", analysis: analysis.value, shown: shown.value }
      : { status: "failed", failure: shown.error };
  }, [table, scheme, readyScheme, asOf, analysis, period, target, basis, quotas]);

  // A new plan makes the last write's outcome stale.
  useEffect(
    () => setWriting((current) => (current.status === "running" ? current : { status: "idle" })),
    [plan],
  );

  const setQuotaText = useCallback((owner: string, text: string) => {
    setQuotaTexts((current) => ({ ...current, [owner]: text }));
  }, []);

  const write = useCallback(
    () =>
      run(async (isMounted) => {
        if (plan.status !== "ready" || table === undefined || scheme.status !== "ready") return;
        setWriting({ status: "running" });
        const readAt = source.read.status === "read" ? source.read.readAt : new Date();
        const done = await writePlanSheet(gateway, {
          shown: plan.shown,
          health: plan.analysis.health,
          source: {
            sheet: table.sheet,
            headerRow: table.headerRow,
            firstCol: table.firstCol,
            rowCount: table.rows.length,
            mapping,
            readAt: serialFromJsDate(readAt),
            ...(table.table !== undefined ? { table: { name: table.table, header: table.header } } : {}),
          },
          language,
          evenQuotas: quotaMode === "even",
          ...(scheme.stageListName !== undefined ? { stageListName: scheme.stageListName } : {}),
          ...(stageListSheet !== undefined ? { stageListSheet } : {}),
        });
        if (!isMounted()) return;
        if (done.ok) {
          excludeSheet(done.value.sheet);
          setWriting({ status: "done", ...done.value });
        } else setWriting({ status: "failed", failure: done.error });
      }),
    [
      run,
      plan,
      table,
      scheme,
      source.read,
      gateway,
      mapping,
      language,
      quotaMode,
      stageListSheet,
      excludeSheet,
    ],
  );
  const dismissWriting = useCallback(() => setWriting({ status: "idle" }), []);

  return {
    ...source,
    schemeLoading: scheme.status === "loading",
    periods,
    period,
    setPeriodLabel,
    targetText,
    setTargetText,
    targetValid,
    basis,
    setBasis,
    quotaMode,
    setQuotaMode,
    owners,
    quotaTexts,
    setQuotaText,
    plan,
    writing,
    write,
    dismissWriting,
  };
}
