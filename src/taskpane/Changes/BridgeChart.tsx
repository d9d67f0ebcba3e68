/**
 * The pipeline bridge as a waterfall: one row per step — the start total, each movement floating from the running
 * level (up in green, down in red), the end total — its name on the left (at most two lines), its amount on the
 * right, drawn as SVG sized to the pane (320–450 px) so no label leaves the frame. In a `figure` named by its
 * caption. Loaded lazily by the Changes view.
 */
import { tokens, useId } from "@fluentui/react-components";
import { useChangesStyles } from "./Changes.styles";
import type { BridgeStep } from "./changesDisplay";
import { labelLines, textWidth } from "../PipelineHealth/FunnelMiniChart";
import { useContainerWidth } from "../shared/useContainerWidth";

/** Props of {@link BridgeChart}. */
export interface BridgeChartProps {
  readonly steps: readonly BridgeStep[];
  readonly caption: string;
  /** Width in pixels; by default the width the pane gives the chart. */
  readonly width?: number;
}

const FONT = 11;
const ROW = 26;
const BAR = 14;

const COLORS: Record<BridgeStep["kind"], string> = {
  total: tokens.colorBrandBackground,
  up: tokens.colorPaletteGreenBackground3,
  down: tokens.colorPaletteRedBackground3,
};

/**
 * The bridge's waterfall.
 * @example <BridgeChart steps={bridgeSteps(bridge, "en")} caption="Pipeline bridge" />
 */
export function BridgeChart({ steps, caption, width }: BridgeChartProps) {
  const styles = useChangesStyles();
  const captionId = useId("bridge-caption");
  const measured = useContainerWidth(300);
  const w = width ?? measured.width;
  const names = steps.map((step) => labelLines(step.label, w * 0.34, FONT));
  const nameCol = Math.max(0, ...names.flat().map((line) => textWidth(line, FONT))) + 6;
  const valueCol = Math.max(0, ...steps.map((step) => textWidth(step.text, FONT))) + 6;
  const area = Math.max(w - nameCol - valueCol, 24);
  const levels = steps.flatMap((step) => [step.from, step.to]);
  const low = Math.min(0, ...levels);
  const high = Math.max(1, ...levels);
  const x = (value: number) => nameCol + ((value - low) / (high - low)) * area;
  const text = { fontFamily: tokens.fontFamilyBase, fill: tokens.colorNeutralForeground1 };
  return (
    <figure ref={measured.ref} className={styles.chart} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.chartCaption}>
        {caption}
      </figcaption>
      <svg width={w} height={steps.length * ROW} role="img" aria-label={caption} className={styles.svg}>
        {steps.map((step, i) => {
          const y = i * ROW;
          const left = x(Math.min(step.from, step.to));
          const right = x(Math.max(step.from, step.to));
          const lines = names[i];
          return (
            <g key={`${i}-${step.label}`}>
              <text
                x={0}
                y={y + ROW / 2 - ((lines.length - 1) * (FONT + 1)) / 2}
                fontSize={FONT}
                fontWeight={step.kind === "total" ? 600 : 400}
                dominantBaseline="central"
                style={text}
              >
                {lines.map((line, k) => (
                  <tspan key={k} x={0} dy={k === 0 ? 0 : FONT + 1}>
                    {line}
                  </tspan>
                ))}
              </text>
              <rect
                x={left}
                y={y + (ROW - BAR) / 2}
                width={Math.max(right - left, 1)}
                height={BAR}
                fill={COLORS[step.kind]}
              />
              <text
                x={w - 2}
                y={y + ROW / 2}
                fontSize={FONT}
                textAnchor="end"
                dominantBaseline="central"
                style={text}
              >
                {step.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
