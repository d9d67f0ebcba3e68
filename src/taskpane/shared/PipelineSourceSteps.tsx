/**
 * The steps a pipeline view starts with: pick and read the data, then, once it is read, confirm the column
 * mapping and fill in the view's own settings. Presentational: the state is `usePipelineSource`'s.
 */
import type { ReactNode } from "react";
import { DataPicker } from "./DataPicker";
import { MappingEditor } from "./MappingEditor";
import type { PipelineSourceState } from "./usePipelineSource";

/** Props of {@link PipelineSourceSteps}. */
export interface PipelineSourceStepsProps {
  readonly source: PipelineSourceState;
  /** Whether the view is busy with its own work (reading is then not offered). */
  readonly busy?: boolean;
  /** The view's settings, shown below the mapping once the data is read. */
  readonly settings: ReactNode;
}

/**
 * The data picker, then the mapping and the view's settings once the data is read.
 * @example <PipelineSourceSteps source={state} busy={running} settings={<ReportSettings state={state} />} />
 */
export function PipelineSourceSteps({ source, busy, settings }: PipelineSourceStepsProps) {
  const { read } = source;
  return (
    <>
      <DataPicker source={source} busy={busy} />
      {read.status === "read" && (
        <>
          <MappingEditor
            header={read.table.header}
            firstCol={read.table.firstCol}
            mapping={source.mapping}
            onChange={source.setRoleColumn}
          />
          {settings}
        </>
      )}
    </>
  );
}
