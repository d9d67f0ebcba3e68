/**
 * FUNNEL.BRIDGE and FUNNEL.PUSHCOUNT declared as data (see ./runner): the pipeline over time as functions —
 * the bridge of the open pipeline between two snapshots, and how often each deal's close date was pushed.
 */
import { pipelineBridge } from "../core/snapshots";
import { unwrap } from "./errors";
import { declare } from "./runner";
import { BRIDGE_MEASURES, bridgeRows, checkPeriodEnds, pushCountColumn, readSnapshot } from "./snapshots";

/** FUNNEL.BRIDGE: the bridge of the open pipeline from one snapshot table to another, as spilled rows. */
export const BRIDGE_FUNCTION = declare({
  name: "BRIDGE",
  args: [
    { name: "before", kind: "table" },
    { name: "after", kind: "table" },
    { name: "periodStart", kind: "date", optional: true },
    { name: "periodEnd", kind: "date", optional: true },
    { name: "measure", kind: "choice", choice: BRIDGE_MEASURES, optional: true },
    { name: "stageList", kind: "stageList", optional: true },
    { name: "language", kind: "language", optional: true },
  ],
  result: "array",
  check: ({ periodStart, periodEnd }) => checkPeriodEnds(periodStart, periodEnd),
  run: ({ before, after, periodStart, periodEnd, measure, stageList, language }) => {
    const period =
      periodStart === null || periodEnd === null ? undefined : { from: periodStart, to: periodEnd };
    const bridge = unwrap(
      pipelineBridge(readSnapshot(before, "before", stageList), readSnapshot(after, "after", stageList), {
        period,
      }),
    );
    return bridgeRows(bridge, language, measure);
  },
});

/** FUNNEL.PUSHCOUNT: how many times each deal's expected close date moved later across a snapshot history. */
export const PUSHCOUNT_FUNCTION = declare({
  name: "PUSHCOUNT",
  args: [
    { name: "history", kind: "table" },
    { name: "dealIds", kind: "idRange" },
    { name: "stageList", kind: "stageList", optional: true },
  ],
  result: "array",
  run: ({ history, dealIds, stageList }) => pushCountColumn(history, dealIds, stageList),
});
