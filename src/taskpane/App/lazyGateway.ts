/**
 * A workbook gateway whose implementation loads on demand: the Office.js gateway (src/excel, with the sheet and
 * report core it renders) is its own chunk, out of the task pane's first load. Every gateway method is async,
 * so each call waits for the implementation, then calls it; the load starts at the first call, or earlier with
 * `preload`.
 */
import type { WorkbookGateway } from "../../excel/gateway";

/** What {@link lazyGateway} returns. */
export interface LazyGateway {
  /** Stands for the gateway `load` gives, with the same methods. */
  readonly gateway: WorkbookGateway;
  /** Starts loading the implementation now (idempotent), so the first call finds it ready. */
  readonly preload: () => Promise<WorkbookGateway>;
}

/**
 * A gateway calling, once loaded, the one `load` gives (loaded once; a failed load is tried again at the next call).
 * @example const { gateway, preload } = lazyGateway(() => import("../../excel/officeGateway").then((m) => m.createOfficeGateway()));
 */
export function lazyGateway(load: () => Promise<WorkbookGateway>): LazyGateway {
  let loading: Promise<WorkbookGateway> | undefined;
  const preload = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  const methods = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  const gateway = new Proxy({} as WorkbookGateway, {
    get(_target, name) {
      // Not a thenable, and no symbol-keyed members: only the interface's (string-named, async) methods.
      if (typeof name !== "string" || name === "then") return undefined;
      let method = methods.get(name);
      if (method === undefined) {
        method = async (...args: unknown[]) => {
          const loaded = (await preload()) as unknown as Record<
            string,
            (...a: unknown[]) => Promise<unknown>
          >;
          return loaded[name](...args);
        };
        methods.set(name, method);
      }
      return method;
    },
  });
  return { gateway, preload };
}
