/**
 * Watching the data a report was made from: once a report is made, the pane subscribes to the changes of its
 * table (or sheet) through the gateway (Excel's onChanged events: edits, rows added or deleted, a Power Query
 * refresh); a change after that marks the report's non-live parts out of date until the report is made again.
 * The subscription is released when the source or the report changes, and when the view goes.
 */
import { useEffect, useState } from "react";
import type { SourcePlace, SourceWatch } from "../../excel/gateway";
import { useGateway } from "../gateway/GatewayContext";

/**
 * Whether the source changed since the report `made` (a token that changes with each report made; undefined
 * while there is none).
 * @example const changed = useSourceWatch({ sheet: "Deals", table: "Deals" }, generationCount);
 */
export function useSourceWatch(place: SourcePlace | undefined, made: number | undefined): boolean {
  const gateway = useGateway();
  const [changedSince, setChangedSince] = useState<number | undefined>(undefined);
  const sheet = place?.sheet;
  const table = place?.table;
  useEffect(() => {
    if (sheet === undefined || made === undefined) return undefined;
    let active = true;
    let watch: SourceWatch | undefined;
    const watched = table === undefined ? { sheet } : { sheet, table };
    void gateway
      .watchSource(watched, () => {
        if (active) setChangedSince(made);
      })
      .then((result) => {
        if (!result.ok) return;
        if (active) watch = result.value;
        else void result.value.release();
      });
    return () => {
      active = false;
      void watch?.release();
    };
  }, [gateway, sheet, table, made]);
  return made !== undefined && changedSince === made;
}
