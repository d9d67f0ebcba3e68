/**
 * The requests of the recording Excel: the calls queued since the last `context.sync()` go to Excel together and
 * are applied there in order, stopping at the first that fails (the calls before it stay applied, as in Excel);
 * the loads of the request are answered after its calls. Each sync records the bytes its request carried (a
 * fixed allowance per call for its action and object path, plus the JSON of the data the call sends) and the
 * bytes of its reply (the JSON of every value loaded). A test can make a call fail — by name (of every object,
 * or only of one kind: "chart.title@Funnel"), or the n-th call from now — refuse a whole request as a cancelled
 * one, and Excel on the web refuses a request or a reply over its 5 MB limit. A failure carries Excel's `code`,
 * `debugInfo.errorLocation` (the failing call) and, as Office.js gives them, the messages of the `context.trace`
 * calls applied before it (`traceMessages`; none when the request was refused whole). Never shipped.
 */
import { jsonBytes } from "../readChunks";

/** A queued load: applied at the sync, it returns the bytes of what it read (as JSON). */
export type PendingLoad = () => number;

/** Excel on the web's limit on one request and on one reply (5 MB; counted here as 5,000,000 bytes). */
export const EXCEL_PAYLOAD_LIMIT = 5_000_000;

/** The bytes a call adds to a request besides its data: its action and the object path it acts on (JSON). */
const REQUEST_BYTES_PER_CALL = 200;

/** An error as Office.js raises it: a message, Excel's error code, where it failed and the traces before it. */
export type ExcelError = Error & {
  readonly code: string;
  debugInfo?: { code: string; message: string; errorLocation?: string };
  traceMessages?: string[];
};

/**
 * An error with Excel's code (the message, as Excel's, does not repeat it).
 * @example excelError("ItemNotFound", "no sheet Deals").code // "ItemNotFound"
 */
export function excelError(code: string, message: string): ExcelError {
  return Object.assign(new Error(message), { code });
}

interface QueuedCall {
  readonly call: string;
  readonly apply: () => void;
  readonly bytes: number;
  readonly fails: boolean;
  /** A `context.trace` message: not a call of the object model, it never fails. */
  readonly trace?: string;
}

/**
 * The request being built and the record of the requests sent.
 * @example const batch = recordingBatch(); batch.act("range.formulas", () => write(), matrix); await batch.send();
 */
export function recordingBatch(failOn?: string, payloadLimit: number = EXCEL_PAYLOAD_LIMIT) {
  let queued: QueuedCall[] = [];
  const loads: PendingLoad[] = [];
  const requests: number[] = [];
  const replies: number[] = [];
  const log: string[] = [];
  let calls = 0;
  let syncs = 0;
  let failing = failOn;
  let failings = Number.POSITIVE_INFINITY;
  let failAtCall: number | undefined;
  let abortAtSync: number | undefined;

  return {
    loads,
    /**
     * Queues a call: `apply` runs at the sync; `sent` is the data the call carries to Excel; `kind` the kind of
     * object it acts on, for a failure of that kind only ("chart.title@Funnel").
     */
    act(call: string, apply: () => void, sent?: unknown, kind?: string): void {
      calls += 1;
      log.push(call);
      const bytes = REQUEST_BYTES_PER_CALL + (sent === undefined ? 0 : jsonBytes(sent));
      const named = failing === call || (kind !== undefined && failing === `${call}@${kind}`);
      const fails = (named && failings-- > 0) || failAtCall === calls;
      queued.push({ call, apply, bytes, fails });
    },
    /**
     * Queues the start of a load as Excel runs it, in order with the calls: `reach` finds the object, and when it
     * throws (the sheet is gone) the request stops there, as at a failing call. What it reads is answered with the
     * request's other loads; a load is not a call of the object model (not counted, never made to fail).
     */
    query(call: string, reach: () => void): void {
      queued.push({ call, apply: reach, bytes: REQUEST_BYTES_PER_CALL, fails: false });
    },
    /** Queues `context.trace(message)`: applied in order, its message is reported with a later failure. */
    trace(message: string): void {
      queued.push({
        call: "context.trace",
        apply: () => {},
        bytes: jsonBytes(message),
        fails: false,
        trace: message,
      });
    },
    /**
     * Sends the request: refuses it whole when cancelled or over the limit, else applies its calls up to the
     * first failing one, then (when none failed) answers its loads. `applied` runs after the calls.
     */
    async send(applied: () => void): Promise<void> {
      syncs += 1;
      const batch = queued;
      const reads = loads.splice(0, loads.length);
      queued = [];
      const requestBytes = batch.reduce((sum, call) => sum + call.bytes, 0);
      requests.push(requestBytes);
      const refused = (code: string, message: string) =>
        Object.assign(excelError(code, message), { traceMessages: [] });
      if (abortAtSync === syncs) throw refused("RequestAborted", "the request was cancelled");
      if (requestBytes > payloadLimit) {
        throw refused("RequestPayloadSizeLimitExceeded", `a request of ${requestBytes} bytes`);
      }
      let error: ExcelError | undefined;
      const traces: string[] = [];
      for (const call of batch) {
        if (call.trace !== undefined) traces.push(call.trace);
        else if (call.fails) error = excelError("InvalidArgument", `${call.call} was refused`);
        else {
          try {
            call.apply();
          } catch (thrown) {
            error = (thrown instanceof Error ? thrown : new Error(String(thrown))) as ExcelError;
          }
        }
        if (error) {
          if (typeof error.code === "string") {
            error.debugInfo ??= { code: error.code, message: error.message, errorLocation: call.call };
          }
          error.traceMessages = traces;
          break;
        }
      }
      applied();
      if (error) throw error;
      const replyBytes = reads.reduce((sum, read) => sum + read(), 0);
      if (replyBytes > payloadLimit) {
        throw excelError("ResponsePayloadSizeLimitExceeded", `a reply of ${replyBytes} bytes`);
      }
      replies.push(replyBytes);
    },
    /** The calls queued and not yet sent. */
    pending: () => queued.length,
    calls: () => calls,
    /** The names of the calls made so far, in order ("range.formulas", "worksheets.add", …). */
    callLog: () => [...log],
    syncs: () => syncs,
    /** The bytes of each request sent, refused ones included, in order. */
    requests: () => [...requests],
    /** The bytes of each reply received (the JSON of the values loaded), in order. */
    replies: () => [...replies],
    /** From now on, the call that fails by name (undefined: none), every time or the next `times` times. */
    failOn: (call: string | undefined, times = Number.POSITIVE_INFINITY) => {
      failing = call;
      failings = times;
    },
    /** The n-th call from now (1: the next) fails; undefined: none. */
    failAt: (n: number | undefined) => void (failAtCall = n === undefined ? undefined : calls + n),
    /** The n-th sync from now (1: the next) is refused whole, as a cancelled request; undefined: none. */
    abortAt: (n: number | undefined) => void (abortAtSync = n === undefined ? undefined : syncs + n),
  };
}
