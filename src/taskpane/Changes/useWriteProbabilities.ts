/**
 * State of the action that writes the win probabilities from observed moves into the stage settings sheet: whether
 * the workbook has that sheet, the changes planned (shown old → new for the user to confirm), writing them, and
 * how it went. A new chain (other snapshots chosen) drops a plan not yet confirmed.
 */
import { useCallback, useEffect, useState } from "react";
import type { FunnelError } from "../../core/kernel";
import type { WinChain } from "../../core/snapshots";
import type { StageScheme } from "../../core/stages";
import { useGateway } from "../gateway/GatewayContext";
import { useSingleFlight } from "../shared/useSingleFlight";
import {
  findSettingsSheet,
  planProbabilities,
  type ProbabilityChange,
  writeProbabilities,
} from "./probabilityWrite";

/** Where the action stands. */
export type ProbabilityWriting =
  | { readonly status: "checking" }
  | { readonly status: "noSheet" }
  | { readonly status: "idle" | "reading"; readonly sheet: string }
  | { readonly status: "nothing"; readonly sheet: string }
  | {
      readonly status: "confirm" | "writing";
      readonly sheet: string;
      readonly changes: readonly ProbabilityChange[];
    }
  | { readonly status: "done"; readonly sheet: string; readonly count: number }
  | { readonly status: "failed"; readonly sheet: string; readonly failure: FunnelError };

/** What {@link useWriteProbabilities} returns. */
export interface WriteProbabilitiesState {
  readonly writing: ProbabilityWriting;
  /** Reads the settings sheet's stage list and asks the user to confirm the changes. */
  readonly prepare: () => Promise<void>;
  /** Writes the confirmed changes. */
  readonly confirm: () => Promise<void>;
  /** Drops the plan or the outcome shown. */
  readonly dismiss: () => void;
}

/**
 * The write-probabilities action for `chain` (read with `scheme`).
 * @example const { writing, prepare } = useWriteProbabilities(changes.chain, scheme);
 */
export function useWriteProbabilities(
  chain: WinChain,
  scheme: StageScheme,
  onWritten?: () => void,
): WriteProbabilitiesState {
  const gateway = useGateway();
  const run = useSingleFlight();
  const [writing, setWriting] = useState<ProbabilityWriting>({ status: "checking" });
  const [checked, setChecked] = useState(0);

  useEffect(() => {
    let live = true;
    void findSettingsSheet(gateway).then((found) => {
      if (!live) return;
      const sheet = found.ok ? found.value : undefined;
      // What was just written stays said: writing re-reads the stages, which recomputes the chain.
      setWriting((current) =>
        current.status === "done" && current.sheet === sheet
          ? current
          : sheet === undefined
            ? { status: "noSheet" }
            : { status: "idle", sheet },
      );
    });
    return () => {
      live = false;
    };
  }, [gateway, chain, checked]);

  const prepare = useCallback(
    () =>
      run(async (isMounted) => {
        const found = await findSettingsSheet(gateway);
        if (!isMounted()) return;
        const sheet = found.ok ? found.value : undefined;
        if (sheet === undefined) return setWriting({ status: "noSheet" });
        setWriting({ status: "reading", sheet });
        const planned = await planProbabilities(gateway, sheet, chain, scheme);
        if (!isMounted()) return;
        if (!planned.ok) return setWriting({ status: "failed", sheet, failure: planned.error });
        setWriting(
          planned.value.length === 0
            ? { status: "nothing", sheet }
            : { status: "confirm", sheet, changes: planned.value },
        );
      }),
    [run, gateway, chain, scheme],
  );

  const confirm = useCallback(
    () =>
      run(async (isMounted) => {
        if (writing.status !== "confirm") return;
        const { sheet, changes } = writing;
        setWriting({ status: "writing", sheet, changes });
        const written = await writeProbabilities(gateway, sheet, changes);
        if (!isMounted()) return;
        setWriting(
          written.ok
            ? { status: "done", sheet, count: written.value.written }
            : { status: "failed", sheet, failure: written.error },
        );
        if (written.ok) onWritten?.();
      }),
    [run, gateway, writing, onWritten],
  );

  const dismiss = () => {
    setWriting({ status: "checking" });
    setChecked((n) => n + 1);
  };
  return { writing, prepare, confirm, dismiss };
}
