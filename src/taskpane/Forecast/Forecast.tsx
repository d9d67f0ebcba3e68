/**
 * The Forecast view. Results first: once the data is read, the view leads with the quarter and the target and,
 * under them, the headline — the quarter's expected amount, its P10–P90 range and the chance of reaching the
 * target — then the other figures, smaller, and the default-vs-measured probabilities; a quarter with nothing in
 * it says so, and why, instead of a row of zeros. Below the results, the inputs: the data and its column mapping
 * (shared with Pipeline health), the stage list, the as-of date, the commit and best-case stages and whether to use
 * the win rates measured from the closed deals. The figures follow every choice at once. Composition only: the
 * state lives in `useForecast`.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Switch } from "@fluentui/react-components";
import type { ColumnRole } from "../../core/pipeline";
import { useLanguage } from "../language/LanguageContext";
import { FigureTiles } from "../shared/FigureTiles";
import { WithPipelineSource } from "../shared/PipelineSourceContext";
import { PipelineSettingsFields } from "../shared/PipelineSettingsFields";
import { PipelineSourceSteps } from "../shared/PipelineSourceSteps";
import { useRevealResults } from "../shared/useRevealResults";
import { useViewStyles } from "../shared/viewStyles";
import { ViewSection } from "../shared/ViewSection";
import { CalibrationTable } from "./CalibrationTable";
import { useForecastStyles } from "./Forecast.styles";
import { forecastFigureGroups, isEmptyForecast } from "./forecastDisplay";
import { ForecastHeadline } from "./ForecastHeadline";
import { StageField } from "./StageField";
import { useForecast, type ForecastViewState } from "./useForecast";

/** Props of {@link Forecast}. */
export interface ForecastProps {
  /**
   * Today's date, the default as-of date (and quarter), when the view has no shared pipeline source above it (the
   * App's has its own); the clock by default.
   */
  readonly today?: () => Date;
}

/** The columns a forecast cannot do without. */
const FORECAST_ROLES: readonly ColumnRole[] = ["stage", "amount", "closeDate"];

/**
 * The Forecast view.
 * @example <Forecast />
 */
export function Forecast({ today }: ForecastProps) {
  return (
    <WithPipelineSource today={today}>
      <ForecastView />
    </WithPipelineSource>
  );
}

function ForecastView() {
  const { t } = useLanguage();
  const state = useForecast();
  return (
    <ViewSection heading={t("forecastHeading")} intro={t("forecastIntro")}>
      <ForecastResults state={state} />
      <PipelineSourceSteps
        source={state}
        requiredRoles={FORECAST_ROLES}
        settings={<ForecastSettings state={state} />}
      />
    </ViewSection>
  );
}

/** What the data read gives: the headline, the other figures and the probabilities, or why not. */
function ForecastResults({ state }: { state: ForecastViewState }) {
  const view = useViewStyles();
  const { language, t, text } = useLanguage();
  const { read, forecast, scheme } = state;
  const resultsRef = useRevealResults<HTMLDivElement>(state.table);
  if (read.status !== "read") return null;
  const ready = forecast.status === "ready";
  const empty = ready && isEmptyForecast(forecast.shown.forecast);
  const choosing = ready || (forecast.status === "waiting" && scheme.status === "ready");
  return (
    <div ref={resultsRef} className={view.results}>
      {scheme.status === "loading" && <Spinner size="small" label={t("forecastStagesLoading")} />}
      {forecast.status === "needsColumns" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("forecastColumnsMissing")}</MessageBarBody>
        </MessageBar>
      )}
      {forecast.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("forecastFailureTitle")}</MessageBarTitle>
            {text(forecast.failure.message)}
          </MessageBarBody>
        </MessageBar>
      )}
      {choosing && <ForecastHeadline state={state} />}
      {ready && !empty && (
        <FigureTiles
          compact
          label={t("forecastDetailsLabel")}
          figures={forecastFigureGroups(forecast.shown, language).details}
        />
      )}
      {ready && <CalibrationTable pipeline={forecast.pipeline} shown={forecast.shown} />}
    </div>
  );
}

function ForecastSettings({ state }: { state: ForecastViewState }) {
  const view = useViewStyles();
  const styles = useForecastStyles();
  const { t } = useLanguage();
  return (
    <div className={view.panel}>
      <h3 className={styles.panelHeading}>{t("forecastSettingsHeading")}</h3>
      <PipelineSettingsFields source={state} />
      <StageField
        label={t("forecastCommitLabel")}
        state={state}
        index={state.commitIndex}
        onChange={state.setCommitIndex}
      />
      <StageField
        label={t("forecastBestCaseLabel")}
        state={state}
        index={state.bestCaseIndex}
        onChange={state.setBestCaseIndex}
        problem={state.categoriesValid ? undefined : t("forecastCategoryOrder")}
      />
      <Switch
        checked={state.calibrated}
        onChange={(_, data) => state.setCalibrated(data.checked)}
        label={t("forecastCalibratedLabel")}
      />
      {state.calibrated && (
        <Switch
          checked={state.defaultWhenFewDeals}
          onChange={(_, data) => state.setDefaultWhenFewDeals(data.checked)}
          label={t("forecastDefaultWhenFewLabel")}
        />
      )}
    </div>
  );
}
