/**
 * The task pane's texts in the session's language, as the e2e tests look for them.
 */
import type { Language } from "../../../src/core/kernel";
import { paneT } from "../../../src/taskpane/language/paneStrings";
import type { WorkbenchSession } from "./workbenchPage";

/**
 * The pane text `key` in `s`'s language, with its parameters filled in.
 * @example t(session, "reviewsEvaluated", { sheet: "谈判条件", deal: "D-01" })
 */
export const t = (
  s: WorkbenchSession,
  key: Parameters<typeof paneT>[0],
  params?: Record<string, string | number>,
) =>
  (paneT as (k: string, l: Language, i: undefined, p?: Record<string, string | number>) => string)(
    key,
    s.language,
    undefined,
    params,
  );
