/**
 * The pipeline data the pipeline views share (`PipelineSourceProvider`), held around the open view from the first
 * time a view that reads the pipeline opens, and kept from then on, so switching views keeps what was read. Its
 * code (listing and reading the data, the column mapping, the stage settings) loads then, not with the pane.
 */
import { lazy, useState, type ReactNode } from "react";
import type { PreferenceStorage } from "../language/languagePreference";

const PipelineSourceProvider = lazy(() =>
  import("../shared/PipelineSourceContext").then((m) => ({ default: m.PipelineSourceProvider })),
);

/** Props of {@link SharedPipelineSource}. */
export interface SharedPipelineSourceProps {
  /** Whether the open view reads the pipeline: the shared data is held from the first time it does. */
  readonly needed: boolean;
  /** Today's date, the default as-of date; the clock by default. */
  readonly today?: () => Date;
  /** Where confirmed column mappings are remembered; the browser's localStorage by default, `null` for nowhere. */
  readonly storage?: PreferenceStorage | null;
  readonly children?: ReactNode;
}

/**
 * Its children, under the shared pipeline data once any view has needed it (inside a Suspense boundary: the
 * provider's code loads on demand).
 * @example <Suspense fallback={spinner}><SharedPipelineSource needed={view.readsPipeline}><View /></SharedPipelineSource></Suspense>
 */
export function SharedPipelineSource({ needed, today, storage, children }: SharedPipelineSourceProps) {
  const [held, setHeld] = useState(needed);
  if (needed && !held) setHeld(true);
  if (!held && !needed) return <>{children}</>;
  return (
    <PipelineSourceProvider today={today} storage={storage}>
      {children}
    </PipelineSourceProvider>
  );
}
