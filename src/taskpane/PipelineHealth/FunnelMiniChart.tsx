/**
 * The in-pane funnel chart: how many deals reached each stage, drawn by Fluent's FunnelChart
 * (@fluentui/react-charts), in a `figure` named by its caption. The title is an HTML caption, not the chart's own
 * SVG title, whose overflow tooltip mounts a portal.
 */
import { useId } from "@fluentui/react-components";
import { DataVizPalette, FunnelChart, getColorFromToken } from "@fluentui/react-charts";
import type { PipelineHealth } from "../../core/health";
import { useLanguage } from "../language/LanguageContext";
import { funnelPoints, funnelTitle } from "./healthFigures";
import { usePipelineHealthStyles } from "./PipelineHealth.styles";

/** Props of {@link FunnelMiniChart}. */
export interface FunnelMiniChartProps {
  readonly health: PipelineHealth;
  /** Width in pixels (the pane's width by default). */
  readonly width?: number;
}

const PALETTE = Object.values(DataVizPalette);

/**
 * The funnel of deals reached by stage.
 * @example <FunnelMiniChart health={health} />
 */
export function FunnelMiniChart({ health, width = 300 }: FunnelMiniChartProps) {
  const styles = usePipelineHealthStyles();
  const { language, inScript } = useLanguage();
  const captionId = useId("funnel-caption");
  const data = funnelPoints(health, language).map((point, i) => ({
    ...point,
    stage: inScript(point.stage),
    color: getColorFromToken(PALETTE[i % PALETTE.length]),
  }));
  return (
    <figure className={styles.chart} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.chartCaption}>
        {inScript(funnelTitle(language))}
      </figcaption>
      <FunnelChart data={data} width={width} height={320} culture={language === "zh" ? "zh-CN" : "en-US"} />
    </figure>
  );
}
