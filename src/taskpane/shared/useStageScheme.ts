/**
 * The stage list a pipeline view reads the pipeline with: the workbook's stage settings sheet, read afresh after each
 * read of the data (as the report does), or the seven-stage model when the view uses no settings sheet.
 */
import { useEffect, useMemo, useState } from "react";
import type { FunnelError, Result } from "../../core/kernel";
import { DEFAULT_SCHEME, type StageScheme } from "../../core/stages";
import { useGateway } from "../gateway/GatewayContext";
import { stageSchemeFor } from "./stageSettingsScheme";
import { unexpectedFailure } from "./workbookFailure";

/** The stage list being read, read (with the workbook name of its list, for live formulas), or not readable. */
export type SchemeState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly scheme: StageScheme; readonly stageListName?: string }
  | { readonly status: "failed"; readonly failure: FunnelError };

type Loaded = { readonly scheme: StageScheme; readonly stageListName?: string };

/**
 * The stage list of the settings sheet `stageListSheet` (read again whenever `table`, the data read, changes), or the
 * seven-stage model when `stageListSheet` is undefined.
 * @example const scheme = useStageScheme(source.stageListSheet, source.table); // { status: "ready", scheme } once read
 */
export function useStageScheme(stageListSheet: string | undefined, table: unknown): SchemeState {
  const gateway = useGateway();
  const [loaded, setLoaded] = useState<{ sheet: string; result: Result<Loaded> } | undefined>();

  useEffect(() => {
    if (table === undefined || stageListSheet === undefined) return undefined;
    let live = true;
    setLoaded(undefined);
    stageSchemeFor(gateway, stageListSheet)
      .catch((reason: unknown) => ({ ok: false as const, error: unexpectedFailure(reason) }))
      .then((result) => {
        if (live) setLoaded({ sheet: stageListSheet, result });
      });
    return () => {
      live = false;
    };
  }, [gateway, table, stageListSheet]);

  return useMemo(() => {
    if (stageListSheet === undefined) return { status: "ready", scheme: DEFAULT_SCHEME };
    if (loaded === undefined || loaded.sheet !== stageListSheet) return { status: "loading" };
    return loaded.result.ok
      ? { status: "ready", ...loaded.result.value }
      : { status: "failed", failure: loaded.result.error };
  }, [stageListSheet, loaded]);
}
