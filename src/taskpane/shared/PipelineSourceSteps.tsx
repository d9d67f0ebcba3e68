/**
 * The steps a pipeline view's inputs take: pick and read the data, then, once it is read, the column mapping (a
 * one-line summary, the full mapping folded behind Edit) and the view's own settings. Presentational: the state is
 * the shared pipeline source's.
 */
import type { ReactNode } from "react";
import type { ColumnRole } from "../../core/pipeline";
import { ColumnMappingStep } from "./ColumnMappingStep";
import { DataPicker } from "./DataPicker";
import type { PipelineSourceState } from "./usePipelineSource";

/** Props of {@link PipelineSourceSteps}. */
export interface PipelineSourceStepsProps {
  readonly source: PipelineSourceState;
  /** Whether the view is busy with its own work (reading is then not offered). */
  readonly busy?: boolean;
  /** The view's settings, shown below the mapping once the data is read. */
  readonly settings: ReactNode;
  /** The roles the view needs a column for (the stage by default). */
  readonly requiredRoles?: readonly ColumnRole[];
}

/**
 * The data picker, then the mapping and the view's settings once the data is read.
 * @example <PipelineSourceSteps source={state} busy={running} settings={<ReportSettings state={state} />} />
 */
export function PipelineSourceSteps({ source, busy, settings, requiredRoles }: PipelineSourceStepsProps) {
  return (
    <>
      <DataPicker source={source} busy={busy} />
      {source.read.status === "read" && (
        <>
          <ColumnMappingStep key={source.mappingKey} source={source} requiredRoles={requiredRoles} />
          {settings}
        </>
      )}
    </>
  );
}
