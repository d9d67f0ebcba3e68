/**
 * The views of the task pane, in navigation order. Only real views belong here; a new view is one entry.
 */
import type { ComponentType } from "react";
import type { PlainUiStringKey } from "../../core/i18n";
import { Forecast } from "../Forecast/Forecast";
import { PipelineHealth } from "../PipelineHealth/PipelineHealth";
import { StageGuide } from "../StageGuide/StageGuide";
import { Templates } from "../Templates/Templates";

/** A view the navigation offers. */
export interface PaneView {
  readonly id: string;
  /** The UI string that names the view in the navigation. */
  readonly label: PlainUiStringKey;
  readonly Component: ComponentType;
}

/** The views, in navigation order; the first opens by default. */
export const VIEWS: readonly PaneView[] = [
  { id: "stageGuide", label: "viewStageGuide", Component: StageGuide },
  { id: "templates", label: "viewTemplates", Component: Templates },
  { id: "pipelineHealth", label: "viewPipelineHealth", Component: PipelineHealth },
  { id: "forecast", label: "viewForecast", Component: Forecast },
];
