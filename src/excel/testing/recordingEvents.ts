/**
 * The change events of the recording Excel: `onChanged` of a table or a worksheet, their handlers added and removed
 * as calls of a request (applied at `context.sync()`, as Office.js registers them), and a change a test fires as a
 * user's edit or a refresh would. As in Office.js, a handler is removed through the `EventHandlerResult` that `add`
 * returned, in the request context it was added in (`Excel.run(result.context, …)`): removed in another, the
 * removal fails. Each `Excel.run` is one context here, told apart by a token (the `context` of a result), since the
 * recording serves every batch the same context object. Never shipped.
 */
import { excelError } from "./recordingBatch";

/** A request context of the recording Excel: one per `Excel.run`, reused by `Excel.run(result.context, …)`. */
export interface RecordingRun {
  readonly run: number;
}

/** What an event's handler is subscribed to: a table (by name) or a worksheet (by its id). */
export type EventTarget = { readonly table: string } | { readonly sheetId: string };

/** A change as a handler receives it. */
export interface RecordedChange {
  readonly type: "TableChanged" | "WorksheetChanged";
  readonly changeType: string;
  readonly source: "Local" | "Remote";
}

/** A handler subscribed, once its `add` was applied. */
interface Subscription {
  readonly target: EventTarget;
  readonly handler: (args: RecordedChange) => Promise<unknown>;
  readonly run: RecordingRun;
}

type Act = (call: string, apply: () => void, sent?: unknown) => void;

const sameTarget = (a: EventTarget, b: EventTarget) =>
  "table" in a
    ? "table" in b && a.table.toUpperCase() === b.table.toUpperCase()
    : "sheetId" in b && a.sheetId === b.sheetId;

/**
 * The events of one recording workbook: `act` queues a call of the current request, `currentRun` tells the
 * context of the batch that makes the call.
 * @example const events = recordingEvents(act, () => run); sheet.onChanged = events.onChanged("worksheet", () => ({ sheetId }));
 */
export function recordingEvents(act: Act, currentRun: () => RecordingRun) {
  const subscriptions: Subscription[] = [];
  return {
    /**
     * The `onChanged` of an object of `kind`; `target()` resolves it when the calls apply (it throws, as Excel
     * fails the request, when the table or sheet is not there).
     */
    onChanged: (kind: "table" | "worksheet", target: () => EventTarget) => ({
      add: (handler: (args: RecordedChange) => Promise<unknown>) => {
        const run = currentRun();
        let subscription: Subscription | undefined;
        act(`${kind}.onChanged.add`, () => {
          subscription = { target: target(), handler, run };
          subscriptions.push(subscription);
        });
        return {
          context: run,
          remove: () => {
            const removing = currentRun();
            act(`${kind}.onChanged.remove`, () => {
              if (removing !== run) {
                throw excelError("InvalidOperation", "the handler was added in another request context");
              }
              const index = subscription === undefined ? -1 : subscriptions.indexOf(subscription);
              if (index < 0) throw excelError("InvalidObjectPath", "the handler is not subscribed");
              subscriptions.splice(index, 1);
            });
          },
        };
      },
    }),
    /** The targets with a handler subscribed now, one entry per handler. */
    subscribed: (): EventTarget[] => subscriptions.map((s) => s.target),
    /** Calls the handlers subscribed to `target` with a change of `changeType`; resolves once they have. */
    fire: async (target: EventTarget, changeType = "RangeEdited", source: "Local" | "Remote" = "Local") => {
      const type = "table" in target ? "TableChanged" : "WorksheetChanged";
      const called = subscriptions.filter((s) => sameTarget(s.target, target));
      await Promise.all(called.map((s) => s.handler({ type, changeType, source })));
      return called.length;
    },
  };
}
