/**
 * One asynchronous task at a time per component, and a way to tell whether the component is still mounted
 * when the task finishes, so a late result never sets the state of a component that is gone.
 */
import { useCallback, useEffect, useRef } from "react";

/** A task for {@link useSingleFlight}: `isMounted()` says whether the component is still mounted. */
export type SingleFlightTask = (isMounted: () => boolean) => Promise<void>;

/**
 * Returns `run(task)`, which runs `task` unless one of this component's tasks is still under way (then the
 * call is ignored and resolves at once). The task gets `isMounted()` to check before setting state after an
 * await. A task that rejects frees the flight and passes its rejection on. `run` keeps its identity across
 * renders.
 * @example
 * const run = useSingleFlight();
 * const save = useCallback(
 *   () =>
 *     run(async (isMounted) => {
 *       setStatus("saving");
 *       const result = await gateway.save();
 *       if (isMounted()) setStatus(result.ok ? "saved" : "failed");
 *     }),
 *   [run, gateway],
 * );
 */
export function useSingleFlight(): (task: SingleFlightTask) => Promise<void> {
  const busy = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const isMounted = useCallback(() => mounted.current, []);

  return useCallback(
    async (task: SingleFlightTask) => {
      if (busy.current) return;
      busy.current = true;
      try {
        await task(isMounted);
      } finally {
        busy.current = false;
      }
    },
    [isMounted],
  );
}
