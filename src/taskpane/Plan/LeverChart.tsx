/**
 * "Which stage to fix first" as one chart: for each stage, ranked (the lever adding most first), two bars — the
 * expected won amount the period gains from +N points of conversion, and from N fewer days in stage — each with its
 * amount beside it; the stages Pipeline health names its bottleneck marked ◆. Drawn as SVG sized to the pane
 * (320–450 px), every label placed where it fits (a name column of at most two lines, a value column kept free), so
 * no text leaves the frame. In a `figure` named by its caption.
 */
import { tokens, useId } from "@fluentui/react-components";
import { rampColors } from "../../core/reports";
import { useLanguage } from "../language/LanguageContext";
import { labelLines, textWidth } from "../PipelineHealth/FunnelMiniChart";
import type { LeverBar } from "./planDisplay";
import { usePlanStyles } from "./Plan.styles";
import { useContainerWidth } from "../shared/useContainerWidth";

/** Props of {@link LeverChart}. */
export interface LeverChartProps {
  readonly bars: readonly LeverBar[];
  /** The two bars' names (the legend): the conversion lever, then the time lever. */
  readonly series: readonly [string, string];
  /** The caption: what the chart shows. */
  readonly caption: string;
  /** What to say instead of a chart of nothing (every gain 0). */
  readonly emptyText: string;
  /** The line under the chart naming Pipeline health's bottleneck, when it names one. */
  readonly bottleneckText?: string;
  /** Width in pixels; by default the width the pane gives the chart. */
  readonly width?: number;
}

const FONT = { name: 12, value: 11, legend: 11 } as const;
const BAR = 11;
const ROW = 2 * BAR + 2 + 10;
const LEGEND_LINE = 16;
/** The marker of a stage Pipeline health names its bottleneck. */
export const BOTTLENECK_MARK = "◆";

/**
 * The levers' chart.
 * @example <LeverChart bars={leverBars(levers, health, "en")} series={["+5 pts conversion", "7 fewer days"]} caption="…" emptyText="…" />
 */
export function LeverChart({ bars, series, caption, emptyText, bottleneckText, width }: LeverChartProps) {
  const styles = usePlanStyles();
  const { inScript } = useLanguage();
  const captionId = useId("lever-caption");
  const measured = useContainerWidth(300);
  const empty = bars.every((bar) => bar.conversionGain <= 0 && bar.timeGain <= 0);
  return (
    <figure ref={measured.ref} className={styles.chart} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.chartCaption}>
        {inScript(caption)}
      </figcaption>
      {empty ? (
        <p className={styles.note}>{inScript(emptyText)}</p>
      ) : (
        <LeverBars bars={bars} series={series} width={width ?? measured.width} label={inScript(caption)} />
      )}
      {bottleneckText !== undefined && (
        <p className={styles.note}>{`${BOTTLENECK_MARK} ${inScript(bottleneckText)}`}</p>
      )}
    </figure>
  );
}

/** The bars themselves, as SVG `width` px wide. */
function LeverBars({
  bars,
  series,
  width,
  label,
}: {
  bars: readonly LeverBar[];
  series: readonly [string, string];
  width: number;
  label: string;
}) {
  const { inScript } = useLanguage();
  const [conversionColor, timeColor] = rampColors(2);
  const names = bars.map((bar) =>
    labelLines(
      `${bar.rank}. ${inScript(bar.stage)}${bar.bottleneck ? ` ${BOTTLENECK_MARK}` : ""}`,
      width * 0.4,
      FONT.name,
    ),
  );
  const nameCol = Math.max(0, ...names.flat().map((line) => textWidth(line, FONT.name))) + 8;
  const valueCol =
    Math.max(
      0,
      ...bars.flatMap((bar) => [bar.conversionText, bar.timeText].map((t) => textWidth(t, FONT.value))),
    ) + 6;
  const area = Math.max(width - nameCol - valueCol, 24);
  const max = Math.max(1, ...bars.flatMap((bar) => [bar.conversionGain, bar.timeGain]));
  const legend = series.map((name) => labelLines(inScript(name), width - 18, FONT.legend)[0]);
  const top = legend.length * LEGEND_LINE + 4;
  const height = top + ROW * bars.length;
  const text = { fontFamily: tokens.fontFamilyBase, fill: tokens.colorNeutralForeground1 };
  const barWidth = (gain: number) => (gain > 0 ? Math.max((area * gain) / max, 1) : 0);
  return (
    <svg width={width} height={height} role="img" aria-label={label} style={{ display: "block" }}>
      {legend.map((line, i) => (
        <g key={i}>
          <rect
            x={0}
            y={i * LEGEND_LINE + 3}
            width={10}
            height={10}
            fill={i === 0 ? conversionColor : timeColor}
          />
          <text x={16} y={i * LEGEND_LINE + 8} fontSize={FONT.legend} dominantBaseline="central" style={text}>
            {line}
          </text>
        </g>
      ))}
      {bars.map((bar, i) => {
        const y = top + i * ROW;
        const lines = names[i];
        const middle = y + BAR + 1;
        const entries = [
          { gain: bar.conversionGain, text: bar.conversionText, color: conversionColor, y },
          { gain: bar.timeGain, text: bar.timeText, color: timeColor, y: y + BAR + 2 },
        ];
        return (
          <g key={i}>
            <text
              x={0}
              y={middle - ((lines.length - 1) * (FONT.name + 1)) / 2}
              fontSize={FONT.name}
              fontWeight={bar.bottleneck ? 600 : 400}
              dominantBaseline="central"
              style={text}
            >
              {lines.map((line, k) => (
                <tspan key={k} x={0} dy={k === 0 ? 0 : FONT.name + 1}>
                  {line}
                </tspan>
              ))}
            </text>
            {entries.map((entry, k) => (
              <g key={k}>
                <rect
                  x={nameCol}
                  y={entry.y}
                  width={barWidth(entry.gain)}
                  height={BAR}
                  rx={1}
                  fill={entry.color}
                />
                <text
                  x={nameCol + barWidth(entry.gain) + 4}
                  y={entry.y + BAR / 2}
                  fontSize={FONT.value}
                  dominantBaseline="central"
                  style={{ ...text, fill: tokens.colorNeutralForeground2 }}
                >
                  {entry.text}
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
