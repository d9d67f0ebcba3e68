/**
 * The Forecast view's table of each stage's default probability beside its win rate measured from the closed
 * deals, how many closed deals that rests on, and the probability the forecast used; with the few-deals warning.
 * Short headers with a legend under the table, stage names kept whole, numbers on one line: it reads at pane
 * widths from 320 px in both languages.
 */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  mergeClasses,
  useId,
} from "@fluentui/react-components";
import { fewDealsWarning, type ForecastPipeline, type ForecastWithCoverage } from "../../core/forecast";
import { useLanguage } from "../language/LanguageContext";
import { useViewStyles } from "../shared/viewStyles";
import { useForecastStyles } from "./Forecast.styles";
import { calibrationRows } from "./forecastDisplay";

/** Props of {@link CalibrationTable}. */
export interface CalibrationTableProps {
  readonly pipeline: ForecastPipeline;
  readonly shown: ForecastWithCoverage;
}

/**
 * The default-vs-measured table, a `table` named by its heading.
 * @example <CalibrationTable pipeline={forecast.pipeline} shown={forecast.shown} />
 */
export function CalibrationTable({ pipeline, shown }: CalibrationTableProps) {
  const view = useViewStyles();
  const styles = useForecastStyles();
  const { language, t, text, inScript } = useLanguage();
  const headingId = useId("forecast-calibration");
  const legendId = useId("forecast-calibration-legend");
  const rows = calibrationRows(pipeline.calibration, shown.probabilities, language);
  const fewDeals = fewDealsWarning(pipeline.calibration.slice(0, -1));
  const numberHeader = mergeClasses(styles.headerCell, styles.number);
  const numberCell = mergeClasses(styles.cell, styles.number);
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
        <Table
          size="extra-small"
          className={styles.table}
          aria-labelledby={headingId}
          aria-describedby={legendId}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.headerCell}>{t("forecastCalibrationStage")}</TableHeaderCell>
              <TableHeaderCell className={numberHeader} title={t("forecastCalibrationDefault")}>
                {t("forecastCalibrationShortDefault")}
              </TableHeaderCell>
              <TableHeaderCell className={numberHeader} title={t("forecastCalibrationMeasured")}>
                {t("forecastCalibrationShortMeasured")}
              </TableHeaderCell>
              <TableHeaderCell className={numberHeader} title={t("forecastCalibrationClosed")}>
                {t("forecastCalibrationShortClosed")}
              </TableHeaderCell>
              <TableHeaderCell className={numberHeader} title={t("forecastCalibrationUsed")}>
                {t("forecastCalibrationShortUsed")}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.index}>
                <TableCell className={mergeClasses(styles.cell, styles.stageCell)}>
                  {inScript(row.stage)}
                </TableCell>
                <TableCell className={numberCell}>{row.defaultProbability}</TableCell>
                <TableCell className={numberCell}>{row.measured}</TableCell>
                <TableCell className={numberCell}>{row.closed}</TableCell>
                <TableCell className={numberCell}>{row.used}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <p id={legendId} className={styles.note}>
        {t("forecastCalibrationLegend")}
      </p>
    </section>
  );
}
