/**
 * One chart of a sheet, drawn with @fluentui/react-charts as Excel would draw its native chart: a funnel as a
 * FunnelChart (categories in their order), a bar chart as horizontal bars, a column chart as vertical bars
 * (grouped when it has several series) and a line chart as lines over the categories; a funnel's legend names
 * its stages. A figure named and captioned by the chart's title, so a reader, a test or a screen reader finds it.
 */
import {
  FunnelChart,
  getNextColor,
  GroupedVerticalBarChart,
  HorizontalBarChartWithAxis,
  LineChart,
  VerticalBarChart,
} from "@fluentui/react-charts";
import type { CSSProperties } from "react";
import type { ChartData } from "./chartData";
import { useSheetChartStyles } from "./SheetChart.styles";

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

/**
 * LineChart plots numbers or dates only: category i is drawn at day i of a fixed year and labelled with its text.
 */
function lineProps(data: ChartData) {
  const at = (i: number) => new Date(Date.UTC(2000, 0, 1 + i));
  return {
    data: {
      chartTitle: data.title,
      lineChartData: data.series.map((series, s) => ({
        legend: series.name,
        color: getNextColor(s),
        data: series.values.map((y, i) => ({ x: at(i), y })),
      })),
    },
    tickValues: data.categories.map((_, i) => at(i)),
    customDateTimeFormatter: (date: Date) =>
      data.categories[Math.round((date.getTime() - at(0).getTime()) / 86_400_000)] ?? "",
    useUTC: true,
  };
}

function Chart({ data, width, height }: { data: ChartData; width: number; height: number }) {
  const size = { width, height };
  const first = data.series[0] ?? { name: "", values: [] };
  switch (data.kind) {
    case "funnel":
      return (
        <FunnelChart
          {...size}
          data={data.categories.map((stage, i) => ({
            stage,
            value: first.values[i],
            color: getNextColor(i),
          }))}
        />
      );
    case "bar":
      return (
        <HorizontalBarChartWithAxis
          {...size}
          chartTitle={data.title}
          hideLegend
          data={data.categories.map((y, i) => ({ y, x: first.values[i], legend: y, color: getNextColor(0) }))}
        />
      );
    case "column":
      return data.series.length > 1 ? (
        <GroupedVerticalBarChart
          {...size}
          chartTitle={data.title}
          data={data.categories.map((name, i) => ({
            name,
            series: data.series.map((series, s) => ({
              key: `${s}`,
              data: series.values[i],
              legend: series.name,
              color: getNextColor(s),
            })),
          }))}
        />
      ) : (
        <VerticalBarChart
          {...size}
          chartTitle={data.title}
          hideLegend
          data={data.categories.map((x, i) => ({ x, y: first.values[i], legend: x, color: getNextColor(0) }))}
        />
      );
    case "line":
      return <LineChart {...size} {...lineProps(data)} />;
  }
}

/**
 * A chart of a sheet in its frame.
 * @example <SheetChart data={chartData(engine, sheet, chart)} frame={{ top: 48, left: 0, width: 480, height: 240 }} />
 */
export function SheetChart({ data, frame }: SheetChartProps) {
  const styles = useSheetChartStyles();
  const style: CSSProperties = { ...frame };
  return (
    <figure className={styles.figure} style={style} aria-label={data.title} data-chart-kind={data.kind}>
      <figcaption className={styles.caption}>{data.title}</figcaption>
      <Chart
        data={data}
        width={Math.max(frame.width - INSET, 40)}
        height={Math.max(frame.height - INSET - CAPTION, 40)}
      />
    </figure>
  );
}
