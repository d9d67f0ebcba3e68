/**
 * The headline figures of a pipeline's health, one tile per figure (a `group` named by its label), in the pane's
 * language. Presentational: the figures come from `healthFigures`.
 */
import { useId } from "@fluentui/react-components";
import type { PipelineHealth } from "../../core/health/types";
import { useLanguage } from "../language/LanguageContext";
import { healthFigures, type HealthFigure } from "./healthFigures";
import { usePipelineHealthStyles } from "./PipelineHealth.styles";

/** Props of {@link HealthSummary}. */
export interface HealthSummaryProps {
  readonly health: PipelineHealth;
}

/**
 * The figures' tiles, in a region named "Headline figures" / "关键指标".
 * @example <HealthSummary health={health} />
 */
export function HealthSummary({ health }: HealthSummaryProps) {
  const styles = usePipelineHealthStyles();
  const { language, t } = useLanguage();
  return (
    <section className={styles.figures} aria-label={t("healthFiguresLabel")}>
      {healthFigures(health, language).map((figure) => (
        <FigureTile key={figure.id} figure={figure} />
      ))}
    </section>
  );
}

function FigureTile({ figure }: { figure: HealthFigure }) {
  const styles = usePipelineHealthStyles();
  const labelId = useId("health-figure");
  return (
    <div role="group" aria-labelledby={labelId} className={styles.figure}>
      <span id={labelId} className={styles.figureLabel}>
        {figure.label}
      </span>
      <span className={styles.figureValue}>{figure.value}</span>
      {figure.detail !== undefined && <span className={styles.figureDetail}>{figure.detail}</span>}
    </div>
  );
}
