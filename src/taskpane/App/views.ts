/**
 * The views of the task pane, in navigation order. Only real views belong here; a new view is one entry.
 */
import { type ComponentType, lazy } from "react";
import type { PaneStringKey, PaneStringParams } from "../language/paneStrings";

/** A text of the pane (core's UI_STRINGS or the pane's own) that takes no parameter: a view's name. */
export type PlainPaneStringKey = {
  [K in PaneStringKey]: PaneStringParams<K> extends [] ? K : never;
}[PaneStringKey];

/** A view the navigation offers. */
export interface PaneView {
  readonly id: string;
  /** The text that names the view in the navigation. */
  readonly label: PlainPaneStringKey;
  readonly Component: ComponentType;
  /** Whether the view reads the user's pipeline through the data the pipeline views share (PipelineSourceProvider). */
  readonly readsPipeline?: boolean;
}

/**
 * Every view loads on demand, the one the pane opens on (the first, Stage guide) included: its own chunk, with the
 * core and the Fluent components it alone uses, so the first load carries only the shell, which shows while the
 * open view loads.
 */
const StageGuide = lazy(() => import("../StageGuide/StageGuide").then((m) => ({ default: m.StageGuide })));
const Templates = lazy(() => import("../Templates/Templates").then((m) => ({ default: m.Templates })));
const PipelineHealth = lazy(() =>
  import("../PipelineHealth/PipelineHealth").then((m) => ({ default: m.PipelineHealth })),
);
const Forecast = lazy(() => import("../Forecast/Forecast").then((m) => ({ default: m.Forecast })));
const Plan = lazy(() => import("../Plan/Plan").then((m) => ({ default: m.Plan })));
const Changes = lazy(() => import("../Changes/Changes").then((m) => ({ default: m.Changes })));
const DealReviews = lazy(() =>
  import("../DealReviews/DealReviews").then((m) => ({ default: m.DealReviews })),
);

/** The views, in navigation order; the first opens by default. */
export const VIEWS: readonly PaneView[] = [
  { id: "stageGuide", label: "viewStageGuide", Component: StageGuide },
  { id: "templates", label: "viewTemplates", Component: Templates },
  { id: "pipelineHealth", label: "viewPipelineHealth", Component: PipelineHealth, readsPipeline: true },
  { id: "forecast", label: "viewForecast", Component: Forecast, readsPipeline: true },
  { id: "plan", label: "viewPlan", Component: Plan, readsPipeline: true },
  { id: "changes", label: "viewChanges", Component: Changes, readsPipeline: true },
  { id: "dealReviews", label: "viewDealReviews", Component: DealReviews, readsPipeline: true },
];
