/**
 * State of the Forecast view: the pipeline data shared with other views (the shared pipeline source), the stage list
 * read (the workbook's settings sheet, afresh, or the seven-stage model), and the user's choices (quarter, target,
 * commit and best-case stages, measured probabilities); the figures follow every choice at once, computed by core.
 */
import { useMemo, useState } from "react";
import {
  defaultCategoryIndexes,
  forecastPipeline,
  forecastWithCoverage,
  type CalendarPeriod,
  type ForecastPipeline,
  type ForecastWithCoverage,
} from "../../core/forecast";
import type { FunnelError } from "../../core/kernel";
import { DEFAULT_SCHEME, type StageScheme } from "../../core/stages";
import { usePipelineSourceContext } from "../shared/PipelineSourceContext";
import type { PipelineSourceState } from "../shared/usePipelineSource";
import { asOfQuarter, useQuarterChoice } from "../shared/useQuarterChoice";
import { useStageScheme, type SchemeState } from "../shared/useStageScheme";
import { targetFromText } from "./forecastRun";

/** What the view can show below its settings. */
export type ForecastState =
  /** Nothing read yet, or the stage list is being read. */
  | { readonly status: "waiting" }
  /** The amount or expected close date column is not chosen. */
  | { readonly status: "needsColumns" }
  | { readonly status: "failed"; readonly failure: FunnelError }
  | { readonly status: "ready"; readonly pipeline: ForecastPipeline; readonly shown: ForecastWithCoverage };

/** What {@link useForecast} returns. */
export interface ForecastViewState extends PipelineSourceState {
  readonly scheme: SchemeState;
  /** The quarters offered (around the as-of date); empty while the as-of date is invalid. */
  readonly periods: readonly CalendarPeriod[];
  /** The chosen quarter: the as-of date's quarter until the user picks one. */
  readonly period: CalendarPeriod | undefined;
  readonly setPeriodLabel: (label: string) => void;
  readonly targetText: string;
  readonly setTargetText: (text: string) => void;
  /** False when the target text is not an amount. */
  readonly targetValid: boolean;
  readonly commitIndex: number;
  readonly setCommitIndex: (index: number) => void;
  readonly bestCaseIndex: number;
  readonly setBestCaseIndex: (index: number) => void;
  /** Whether the best-case stage is at or before the commit stage. */
  readonly categoriesValid: boolean;
  readonly calibrated: boolean;
  readonly setCalibrated: (calibrated: boolean) => void;
  /** With `calibrated`: keep the default for stages measured from fewer than five closed deals. */
  readonly defaultWhenFewDeals: boolean;
  readonly setDefaultWhenFewDeals: (defaultWhenFewDeals: boolean) => void;
  readonly forecast: ForecastState;
}

/** An index chosen for another stage list falls back to the default. */
function indexIn(scheme: StageScheme, chosen: number | undefined, fallback: number): number {
  return chosen !== undefined && chosen >= 0 && chosen < scheme.stages.length - 1 ? chosen : fallback;
}

/**
 * The Forecast view's state, over the shared pipeline source (inside a PipelineSourceProvider), whose as-of date
 * gives the default quarter.
 * @example const { setTargetText, forecast } = useForecast();
 */
export function useForecast(): ForecastViewState {
  const source = usePipelineSourceContext();
  const { table, mapping, stageListSheet, asOf, dateOrder } = source;
  const [targetText, setTargetText] = useState("");
  const [chosenCommit, setCommitIndex] = useState<number | undefined>(undefined);
  const [chosenBestCase, setBestCaseIndex] = useState<number | undefined>(undefined);
  const [calibrated, setCalibrated] = useState(false);
  const [defaultWhenFewDeals, setDefaultWhenFewDeals] = useState(false);

  const scheme = useStageScheme(stageListSheet, table);
  const readyScheme = scheme.status === "ready" ? scheme.scheme : undefined;

  const { periods, period, setPeriodLabel } = useQuarterChoice(asOf, asOfQuarter);

  const target = targetFromText(targetText);
  const defaults = defaultCategoryIndexes(readyScheme ?? DEFAULT_SCHEME);
  const commitIndex = indexIn(readyScheme ?? DEFAULT_SCHEME, chosenCommit, defaults.commitIndex);
  const bestCaseIndex = indexIn(readyScheme ?? DEFAULT_SCHEME, chosenBestCase, defaults.bestCaseIndex);
  const categoriesValid = bestCaseIndex <= commitIndex;

  const pipeline = useMemo(() => {
    if (table === undefined || readyScheme === undefined) return undefined;
    if (mapping.stage === undefined || mapping.amount === undefined || mapping.closeDate === undefined) {
      return undefined;
    }
    return forecastPipeline(table, { mapping, scheme: readyScheme, dateOrder });
  }, [table, readyScheme, mapping, dateOrder]);

  const forecast: ForecastState = useMemo(() => {
    if (table === undefined) return { status: "waiting" };
    if (scheme.status === "failed") return { status: "failed", failure: scheme.failure };
    if (readyScheme === undefined) return { status: "waiting" };
    if (pipeline === undefined) return { status: "needsColumns" };
    if (!pipeline.ok) return { status: "failed", failure: pipeline.error };
    if (period === undefined || target === null || !categoriesValid) return { status: "waiting" };
    const shown = forecastWithCoverage(pipeline.value, readyScheme, {
      period,
      commitIndex,
      bestCaseIndex,
      calibrated,
      defaultWhenFewDeals,
      ...(target !== undefined ? { target } : {}),
    });
    return shown.ok
      ? { status: "ready", pipeline: pipeline.value, shown: shown.value }
      : { status: "failed", failure: shown.error };
  }, [
    table,
    scheme,
    readyScheme,
    pipeline,
    period,
    target,
    categoriesValid,
    commitIndex,
    bestCaseIndex,
    calibrated,
    defaultWhenFewDeals,
  ]);

  return {
    ...source,
    scheme,
    periods,
    period,
    setPeriodLabel,
    targetText,
    setTargetText,
    targetValid: target !== null,
    commitIndex,
    setCommitIndex,
    bestCaseIndex,
    setBestCaseIndex,
    categoriesValid,
    calibrated,
    setCalibrated,
    defaultWhenFewDeals,
    setDefaultWhenFewDeals,
    forecast,
  };
}
