/**
 * State of the Pipeline health view: the pipeline data shared with other views (`usePipelineSource`: the data to
 * read, reading it, the column mapping, the stage list, the as-of date and the order of text dates), and
 * generating the report, with the outcome to show.
 */
import { useCallback, useMemo, useState } from "react";
import type { PipelineHealth } from "../../core/health";
import type { Bilingual, FunnelError } from "../../core/kernel";
import { DEFAULT_UNKNOWN_LOSS, type UnknownLossRule } from "../../core/metrics";
import { useGateway } from "../gateway/GatewayContext";
import { useLanguage } from "../language/LanguageContext";
import { usePipelineSource, type PipelineSourceState } from "../shared/usePipelineSource";
import { useSingleFlight } from "../shared/useSingleFlight";
import { generateHealthReport } from "./healthRun";

export type { ReadState, StageListChoice } from "../shared/usePipelineSource";

/** Where generating the report stands. */
export type HealthGeneration =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | {
      readonly status: "done";
      readonly health: PipelineHealth;
      readonly sheet: string;
      readonly notes?: readonly Bilingual[];
    }
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
  const [generation, setGeneration] = useState<HealthGeneration>({
    status: "idle",
  });
  const [reportSheet, setReportSheet] = useState<string | undefined>(undefined);
  const [unknownLoss, setUnknownLoss] = useState<UnknownLossRule>(DEFAULT_UNKNOWN_LOSS);
  const excludedSheets = useMemo(() => (reportSheet === undefined ? [] : [reportSheet]), [reportSheet]);
  const onReadStart = useCallback(() => setGeneration({ status: "idle" }), []);
  const source = usePipelineSource({ today, run, excludedSheets, onReadStart });
  const { table, mapping, asOf, dateOrder, stageListSheet, dismissRead } = source;
  const canGenerate = table !== undefined && mapping.stage !== undefined && asOf !== null;

  const generateUnder = useCallback(
    (rule: UnknownLossRule) =>
      run(async (isMounted) => {
        if (table === undefined || mapping.stage === undefined || asOf === null) return;
        setGeneration({ status: "running" });
        const outcome = await generateHealthReport(gateway, {
          table,
          mapping,
          settingsSheet: stageListSheet,
          asOf,
          dateOrder,
          language,
          unknownLoss: rule,
        });
        if (!isMounted()) return;
        if (outcome.ok) {
          setReportSheet(outcome.value.sheet);
          setGeneration({ status: "done", ...outcome.value });
        } else {
          setGeneration({ status: "failed", failure: outcome.error });
        }
      }),
    [run, gateway, table, mapping, stageListSheet, asOf, dateOrder, language],
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
  };
}
