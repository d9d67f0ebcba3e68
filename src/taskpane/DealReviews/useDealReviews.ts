/**
 * State of the Deal reviews view: the pipeline data shared with the other views, the evaluation form chosen,
 * "Evaluate this deal" (an evaluation sheet for the deal under the selection) and "Build / update review board"
 * (the board written, and what it found: sheets, sheets not recognised, gate failures). See reviewRun.ts.
 */
import { useCallback, useState } from "react";
import { type FunnelError, serialFromJsDate } from "../../core/kernel";
import type { EvaluationKind } from "../../core/reviews";
import { useGateway } from "../gateway/GatewayContext";
import { useLanguage } from "../language/LanguageContext";
import { usePipelineSourceContext } from "../shared/PipelineSourceContext";
import type { PipelineSourceState } from "../shared/usePipelineSource";
import { useSingleFlight } from "../shared/useSingleFlight";
import {
  type BoardBuilt,
  buildBoard,
  type EvaluationStarted,
  type PipelineInput,
  startEvaluation,
} from "./reviewRun";

/** Where an action stands: idle, running, done with its result, or failed. */
export type ReviewAction<T> =
  | { readonly status: "idle" | "running" }
  | { readonly status: "done"; readonly result: T }
  | { readonly status: "failed"; readonly failure: FunnelError };

/** What {@link useDealReviews} returns. */
export interface DealReviewsState extends PipelineSourceState {
  readonly kind: EvaluationKind;
  readonly setKind: (kind: EvaluationKind) => void;
  readonly evaluation: ReviewAction<EvaluationStarted>;
  /** Starts the chosen evaluation sheet for the deal under the selection. */
  readonly evaluate: () => Promise<void>;
  readonly dismissEvaluation: () => void;
  readonly board: ReviewAction<BoardBuilt>;
  /** Builds or updates the review board. */
  readonly build: () => Promise<void>;
  readonly dismissBoard: () => void;
}

/**
 * The Deal reviews view's state, over the shared pipeline source (inside a PipelineSourceProvider).
 * @example const { evaluate, build, board } = useDealReviews();
 */
export function useDealReviews(): DealReviewsState {
  const gateway = useGateway();
  const { language } = useLanguage();
  const run = useSingleFlight();
  const source = usePipelineSourceContext();
  const { table, mapping, stageListSheet, settingsSheet, asOf, dateOrder, excludeSheet } = source;
  const [kind, setKind] = useState<EvaluationKind>("stageCheck");
  const [evaluation, setEvaluation] = useState<ReviewAction<EvaluationStarted>>({ status: "idle" });
  const [board, setBoard] = useState<ReviewAction<BoardBuilt>>({ status: "idle" });

  const input = useCallback(
    (): PipelineInput | undefined =>
      table === undefined
        ? undefined
        : {
            table,
            mapping,
            dateOrder,
            ...(stageListSheet !== undefined ? { settingsSheet: stageListSheet } : {}),
            ...(settingsSheet !== undefined ? { gateSwitchesSheet: settingsSheet } : {}),
          },
    [table, mapping, dateOrder, stageListSheet, settingsSheet],
  );

  const evaluate = useCallback(
    () =>
      run(async (isMounted) => {
        const pipeline = input();
        if (pipeline === undefined) return;
        setEvaluation({ status: "running" });
        const done = await startEvaluation(gateway, pipeline, kind, language, serialFromJsDate(new Date()));
        if (!isMounted()) return;
        if (done.ok) excludeSheet(done.value.sheet);
        setEvaluation(
          done.ok ? { status: "done", result: done.value } : { status: "failed", failure: done.error },
        );
      }),
    [run, input, gateway, kind, language, excludeSheet],
  );

  const build = useCallback(
    () =>
      run(async (isMounted) => {
        const pipeline = input();
        if (pipeline === undefined || asOf === null) return;
        setBoard({ status: "running" });
        const done = await buildBoard(gateway, pipeline, asOf, language);
        if (!isMounted()) return;
        if (done.ok) excludeSheet(done.value.sheet);
        setBoard(
          done.ok ? { status: "done", result: done.value } : { status: "failed", failure: done.error },
        );
      }),
    [run, input, asOf, gateway, language, excludeSheet],
  );

  return {
    ...source,
    kind,
    setKind,
    evaluation,
    evaluate,
    dismissEvaluation: () => setEvaluation({ status: "idle" }),
    board,
    build,
    dismissBoard: () => setBoard({ status: "idle" }),
  };
}
