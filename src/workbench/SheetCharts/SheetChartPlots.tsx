/**
 * The plots of the workbench's charts, drawn as SVG sized to their frame with every label placed where it fits
 * (as Excel lays out a chart): bars with the categories in a column on the left and each value at its bar's end;
 * columns (grouped or stacked) and lines over a value axis whose numbers read in the chart's number format, every
 * category labelled under them (wrapped, or turned where they would overlap) and a legend under the plot that wraps. Numbers read as the grid shows them
 * (chartData.ts valueText). Colours are the spec's: a colour per category, else per series, else the stage ramp.
 */
import { tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { rampColors } from "../../core/reports";
import { labelLines, textWidth } from "../../taskpane/PipelineHealth/FunnelMiniChart";
import { categoryLabels } from "./categoryLabels";
import { niceTicks, smallestStep } from "./chartAxes";
import { type ChartData, valueText } from "./chartData";

/** Props of a plot: the chart's data and the room it has, in pixels. */
export interface PlotProps {
  readonly data: ChartData;
  readonly width: number;
  readonly height: number;
}

const FONT = 11;
const LINE = 15;

const textStyle: CSSProperties = { fontFamily: tokens.fontFamilyBase, fill: tokens.colorNeutralForeground1 };
const quiet: CSSProperties = { ...textStyle, fill: tokens.colorNeutralForeground2 };

/** The colour of series `s` (and of category `i` in a one-series chart with a colour per category). */
function colorOf(data: ChartData, s: number, i?: number): string {
  if (i !== undefined && data.series.length === 1 && data.pointColors?.[i] !== undefined)
    return data.pointColors[i];
  return data.seriesColors?.[s] ?? rampColors(Math.max(data.series.length, 2))[s];
}

/**
 * Whether the chart has a legend: several series, none hidden (one series is named by the title, a bridge's bars
 * by their categories), as renderCharts.ts draws it in Excel.
 */
const hasLegend = (data: ChartData) => data.series.length > 1 && data.series.every((s) => s.hidden !== true);

/** The legend's entries laid out in rows within `width`: where each goes. */
function legendLayout(data: ChartData, width: number) {
  const entries: { name: string; x: number; row: number; color: string }[] = [];
  let x = 0;
  let row = 0;
  data.series.forEach((series, s) => {
    const name = labelLines(series.name, width - 16, FONT)[0];
    const needs = 14 + textWidth(name, FONT);
    if (x > 0 && x + needs > width) {
      x = 0;
      row += 1;
    }
    entries.push({ name, x, row, color: colorOf(data, s) });
    x += needs + 14;
  });
  return { entries, height: hasLegend(data) ? (row + 1) * LINE + 4 : 0 };
}

/** The legend under a plot (none for one series: the title names it). */
function Legend({ data, width, top }: { data: ChartData; width: number; top: number }) {
  const { entries } = legendLayout(data, width);
  if (!hasLegend(data)) return null;
  return (
    <g aria-label="legend">
      {entries.map((entry, s) => (
        <g key={s}>
          <rect x={entry.x} y={top + entry.row * LINE + 2} width={10} height={10} fill={entry.color} />
          <text
            x={entry.x + 14}
            y={top + entry.row * LINE + 7}
            fontSize={FONT}
            dominantBaseline="central"
            style={textStyle}
          >
            {entry.name}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * Horizontal bars, the first category on top: the category names in a column on the left (in two lines when
 * long), each value written at its bar's end in the chart's number format.
 * @example <BarPlot data={data} width={700} height={320} />
 */
export function BarPlot({ data, width, height }: PlotProps) {
  const legend = legendLayout(data, width);
  const names = data.categories.map((name) => labelLines(name, width * 0.34, FONT));
  const nameCol = Math.max(0, ...names.flat().map((line) => textWidth(line, FONT))) + 8;
  const texts = data.series.map((series) => series.values.map((v) => valueText(v, data.numberFormat)));
  const labelCol = Math.max(0, ...texts.flat().map((text) => textWidth(text, FONT))) + 6;
  const area = Math.max(width - nameCol - labelCol, 20);
  const rows = Math.max(data.categories.length, 1);
  const rowHeight = (height - legend.height) / rows;
  const thickness = Math.min(rowHeight * 0.72, 26);
  const each = thickness / Math.max(data.series.length, 1);
  const max = Math.max(0, ...data.series.flatMap((series) => series.values));
  const scale = (v: number) => (max > 0 ? (area * Math.max(v, 0)) / max : 0);
  return (
    <svg width={width} height={height} role="img" aria-label={data.title}>
      <line x1={nameCol} x2={nameCol} y1={0} y2={rows * rowHeight} stroke={tokens.colorNeutralStroke1} />
      {data.categories.map((_, i) => {
        const top = i * rowHeight + (rowHeight - thickness) / 2;
        const middle = i * rowHeight + rowHeight / 2;
        const lines = names[i];
        return (
          <g key={i}>
            <text
              x={nameCol - 6}
              y={middle - ((lines.length - 1) * (FONT + 1)) / 2}
              fontSize={FONT}
              textAnchor="end"
              dominantBaseline="central"
              style={textStyle}
            >
              {lines.map((line, k) => (
                <tspan key={k} x={nameCol - 6} dy={k === 0 ? 0 : FONT + 1}>
                  {line}
                </tspan>
              ))}
            </text>
            {data.series.map((series, s) => {
              const length = scale(series.values[i]);
              const y = top + s * each;
              return (
                <g key={s}>
                  <rect
                    x={nameCol}
                    y={y}
                    width={length}
                    height={Math.max(each - 1, 1)}
                    fill={colorOf(data, s, i)}
                  />
                  <text
                    x={nameCol + length + 4}
                    y={y + each / 2}
                    fontSize={FONT}
                    fontWeight={600}
                    dominantBaseline="central"
                    style={textStyle}
                  >
                    {texts[s][i]}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      <Legend data={data} width={width} top={height - legend.height + 2} />
    </svg>
  );
}

/** The lowest and highest point of each category's stack: negatives stack down from 0, the rest up. */
function stackExtents(data: ChartData): number[] {
  return data.categories.flatMap((_, i) => {
    let up = 0;
    let down = 0;
    for (const series of data.series) {
      const v = series.values[i] ?? 0;
      if (v < 0) down += v;
      else up += v;
    }
    return [down, up];
  });
}

/** Each series' segment of each category's column in a stacked chart: where it starts and ends. */
function stackSegments(data: ChartData): { from: number; to: number }[][] {
  const up = data.categories.map(() => 0);
  const down = data.categories.map(() => 0);
  return data.series.map((series) =>
    data.categories.map((_, i) => {
      const v = series.values[i] ?? 0;
      const base = v < 0 ? down[i] : up[i];
      if (v < 0) down[i] += v;
      else up[i] += v;
      return { from: base, to: base + v };
    }),
  );
}

/** Room for the value axis's tick labels, and the ticks, for a plot from `top` to `bottom`. */
function valueAxis(data: ChartData, values: readonly number[], top: number, bottom: number) {
  const ticks = niceTicks(
    Math.min(0, ...values),
    Math.max(0, ...values),
    Math.max(2, Math.floor((bottom - top) / 44)),
    smallestStep(data.numberFormat),
  );
  const texts = ticks.map((tick) => valueText(tick, data.numberFormat));
  return { ticks, texts, width: Math.max(...texts.map((text) => textWidth(text, FONT))) + 8 };
}

/**
 * Columns (kind "column", grouped; "stackedColumn", stacked, a hidden series drawn as nothing: the base a bridge's
 * steps float on) or lines (kind "line") over the categories, on a value axis with round ticks in the chart's
 * number format; every category labelled under the plot — wrapped, or turned 45° where they would overlap
 * (categoryLabels.ts); each value over its column when the chart asks for data labels and they fit.
 * @example <CartesianPlot data={data} width={700} height={320} />
 */
export function CartesianPlot({ data, width, height }: PlotProps) {
  const legend = legendLayout(data, width);
  const stacked = data.kind === "stackedColumn";
  const values = stacked ? stackExtents(data) : data.series.flatMap((series) => series.values);
  const labelsOnTop = data.dataLabels === true && data.kind === "column";
  const top = labelsOnTop ? LINE + 2 : 8;
  const count = Math.max(data.categories.length, 1);
  const room = height - legend.height - 4;
  const labelsIn = (axis: number) =>
    categoryLabels(
      data.categories,
      Math.max(width - axis - 4, 20) / count,
      axis + Math.max(width - axis - 4, 20) / count / 2,
      FONT,
      LINE,
      Math.max(LINE, room * 0.4),
    );
  const first = labelsIn(valueAxis(data, values, top, room - LINE).width);
  const bottom = room - first.height;
  const { ticks, texts: tickTexts, width: axis } = valueAxis(data, values, top, bottom);
  const labels = labelsIn(axis);
  const plotWidth = Math.max(width - axis - 4, 20);
  const [low, high] = [ticks[0], ticks[ticks.length - 1]];
  const y = (v: number) => bottom - ((v - low) / (high - low || 1)) * (bottom - top);
  const slot = plotWidth / count;
  const centre = (i: number) => axis + slot * (i + 0.5);
  const group = slot * 0.7;
  const bar = stacked ? group : group / Math.max(data.series.length, 1);
  const segments = stacked ? stackSegments(data) : [];
  return (
    <svg width={width} height={height} role="img" aria-label={data.title}>
      {ticks.map((tick, k) => (
        <g key={k}>
          <line
            x1={axis}
            x2={axis + plotWidth}
            y1={y(tick)}
            y2={y(tick)}
            stroke={tokens.colorNeutralStroke2}
          />
          <text
            x={axis - 6}
            y={y(tick)}
            fontSize={FONT}
            textAnchor="end"
            dominantBaseline="central"
            style={quiet}
          >
            {tickTexts[k]}
          </text>
        </g>
      ))}
      <g aria-label="categories" data-labels={labels.mode}>
        {data.categories.map((category, i) => {
          const lines = labels.lines[i];
          if (labels.mode === "turned") {
            const at = `${centre(i)},${bottom + 6}`;
            return (
              <text
                key={i}
                x={centre(i)}
                y={bottom + 6}
                fontSize={FONT}
                textAnchor="end"
                dominantBaseline="hanging"
                transform={`rotate(-45 ${at})`}
                style={quiet}
              >
                <title>{category}</title>
                <tspan>{lines[0]}</tspan>
              </text>
            );
          }
          return (
            <text
              key={i}
              x={centre(i)}
              y={bottom + 4 + LINE / 2}
              fontSize={FONT}
              textAnchor="middle"
              dominantBaseline="central"
              style={quiet}
            >
              <title>{category}</title>
              {lines.map((line, k) => (
                <tspan key={k} x={centre(i)} dy={k === 0 ? 0 : LINE}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
      {data.kind === "line"
        ? data.series.map((series, s) => (
            <g key={s}>
              <polyline
                points={series.values.map((v, i) => `${centre(i)},${y(v)}`).join(" ")}
                fill="none"
                stroke={colorOf(data, s)}
                strokeWidth={2}
              />
              {series.values.map((v, i) => (
                <circle key={i} cx={centre(i)} cy={y(v)} r={2.5} fill={colorOf(data, s)} />
              ))}
            </g>
          ))
        : data.series.map((series, s) =>
            series.values.map((v, i) => {
              if (stacked && series.hidden === true) return null;
              const x = stacked ? centre(i) - group / 2 : centre(i) - group / 2 + s * bar;
              const [from, to] = stacked ? [segments[s][i].from, segments[s][i].to] : [0, v];
              const label = valueText(v, data.numberFormat);
              const fits = labelsOnTop && data.series.length === 1 && textWidth(label, FONT) <= slot;
              return (
                <g key={`${s}-${i}`}>
                  <rect
                    x={x}
                    y={Math.min(y(to), y(from))}
                    width={Math.max(bar - 1, 1)}
                    height={Math.abs(y(from) - y(to))}
                    fill={colorOf(data, s, i)}
                    data-series={series.name}
                  />
                  {fits && (
                    <text
                      x={centre(i)}
                      y={y(v) - 8}
                      fontSize={FONT}
                      textAnchor="middle"
                      dominantBaseline="central"
                      style={textStyle}
                    >
                      {label}
                    </text>
                  )}
                </g>
              );
            }),
          )}
      <Legend data={data} width={width} top={height - legend.height + 2} />
    </svg>
  );
}
