/**
 * Keeping each request to Excel under Excel on the web's 5 MB limit while a sheet is written. Office.js sends
 * everything queued since the last `context.sync()` as one request, so a writer tells the budget what each piece
 * it is about to queue will add — its number of calls and the data they carry — and the budget syncs first when
 * that piece would take the request over {@link WRITE_BUDGET_BYTES}. The estimate is generous: a fixed
 * {@link CALL_BYTES} per call for its action and object path, plus the data as JSON in UTF-8. A sheet that fits
 * in one request costs no extra sync; a large report costs one more per ~4 MB.
 */
import { jsonBytes } from "./readChunks";

/** The bytes a request may carry: 4 MB, a margin under Excel on the web's 5 MB. */
export const WRITE_BUDGET_BYTES = 4_000_000;

/**
 * What one Office.js call adds to a request besides its data (its action and object path), generously.
 * Tested surface: exported for its tests.
 */
export const CALL_BYTES = 400;

/** The request being queued. */
export interface RequestBudget {
  /**
   * Makes room for `calls` calls carrying `data`: syncs what is queued first when they would take the request
   * over the budget. Await it before queueing them.
   */
  spend(calls: number, data?: unknown): Promise<void>;
  /** The syncs the budget made. */
  readonly syncs: number;
}

/**
 * A budget for the requests of `context`, starting with the calls already queued (`queuedCalls`).
 * @example const budget = requestBudget(context); await budget.spend(1, matrix); range.formulas = matrix;
 */
export function requestBudget(
  context: Excel.RequestContext,
  queuedCalls = 0,
  budget: number = WRITE_BUDGET_BYTES,
): RequestBudget {
  let used = queuedCalls * CALL_BYTES;
  let syncs = 0;
  return {
    async spend(calls: number, data?: unknown) {
      const bytes = calls * CALL_BYTES + (data === undefined ? 0 : jsonBytes(data));
      if (used > 0 && used + bytes > budget) {
        await context.sync();
        syncs += 1;
        used = 0;
      }
      used += bytes;
    },
    get syncs() {
      return syncs;
    },
  };
}
