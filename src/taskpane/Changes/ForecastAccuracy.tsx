/**
 * The Changes view's forecast accuracy section (预测准确度): for each quarter the snapshot history spans, what each
 * earlier snapshot forecast for it (expected, commit, P10–P90) against the amount actually won, the error per
 * forecast, and the quarter's bias, mean absolute error and how often the actual fell inside P10–P90; a line saying
 * so when the history has too few snapshots. Computed from the history already read. Composition only.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useMemo } from "react";
import type { SnapshotHistory } from "../../core/snapshots";
import type { StageScheme } from "../../core/stages";
import { useLanguage } from "../language/LanguageContext";
import { useViewStyles } from "../shared/viewStyles";
import { accuracyView } from "./accuracyDisplay";
import { useChangesStyles } from "./Changes.styles";
import { ChangesTable } from "./ChangesTable";

/** The columns of a quarter's first table (snapshot, expected, commit, error) and second (snapshot, P10–P90, inside):
 * split so that each fits a 320 px pane without scrolling. */
const FIGURES = [0, 1, 2, 4];
const RANGE = [0, 3, 5];
const pick = <T,>(row: readonly T[], columns: readonly number[]) => columns.map((c) => row[c]);

/** Props of {@link ForecastAccuracy}. */
export interface ForecastAccuracyProps {
  readonly history: SnapshotHistory;
  readonly scheme: StageScheme;
}

/**
 * The forecast accuracy section.
 * @example <ForecastAccuracy history={loaded.history} scheme={scheme} />
 */
export function ForecastAccuracy({ history, scheme }: ForecastAccuracyProps) {
  const view = useViewStyles();
  const styles = useChangesStyles();
  const { language, t, text } = useLanguage();
  const heading = t("changesAccuracyHeading");
  const words = useMemo(() => ({ yes: t("changesAccuracyYes"), no: t("changesAccuracyNo") }), [t]);
  const shown = useMemo(
    () => accuracyView(history, scheme, language, words),
    [history, scheme, language, words],
  );
  const heads = [
    t("changesAccuracySnapshot"),
    t("changesAccuracyExpected"),
    t("forecastCommit"),
    t("changesAccuracyRange"),
    t("changesAccuracyError"),
    t("changesAccuracyInside"),
  ];
  return (
    <section className={view.panel} aria-label={heading}>
      <h3 className={styles.panelHeading}>{heading}</h3>
      {shown.kind === "few" && <p className={styles.note}>{t("changesAccuracyFew")}</p>}
      {shown.kind === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("changesAccuracyFailedTitle")}</MessageBarTitle>
            {text(shown.message)}
          </MessageBarBody>
        </MessageBar>
      )}
      {shown.kind === "ready" && (
        <>
          <p className={styles.note}>{t("changesAccuracyIntro")}</p>
          {shown.periods.map((period) => {
            const title = t("changesAccuracyPeriod", { period: period.label });
            return (
              <div key={period.label} className={styles.accuracyPeriod}>
                <h4 className={styles.periodHeading}>{title}</h4>
                <p className={styles.figureLine}>
                  {period.actual === null || period.actualAsOf === null
                    ? t("changesAccuracyOpen")
                    : t("changesAccuracyActual", { amount: period.actual, date: period.actualAsOf })}
                </p>
                {period.summary !== null && (
                  <p className={styles.figureLine}>{t("changesAccuracySummary", period.summary)}</p>
                )}
                <ChangesTable
                  label={title}
                  heads={pick(heads, FIGURES)}
                  rows={period.rows.map((row) => pick(row, FIGURES))}
                  numeric={[1, 2, 3]}
                />
                <ChangesTable
                  label={`${title} ${t("changesAccuracyRange")}`}
                  heads={pick(heads, RANGE)}
                  rows={period.rows.map((row) => pick(row, RANGE))}
                  numeric={[1]}
                />
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
