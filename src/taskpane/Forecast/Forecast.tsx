/**
 * The Forecast view: pick the data and read it (as Pipeline health does), confirm the columns, then choose a
 * quarter, a target, the commit and best-case stages and whether to use the win rates measured from the closed
 * deals; the figures (won, expected, commit, best case, P10–P90, the chance of reaching the target, pipeline and period coverage)
 * and the default-vs-measured probabilities follow at once. Composition only: the state lives in `useForecast`.
 */
import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useId,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { fewDealsWarning, type ForecastPipeline, type ForecastWithCoverage } from "../../core/forecast";
import { isoDate } from "../../core/kernel";
import { DEFAULT_SCHEME } from "../../core/stages";
import { useLanguage } from "../language/LanguageContext";
import { FigureTiles } from "../shared/FigureTiles";
import { PipelineSettingsFields } from "../shared/PipelineSettingsFields";
import { PipelineSourceSteps } from "../shared/PipelineSourceSteps";
import { useViewStyles } from "../shared/viewStyles";
import { ViewSection } from "../shared/ViewSection";
import { useForecastStyles } from "./Forecast.styles";
import { calibrationRows, forecastFigures } from "./forecastDisplay";
import { useForecast, type ForecastViewState } from "./useForecast";

/** Props of {@link Forecast}. */
export interface ForecastProps {
  /** Today's date, the default as-of date (and quarter); the clock by default. */
  readonly today?: () => Date;
}

/**
 * The Forecast view.
 * @example <Forecast />
 */
export function Forecast({ today }: ForecastProps) {
  const { language, t, text } = useLanguage();
  const state = useForecast(today);
  const { read, forecast } = state;

  return (
    <ViewSection heading={t("forecastHeading")} intro={t("forecastIntro")}>
      <PipelineSourceSteps source={state} settings={<ForecastSettings state={state} />} />

      {read.status === "read" && state.scheme.status === "loading" && (
        <Spinner size="small" label={t("forecastStagesLoading")} />
      )}
      {forecast.status === "needsColumns" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("forecastColumnsNeeded")}</MessageBarBody>
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
      {forecast.status === "ready" && (
        <>
          <FigureTiles
            label={t("forecastFiguresLabel")}
            figures={forecastFigures(forecast.shown, language)}
          />
          <CalibrationTable pipeline={forecast.pipeline} shown={forecast.shown} />
        </>
      )}
    </ViewSection>
  );
}

function ForecastSettings({ state }: { state: ForecastViewState }) {
  const view = useViewStyles();
  const styles = useForecastStyles();
  const { t, text } = useLanguage();
  const stages = (state.scheme.status === "ready" ? state.scheme.scheme : DEFAULT_SCHEME).stages.slice(0, -1);
  const stageOptions = stages.map((stage, index) => (
    <option key={stage.key} value={String(index)}>
      {`${index + 1}. ${text(stage.name)}`}
    </option>
  ));
  return (
    <div className={view.panel}>
      <h3 className={styles.panelHeading}>{t("forecastSettingsHeading")}</h3>
      <PipelineSettingsFields source={state} />
      <Field label={t("forecastPeriodLabel")}>
        <Select value={state.period?.label ?? ""} onChange={(_, data) => state.setPeriodLabel(data.value)}>
          {state.periods.map((period) => (
            <option key={period.label} value={period.label}>
              {t("forecastPeriodOption", {
                label: period.label,
                from: isoDate(period.from),
                to: isoDate(period.to),
              })}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t("forecastTargetLabel")}
        validationState={state.targetValid ? "none" : "error"}
        validationMessage={state.targetValid ? undefined : t("forecastTargetInvalid")}
      >
        <Input
          inputMode="decimal"
          value={state.targetText}
          onChange={(_, data) => state.setTargetText(data.value)}
        />
      </Field>
      <StageField
        label={t("forecastCommitLabel")}
        options={stageOptions}
        index={state.commitIndex}
        onChange={state.setCommitIndex}
      />
      <StageField
        label={t("forecastBestCaseLabel")}
        options={stageOptions}
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

/** A stage chosen from the scheme's stages (by index), with the problem of the choice if any. */
function StageField(props: {
  label: string;
  options: ReactNode;
  index: number;
  onChange: (index: number) => void;
  problem?: string;
}) {
  return (
    <Field
      label={props.label}
      validationState={props.problem === undefined ? "none" : "error"}
      validationMessage={props.problem}
    >
      <Select value={String(props.index)} onChange={(_, data) => props.onChange(Number(data.value))}>
        {props.options}
      </Select>
    </Field>
  );
}

function CalibrationTable({ pipeline, shown }: { pipeline: ForecastPipeline; shown: ForecastWithCoverage }) {
  const view = useViewStyles();
  const styles = useForecastStyles();
  const { language, t, text, inScript } = useLanguage();
  const headingId = useId("forecast-calibration");
  const rows = calibrationRows(pipeline.calibration, shown.probabilities, language);
  const fewDeals = fewDealsWarning(pipeline.calibration.slice(0, -1));
  return (
    <section className={view.panel} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.panelHeading}>
        {t("forecastCalibrationHeading")}
      </h3>
      {fewDeals !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("forecastFewDealsTitle")}</MessageBarTitle>
            {text(fewDeals)}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.tableWrap}>
        <Table size="small" aria-labelledby={headingId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("forecastCalibrationStage")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("forecastCalibrationDefault")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("forecastCalibrationMeasured")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("forecastCalibrationClosed")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("forecastCalibrationUsed")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.index}>
                <TableCell>{inScript(row.stage)}</TableCell>
                <TableCell className={styles.number}>{row.defaultProbability}</TableCell>
                <TableCell className={styles.number}>{row.measured}</TableCell>
                <TableCell className={styles.number}>{row.closed}</TableCell>
                <TableCell className={styles.number}>{row.used}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
