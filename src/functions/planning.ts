/**
 * What FUNNEL.REQUIRED and FUNNEL.PLAN read and answer: the deals of a stages, an amounts and an optional
 * outcomes column (one pass, into core's PlanTally), read by badRows' rule (./badRows), and the spilled
 * reverse funnel, computed by core's planning.
 */
import type { Language } from "../core/kernel";
import { PlanTally, type StageNeed } from "../core/planning";
import type { StageScheme } from "../core/stages";
import type { CellList } from "./args";
import { type BadRowsSetting, PaneRows } from "./badRows";
import { dealPlacements } from "./deals";

/** The columns a plan is read from, lined up row for row. */
export interface PlanColumns {
  readonly stages: CellList;
  readonly amounts: CellList;
  /** Outcomes, or stages of loss (a "lost at" column), as FUNNEL.WINRATE reads them. */
  readonly outcomes?: CellList;
}

/**
 * The plan tally of the columns: each deal where it stands (its outcome and stage of loss as
 * FUNNEL.WINRATE reads them) with its amount. A row blank in stages (and outcomes) is skipped; a blank
 * amount counts the deal without an amount. Under badRows "error" a cell that cannot be read is #VALUE!
 * naming it; under "skip" the rows are read as Pipeline health reads them.
 * @example readPlanTally({ stages: readList([["成交"], ["谈判"]], "stages"), amounts: readList([[100], [50]], "amounts") }, DEFAULT_SCHEME, { mode: "error" }).averageWonSize // 100
 */
export function readPlanTally(columns: PlanColumns, scheme: StageScheme, badRows: BadRowsSetting): PlanTally {
  const { stages, amounts, outcomes } = columns;
  const tally = new PlanTally(scheme);
  if (badRows.mode === "skip") {
    const rows = new PaneRows(scheme, badRows.copiesBy, [stages, amounts, outcomes]);
    const amountAt = rows.amounts(amounts, (i) => rows.placementAt(stages, outcomes, i) !== null);
    for (let i = 0; i < stages.length; i++) {
      const placed = rows.placementAt(stages, outcomes, i);
      if (placed !== null) tally.add(placed.position, amountAt(i), placed.lostAtIndex);
    }
    return tally;
  }
  const placementAt = dealPlacements(stages, outcomes, scheme);
  for (let i = 0; i < stages.length; i++) {
    const placed = placementAt(i);
    if (placed !== null) tally.add(placed.position, amounts.numberAt(i), placed.lostAtIndex);
  }
  return tally;
}

const HEADER: Readonly<Record<Language, readonly string[]>> = {
  zh: ["阶段", "所需商机数", "现有商机数", "缺口", "所需金额"],
  en: ["Stage", "Needed", "Have", "Gap", "Needed amount"],
};

/**
 * FUNNEL.PLAN's spill: a header row, then one row per open stage — stage name, deals needed, open deals
 * there, gap and needed amount (a figure that cannot be known is blank), as FUNNEL.CONVERSION's table
 * has a header row.
 * @example planTable(needs, DEFAULT_SCHEME, "en")[0] // ["Stage", "Needed", "Have", "Gap", "Needed amount"]
 */
export function planTable(
  needs: readonly StageNeed[],
  scheme: StageScheme,
  language: Language,
): (string | number)[][] {
  const rows: (string | number)[][] = [[...HEADER[language]]];
  for (const need of needs) {
    rows.push([
      scheme.stages[need.stage].name[language],
      need.needed ?? "",
      need.have,
      need.gap ?? "",
      need.neededAmount ?? "",
    ]);
  }
  return rows;
}
