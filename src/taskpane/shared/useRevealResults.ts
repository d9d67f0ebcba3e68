/**
 * Brings a view's results into sight when they change: an action's outcome and figures lead the view, so after
 * the user acts further down, the pane scrolls up to them (below the pane's sticky header, see `viewStyles.results`).
 */
import { useEffect, useRef, type RefObject } from "react";

/**
 * A ref for the results' element, scrolled into view each time `outcome` changes to something other than
 * undefined (e.g. a generation that finished, a table just read).
 * @example
 * const resultsRef = useRevealResults<HTMLDivElement>(generation.status === "done" ? generation : undefined);
 * <div ref={resultsRef} className={view.results}>…</div>
 */
export function useRevealResults<T extends HTMLElement>(outcome: unknown): RefObject<T> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (outcome === undefined) return;
    // jsdom and some old webviews have no scrollIntoView.
    ref.current?.scrollIntoView?.({ block: "start", behavior: "smooth" });
  }, [outcome]);
  return ref;
}
