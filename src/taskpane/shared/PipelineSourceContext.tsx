/**
 * The pipeline data every analysing view shares (Pipeline health, Forecast), held once above the views: the data
 * chosen and read, the column mapping, the stage list, the as-of date and the order of text dates. Switching views
 * keeps all of it. A view rendered on its own (a test, a single-view host) gets a provider of its own.
 */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { browserStorage, type PreferenceStorage } from "../language/languagePreference";
import { usePipelineSource, type PipelineSourceState } from "./usePipelineSource";
import { useSingleFlight } from "./useSingleFlight";

const PipelineSourceContext = createContext<PipelineSourceState | undefined>(undefined);

/** Props of {@link PipelineSourceProvider}. */
export interface PipelineSourceProviderProps {
  /** Today's date, the default as-of date; the clock by default. */
  readonly today?: () => Date;
  /** Where confirmed column mappings are remembered; the browser's localStorage by default, `null` for nowhere. */
  readonly storage?: PreferenceStorage | null;
  readonly children?: ReactNode;
}

const now = (): Date => new Date();

/**
 * Holds the shared pipeline data for the views below it (inside a GatewayProvider).
 * @example <PipelineSourceProvider><PipelineHealth /><Forecast /></PipelineSourceProvider>
 */
export function PipelineSourceProvider({ today = now, storage, children }: PipelineSourceProviderProps) {
  const run = useSingleFlight();
  const mappingStorage = useMemo(
    () => (storage === null ? undefined : (storage ?? browserStorage())),
    [storage],
  );
  const source = usePipelineSource({ today, run, mappingStorage });
  return <PipelineSourceContext.Provider value={source}>{children}</PipelineSourceContext.Provider>;
}

/** Props of {@link WithPipelineSource}. */
export interface WithPipelineSourceProps {
  /** Today's date, for the provider made when none is above (a provider above has its own). */
  readonly today?: () => Date;
  readonly children?: ReactNode;
}

/**
 * Its children, under the provider above when there is one, else under a provider of their own.
 * @example <WithPipelineSource today={today}><ForecastBody /></WithPipelineSource>
 */
export function WithPipelineSource({ today, children }: WithPipelineSourceProps) {
  const above = useContext(PipelineSourceContext);
  if (above !== undefined) return <>{children}</>;
  return <PipelineSourceProvider today={today}>{children}</PipelineSourceProvider>;
}

/**
 * The shared pipeline data. Throws outside a {@link PipelineSourceProvider} (a programming error, not a user's).
 * @example const source = usePipelineSourceContext(); source.readSource();
 */
export function usePipelineSourceContext(): PipelineSourceState {
  const value = useContext(PipelineSourceContext);
  if (value === undefined)
    throw new Error("usePipelineSourceContext must be used inside a PipelineSourceProvider.");
  return value;
}
