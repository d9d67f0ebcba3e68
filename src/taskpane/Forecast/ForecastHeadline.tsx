/**
 * The Forecast view's lead: the quarter and the target, and under them the headline — the quarter's expected
 * amount (large), its P10–P90 range and the chance of reaching the target, and how the range was computed. A
 * quarter with no open deal closing in it and nothing won says so, why, and what to do (another quarter, with the
 * quarters that have deals offered, or another as-of date), instead of showing zeros.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  useId,
} from "@fluentui/react-components";
import { isoDate } from "../../core/kernel";
import { COLUMN_ROLE_NAMES } from "../../core/pipeline";
import { useLanguage } from "../language/LanguageContext";
import type { FigureText } from "../shared/FigureTiles";
import { useViewStyles } from "../shared/viewStyles";
import { useForecastStyles } from "./Forecast.styles";
import { forecastFigureGroups, isEmptyForecast, periodsWithDeals } from "./forecastDisplay";
import type { ForecastViewState } from "./useForecast";

/** Props of {@link ForecastHeadline}. */
export interface ForecastHeadlineProps {
  readonly state: ForecastViewState;
}

/**
 * The quarter and target fields and the headline (or the empty state).
 * @example <ForecastHeadline state={useForecast()} />
 */
export function ForecastHeadline({ state }: ForecastHeadlineProps) {
  const view = useViewStyles();
  const styles = useForecastStyles();
  const { t } = useLanguage();
  const { forecast } = state;
  return (
    <div className={view.panel}>
      <div className={styles.choices}>
        <Field label={t("forecastPeriodLabel")} className={styles.choice}>
          <Select
            className={styles.selectRoot}
            select={{ className: styles.selectControl }}
            value={state.period?.label ?? ""}
            onChange={(_, data) => state.setPeriodLabel(data.value)}
          >
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
          className={styles.choice}
          validationState={state.targetValid ? "none" : "error"}
          validationMessage={state.targetValid ? undefined : t("forecastTargetInvalid")}
        >
          <Input
            inputMode="decimal"
            value={state.targetText}
            onChange={(_, data) => state.setTargetText(data.value)}
          />
        </Field>
      </div>
      {forecast.status === "ready" &&
        (isEmptyForecast(forecast.shown.forecast) ? (
          <EmptyQuarter state={state} />
        ) : (
          <Headline state={state} />
        ))}
    </div>
  );
}

function Headline({ state }: ForecastHeadlineProps) {
  const styles = useForecastStyles();
  const { language, t, inScript } = useLanguage();
  if (state.forecast.status !== "ready") return null;
  const { headline, method } = forecastFigureGroups(state.forecast.shown, language);
  const [expected, ...others] = headline;
  return (
    <section aria-label={t("forecastFiguresLabel")} className={styles.headline}>
      <HeadlineFigure figure={expected} lead />
      <div className={styles.headlineRow}>
        {others.map((figure) => (
          <HeadlineFigure key={figure.id} figure={figure} />
        ))}
      </div>
      <p className={styles.note}>{t("forecastMethodNote", { method: inScript(method.value) })}</p>
    </section>
  );
}

function HeadlineFigure({ figure, lead = false }: { figure: FigureText; lead?: boolean }) {
  const styles = useForecastStyles();
  const { inScript } = useLanguage();
  const labelId = useId("headline-figure");
  return (
    <div role="group" aria-labelledby={labelId} className={lead ? styles.leadFigure : styles.headlineFigure}>
      <span id={labelId} className={styles.figureLabel}>
        {inScript(figure.label)}
      </span>
      <span className={lead ? styles.leadValue : styles.headlineValue}>{inScript(figure.value)}</span>
      {figure.detail !== undefined && <span className={styles.note}>{inScript(figure.detail)}</span>}
    </div>
  );
}

function EmptyQuarter({ state }: ForecastHeadlineProps) {
  const styles = useForecastStyles();
  const { t, text } = useLanguage();
  const { period, asOf, forecast } = state;
  if (period === undefined || forecast.status !== "ready") return null;
  const others = periodsWithDeals(forecast.pipeline.forecastDeals, state.periods);
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("forecastEmptyTitle", { period: period.label })}</MessageBarTitle>
        <p className={styles.emptyText}>
          {t("forecastEmptyBody", {
            asOf: asOf === null ? "" : isoDate(asOf),
            from: isoDate(period.from),
            to: isoDate(period.to),
          })}{" "}
          {t("forecastEmptyWhatToDo", { column: text(COLUMN_ROLE_NAMES.closeDate) })}
        </p>
        {others.length > 0 && (
          <div className={styles.otherQuarters}>
            <span>{t("forecastEmptyOtherQuarters")}</span>
            {others.map((other) => (
              <Button key={other.label} size="small" onClick={() => state.setPeriodLabel(other.label)}>
                {other.label}
              </Button>
            ))}
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
