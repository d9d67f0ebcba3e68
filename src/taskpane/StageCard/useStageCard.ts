/**
 * State of a stage card: inserting the stage's actions (`=FUNNEL.ACTIONS("<id>")`) into the selected cell
 * through the gateway, and the outcome to show.
 */
import { useCallback, useState } from "react";
import type { CellRef } from "../../excel/gateway";
import { fail, type Result } from "../../core/kernel";
import type { StageId } from "../../core/stages";
import { useGateway } from "../gateway/GatewayContext";
import { useSingleFlight } from "../shared/useSingleFlight";
import { unexpectedFailure } from "../shared/workbookFailure";

/** Where an insert stands. The outcome keeps the Result, not a text, so it follows a language switch. */
export type InsertState =
  | { readonly status: "idle" }
  | { readonly status: "pending"; readonly formula: string }
  | { readonly status: "done"; readonly formula: string; readonly result: Result<CellRef> };

/**
 * The formula that lists a stage's actions.
 * Tested surface: exported for its tests.
 * @example actionsFormula("intent") // '=FUNNEL.ACTIONS("intent")'
 */
export function actionsFormula(stageId: StageId): string {
  return `=FUNNEL.ACTIONS("${stageId}")`;
}

/**
 * A cell address without its sheet prefix, as the gateway may return either form.
 * @example addressWithinSheet("'Q3 pipeline'!B2") // "B2"
 * @example addressWithinSheet("B2") // "B2"
 */
export function addressWithinSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

/** What {@link useStageCard} returns. */
export interface StageCardState {
  readonly insert: InsertState;
  /** Inserts the stage's actions formula into the selected cell; ignored while one is under way. */
  readonly insertActions: () => Promise<void>;
  /** Hides the outcome message. */
  readonly dismiss: () => void;
}

/**
 * Insert-actions state for one stage.
 * @example const { insert, insertActions } = useStageCard("prospect");
 */
export function useStageCard(stageId: StageId): StageCardState {
  const gateway = useGateway();
  const [insert, setInsert] = useState<InsertState>({ status: "idle" });
  const run = useSingleFlight();

  const insertActions = useCallback(
    () =>
      run(async (isMounted) => {
        const formula = actionsFormula(stageId);
        setInsert({ status: "pending", formula });
        let result: Result<CellRef>;
        try {
          result = await gateway.insertFormulaAtActiveCell(formula);
        } catch (reason) {
          result = fail("VALUE", unexpectedFailure(reason).message);
        }
        if (isMounted()) setInsert({ status: "done", formula, result });
      }),
    [run, gateway, stageId],
  );

  const dismiss = useCallback(() => setInsert({ status: "idle" }), []);

  return { insert, insertActions, dismiss };
}
