/** State of the task pane shell: which view is open. */
import { useCallback, useState } from "react";
import { VIEWS, type PaneView } from "./views";

/** What {@link useApp} returns. */
export interface AppState {
  readonly views: readonly PaneView[];
  readonly selectedView: PaneView;
  /** Opens the view with this id; an unknown id leaves the current view open. */
  readonly selectView: (id: string) => void;
}

/**
 * The open view among the given views (the pane's views by default); the first opens first.
 * @example const { selectedView, selectView } = useApp();
 */
export function useApp(views: readonly PaneView[] = VIEWS): AppState {
  const [selectedId, setSelectedId] = useState(views[0].id);
  const selectView = useCallback(
    (id: string) => {
      if (views.some((view) => view.id === id)) setSelectedId(id);
    },
    [views],
  );
  const selectedView = views.find((view) => view.id === selectedId) ?? views[0];
  return { views, selectedView, selectView };
}
