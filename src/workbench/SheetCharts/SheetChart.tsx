/**
 * One chart of a sheet, drawn as Excel would draw its native chart and sized to its frame so every label lies
 * inside it: a funnel as centred bands labelled with stage, count and conversion to the next stage (the pane's
 * FunnelBands), a bar chart as horizontal bars, a column chart as vertical bars (grouped when it has several
 * series, stacked for a stacked column chart, whose hidden series — a bridge's base — is not drawn) and a line chart as lines over the categories (SheetChartPlots.tsx). A chart of nothing (every value 0)
 * shows its spec's note instead: why, and what to do. A figure named and captioned by the chart's title, so a
 * reader, a test or a screen reader finds it.
 */
import type { CSSProperties } from "react";
import { CHART_COLORS, rampColors } from "../../core/reports";
import { FunnelBands } from "../../taskpane/PipelineHealth/FunnelMiniChart";
import { type ChartData, isEmptyChart, valueText } from "./chartData";
import { useSheetChartStyles } from "./SheetChart.styles";
import { BarPlot, CartesianPlot } from "./SheetChartPlots";

/** Props of {@link SheetChart}. */
export interface SheetChartProps {
  readonly data: ChartData;
  /** Where the figure goes and how big it is, in pixels. */
  readonly frame: {
    readonly top: number;
    readonly left: number;
    readonly width: number;
    readonly height: number;
  };
}

/** Room the figure's padding and border take, in pixels. */
const INSET = 18;
/** Room the caption (the chart's title) takes, in pixels. */
const CAPTION = 22;

/** A funnel's bands from the chart's first series: each count in the chart's format, the conversion to the next. */
function funnelBands(data: ChartData) {
  const values = data.series[0]?.values ?? [];
  const colors = data.pointColors ?? [...rampColors(Math.max(values.length - 1, 1)), CHART_COLORS.won];
  return data.categories.map((stage, i) => {
    const next = values[i + 1];
    const conversion = next !== undefined && values[i] > 0 ? next / values[i] : undefined;
    return {
      stage,
      value: values[i] ?? 0,
      valueText: valueText(values[i] ?? 0, data.numberFormat),
      color: colors[i] ?? CHART_COLORS.rampFrom,
      ...(conversion === undefined ? {} : { conversionText: valueText(conversion, "0.0%") }),
    };
  });
}

function Chart({ data, width, height }: { data: ChartData; width: number; height: number }) {
  switch (data.kind) {
    case "funnel":
      return (
        <FunnelBands
          bands={funnelBands(data)}
          width={width}
          height={height}
          label={data.title}
          keyText={data.funnelKey}
        />
      );
    case "bar":
      return <BarPlot data={data} width={width} height={height} />;
    case "column":
    case "stackedColumn":
    case "line":
      return <CartesianPlot data={data} width={width} height={height} />;
  }
}

/**
 * A chart of a sheet in its frame.
 * @example <SheetChart data={chartData(engine, sheet, chart)} frame={{ top: 48, left: 0, width: 480, height: 240 }} />
 */
export function SheetChart({ data, frame }: SheetChartProps) {
  const styles = useSheetChartStyles();
  const style: CSSProperties = { ...frame };
  const empty = data.emptyNote !== undefined && isEmptyChart(data);
  return (
    <figure
      className={styles.figure}
      style={style}
      aria-label={data.title}
      data-chart-kind={data.kind}
      data-empty={empty || undefined}
    >
      <figcaption className={styles.caption}>{data.title}</figcaption>
      {empty ? (
        <p className={styles.empty}>{data.emptyNote}</p>
      ) : (
        <Chart
          data={data}
          width={Math.max(frame.width - INSET, 40)}
          height={Math.max(frame.height - INSET - CAPTION, 40)}
        />
      )}
    </figure>
  );
}
