/**
 * Using the win probabilities from observed moves (使用这些概率): which cells of the stage settings sheet's
 * probability column change, and to what — only the stages with an observed figure whose row the sheet's stage list
 * (STAGE_LIST_RANGE) holds; every other cell is left as it is. Reading the column and writing the new values go
 * through the gateway; each function resolves with a Result and never throws to the view.
 */
import { type Bilingual, fail, ok, type Result } from "../../core/kernel";
import { cellAddress, rangeAddress } from "../../core/sheet";
import type { WinChain } from "../../core/snapshots";
import type { StageScheme } from "../../core/stages";
import { STAGE_LIST_RANGE } from "../../core/templates";
import type { WorkbookGateway } from "../../excel/gateway";
import { stageSettingsSheet } from "../shared/stageSettingsScheme";
import { unexpectedFailure } from "../shared/workbookFailure";

/** One probability to write: the stage, its cell on the settings sheet, what the cell holds now and the new value. */
export interface ProbabilityChange {
  readonly stage: Bilingual;
  /** The A1 address of the stage's probability cell ("B6"). */
  readonly address: string;
  /** What the cell holds now, as read ("" for a blank). */
  readonly old: unknown;
  readonly value: number;
}

/**
 * The probability cells to change: for each stage of the chain with an observed figure, the row of the stage list
 * (`list`: the values of STAGE_LIST_RANGE, name then probability) whose name the scheme reads as that stage.
 * @example probabilityChanges([["目标客户", 0.05], …], chain, DEFAULT_SCHEME)[0] // { address: "B4", old: 0.05, value: 0.04, … }
 */
export function probabilityChanges(
  list: readonly (readonly unknown[])[],
  chain: WinChain,
  scheme: StageScheme,
): ProbabilityChange[] {
  const rowOf = (stageIndex: number) =>
    list.findIndex((row) => {
      if (typeof row[0] !== "string" || row[0].trim() === "") return false;
      const position = scheme.resolve(row[0]);
      return position.ok && position.value.kind === "open" && position.value.index === stageIndex;
    });
  return chain.stages.flatMap((stage) => {
    if (stage.winProbability === null) return [];
    const row = rowOf(stage.stageIndex);
    if (row < 0) return [];
    return [
      {
        stage: scheme.stages[stage.stageIndex].name,
        address: cellAddress(STAGE_LIST_RANGE.row + row, STAGE_LIST_RANGE.col + 1),
        old: list[row][1] ?? "",
        value: stage.winProbability,
      },
    ];
  });
}

/**
 * The workbook's stage settings sheet, or undefined when it has none.
 * @example await findSettingsSheet(gateway) // ok("阶段设置")
 */
export async function findSettingsSheet(gateway: WorkbookGateway): Promise<Result<string | undefined>> {
  try {
    const sheets = await gateway.sheetNames();
    return sheets.ok ? ok(stageSettingsSheet(sheets.value)) : sheets;
  } catch (reason) {
    return fail("VALUE", unexpectedFailure(reason).message);
  }
}

/**
 * Reads the settings sheet's stage list and plans the changes (see {@link probabilityChanges}).
 * @example await planProbabilities(gateway, "阶段设置", chain, scheme) // ok([{ address: "B8", old: 0.75, value: 0.6, … }])
 */
export async function planProbabilities(
  gateway: WorkbookGateway,
  sheet: string,
  chain: WinChain,
  scheme: StageScheme,
): Promise<Result<ProbabilityChange[]>> {
  try {
    const read = await gateway.readCells([{ sheet, address: rangeAddress(STAGE_LIST_RANGE) }]);
    return read.ok ? ok(probabilityChanges(read.value[0], chain, scheme)) : read;
  } catch (reason) {
    return fail("VALUE", unexpectedFailure(reason).message);
  }
}

/**
 * Writes the planned probabilities as numbers into their cells, nothing else.
 * @example await writeProbabilities(gateway, "阶段设置", changes) // ok({ written: 5 })
 */
export async function writeProbabilities(
  gateway: WorkbookGateway,
  sheet: string,
  changes: readonly ProbabilityChange[],
): Promise<Result<{ readonly written: number }>> {
  try {
    return await gateway.writeCellValues(
      sheet,
      changes.map(({ address, value }) => ({ address, value })),
    );
  } catch (reason) {
    return fail("VALUE", unexpectedFailure(reason).message);
  }
}
