/**
 * Section 2: single-cell FUNNEL.STAGE calls per second through the built functions.js — a column of
 * =FUNNEL.STAGE(B2, "zh") / =FUNNEL.STAGE(B2, "number") formulas recalculating — against a Map lookup per
 * call (the least a label-to-stage answer costs).
 */
import { LOST, STAGES } from "../../../src/core/stages";
import type { BuiltFunctions } from "../support/builtFunctions";
import { medianMs, sink } from "../support/measure";
import { count, times, verdict, type BenchSection } from "../support/report";

const CALLS = 1_000_000;
const TARGET_PER_SECOND = 1_000_000;
const FORMS = ["zh", "number"] as const;

/** Labels as users type them: names, short names, English, ids, numbers, won and lost words. */
function labels(): (string | number)[] {
  return [
    ...STAGES.flatMap((stage) => [stage.name.zh, stage.shortName.zh, stage.name.en, stage.id, stage.number]),
    LOST.name.zh,
    LOST.name.en,
    "Closed Won",
    "赢单",
  ];
}

/**
 * Measures FUNNEL.STAGE calls per second over varied labels and both forms.
 * @example stageCallsSection(loadBuiltFunctions(dir)).rows[0].value // "2,345,678 calls/s"
 */
export function stageCallsSection(built: BuiltFunctions): BenchSection {
  const stage = built.associations.get("STAGE");
  if (!stage) throw new Error("functions.js has no STAGE.");
  // Excel passes the input cell as a 1×1 range and the form as a value; each call gets its own cell array.
  const cells = built.excelCopy(labels().map((label) => [[label]]));
  const resolved = new Map(labels().map((label, i) => [label, i]));
  const keys = labels();
  const n = cells.length;
  const counts = { runs: 5, warmup: 2 };
  const stageMs = medianMs(() => {
    let last: unknown;
    for (let i = 0; i < CALLS; i++) last = stage(cells[i % n], FORMS[i & 1], null);
    return last;
  }, counts);
  const mapMs = medianMs(() => {
    let total = 0;
    for (let i = 0; i < CALLS; i++) total += resolved.get(keys[i % n]) ?? 0;
    return total;
  }, counts);
  sink.push(stage([["谈判"]], "number", null));
  const perSecond = CALLS / (stageMs / 1000);
  return {
    title: "FUNNEL.STAGE, single cell (1,000,000 calls over varied labels, forms zh and number)",
    rows: [
      {
        figure: "FUNNEL.STAGE calls per second",
        size: `${count(CALLS)} calls`,
        value: `${count(perSecond)} /s`,
        baseline: `Map lookup ${count(CALLS / (mapMs / 1000))} /s`,
        ratio: times(stageMs / mapMs),
        target: `≥ ${count(TARGET_PER_SECOND)} /s`,
        verdict: verdict(perSecond >= TARGET_PER_SECOND),
      },
    ],
    notes: [
      `Ratio: time per STAGE call ÷ time per Map lookup. Labels: ${n} (names, short names, English, ids, numbers, won/lost words).`,
    ],
  };
}
