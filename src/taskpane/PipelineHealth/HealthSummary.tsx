/**
 * The headline figures of a pipeline's health, one tile per figure (a `group` named by its label), in the pane's
 * language. Presentational: the figures come from `healthFigures`.
 */
import type { PipelineHealth } from "../../core/health";
import { useLanguage } from "../language/LanguageContext";
import { FigureTiles } from "../shared/FigureTiles";
import { healthFigures } from "./healthFigures";

/** Props of {@link HealthSummary}. */
export interface HealthSummaryProps {
  readonly health: PipelineHealth;
}

/**
 * The figures' tiles, in a region named "Headline figures" / "关键指标".
 * @example <HealthSummary health={health} />
 */
export function HealthSummary({ health }: HealthSummaryProps) {
  const { language, t } = useLanguage();
  return <FigureTiles label={t("healthFiguresLabel")} figures={healthFigures(health, language)} />;
}
