/**
 * The in-pane funnel chart: how many deals reached each stage, as bands whose widths are the counts, each band
 * labelled with its stage, its count and — between it and the next — the conversion to the next stage; the stages
 * in one colour ramp, the won stage green. Drawn as SVG sized to the pane (320–450 px), every label placed where it
 * fits: a name column, a count inside its band or beside it, a conversion column. In a `figure` named by its
 * caption. {@link FunnelBands} also draws the workbench's funnel charts, so both read alike.
 */
import { tokens, useId } from "@fluentui/react-components";
import type { PipelineHealth } from "../../core/health";
import { CHART_NOTES } from "../../core/reports";
import { useLanguage } from "../language/LanguageContext";
import { funnelPoints, funnelTitle } from "./healthFigures";
import { usePipelineHealthStyles } from "./PipelineHealth.styles";
import { useContainerWidth } from "../shared/useContainerWidth";

/** Props of {@link FunnelMiniChart}. */
export interface FunnelMiniChartProps {
  readonly health: PipelineHealth;
  /** Width in pixels; by default the width the pane gives the chart. */
  readonly width?: number;
}

/**
 * How wide `text` is drawn at `size` px, estimated generously (a wide sans-serif), so a label placed by it fits.
 * @example textWidth("成交客户", 12) // 48
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x2e80) em += 1;
    else if (/[0-9]/.test(char)) em += 0.64;
    else if (/[A-Z%]/.test(char)) em += 0.76;
    else if (/[a-z]/.test(char)) em += 0.62;
    else if (/[ .,:;'!|il]/.test(char)) em += 0.34;
    else em += 0.7;
  }
  return Math.ceil(em * size);
}

/**
 * A label in at most two lines of at most `room` px at `size` px: broken at spaces, the rest shortened with "…".
 * @example labelLines("Project established", 80, 12) // ["Project", "established"]
 */
export function labelLines(text: string, room: number, size: number): string[] {
  const shorten = (line: string) => {
    if (textWidth(line, size) <= room) return line;
    let cut = line;
    while (cut.length > 1 && textWidth(`${cut}…`, size) > room) cut = cut.slice(0, -1);
    return `${cut}…`;
  };
  if (textWidth(text, size) <= room) return [text];
  const words = text.split(" ");
  let first = words[0];
  let k = 1;
  while (k < words.length && textWidth(`${first} ${words[k]}`, size) <= room)
    first = `${first} ${words[k++]}`;
  const rest = words.slice(k).join(" ");
  return rest === "" ? [shorten(first)] : [shorten(first), shorten(rest)];
}

/**
 * Dark or white text, whichever reads on `fill` ("#RRGGBB").
 * @example textOn("#1F4E79") // "#FFFFFF"
 */
export function textOn(fill: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16) / 255);
  return 0.299 * r + 0.587 * g + 0.114 * b > 0.6 ? "#242424" : "#FFFFFF";
}

/** One band of a funnel: its stage, its value as a number and as shown, its colour, the conversion to the next. */
export interface FunnelBand {
  readonly stage: string;
  readonly value: number;
  readonly valueText: string;
  readonly color: string;
  /** The conversion to the next stage as shown ("70.6%"); none for the last stage or a stage nobody reached. */
  readonly conversionText?: string;
}

/** Props of {@link FunnelBands}. */
export interface FunnelBandsProps {
  readonly bands: readonly FunnelBand[];
  readonly width: number;
  /** The height to fill; by default what the bands need. */
  readonly height?: number;
  /** The funnel's name (for a screen reader). */
  readonly label: string;
  /** The line under the bands saying what the percentages are; none: no line. */
  readonly keyText?: string;
}

const FONT = { name: 12, value: 12, conversion: 11 } as const;
const GAP = 6;
const KEY = 20;

/**
 * A funnel drawn as centred bands, each as wide as its value: the stage names in a column on the left, each count
 * inside its band (or beside it when the band is too narrow), each conversion to the next stage in a column on the
 * right between the two bands, and the key under them. Each band is an option named "stage, count." for a screen
 * reader.
 * @example <FunnelBands bands={bands} width={300} label="Deals reached by stage" keyText="↓ Conversion to the next stage" />
 */
export function FunnelBands({ bands, width, height, label, keyText }: FunnelBandsProps) {
  const names = bands.map((band) => labelLines(band.stage, width * 0.36, FONT.name));
  const nameCol = Math.max(0, ...names.flat().map((line) => textWidth(line, FONT.name))) + 8;
  const conversionCol =
    Math.max(0, ...bands.map((band) => textWidth(`↓ ${band.conversionText ?? ""}`, FONT.conversion))) + 6;
  const area = Math.max(width - nameCol - conversionCol, 24);
  const key = keyText === undefined ? 0 : KEY;
  const fitted = height === undefined ? 34 : (height - key) / Math.max(bands.length, 1);
  const rowHeight = Math.max(Math.min(fitted, 44), 26);
  const bandHeight = rowHeight - GAP;
  const max = Math.max(1, ...bands.map((band) => band.value));
  const centre = nameCol + area / 2;
  const drawnHeight = rowHeight * bands.length + key;
  const text = { fontFamily: tokens.fontFamilyBase, fill: tokens.colorNeutralForeground1 };
  return (
    <svg width={width} height={drawnHeight} role="group" aria-label={label} style={{ display: "block" }}>
      <g role="listbox" aria-label={label}>
        {bands.map((band, i) => {
          const top = i * rowHeight;
          const middle = top + bandHeight / 2;
          const bandWidth = band.value > 0 ? Math.max((area * band.value) / max, 2) : 0;
          const valueWidth = textWidth(band.valueText, FONT.value);
          const inside = valueWidth + 8 <= bandWidth;
          const besideRight = centre + bandWidth / 2 + 4;
          const valueX = inside
            ? centre
            : besideRight + valueWidth <= nameCol + area
              ? besideRight
              : centre - bandWidth / 2 - 4;
          const anchor = inside ? "middle" : valueX === besideRight ? "start" : "end";
          const lines = names[i];
          return (
            <g key={i}>
              <rect
                role="option"
                aria-selected={false}
                aria-label={`${band.stage}, ${band.valueText}.`}
                x={centre - bandWidth / 2}
                y={top}
                width={bandWidth}
                height={bandHeight}
                rx={2}
                fill={band.color}
              />
              <text
                x={0}
                y={middle - ((lines.length - 1) * (FONT.name + 1)) / 2}
                fontSize={FONT.name}
                dominantBaseline="central"
                style={text}
                aria-hidden
              >
                {lines.map((line, k) => (
                  <tspan key={k} x={0} dy={k === 0 ? 0 : FONT.name + 1}>
                    {line}
                  </tspan>
                ))}
                {lines.join(" ") !== band.stage && <title>{band.stage}</title>}
              </text>
              <text
                x={valueX}
                y={middle}
                fontSize={FONT.value}
                fontWeight={600}
                textAnchor={anchor}
                dominantBaseline="central"
                style={inside ? { ...text, fill: textOn(band.color) } : text}
                aria-hidden
              >
                {band.valueText}
              </text>
              {band.conversionText !== undefined && i < bands.length - 1 && (
                <text
                  x={width - 2}
                  y={top + rowHeight - GAP / 2}
                  fontSize={FONT.conversion}
                  textAnchor="end"
                  dominantBaseline="central"
                  style={{ ...text, fill: tokens.colorNeutralForeground2 }}
                >
                  {`↓ ${band.conversionText}`}
                </text>
              )}
            </g>
          );
        })}
      </g>
      {keyText !== undefined && (
        <text
          x={0}
          y={rowHeight * bands.length + KEY / 2}
          fontSize={FONT.conversion}
          dominantBaseline="central"
          style={{ ...text, fill: tokens.colorNeutralForeground2 }}
        >
          {labelLines(keyText, width, FONT.conversion)[0]}
        </text>
      )}
    </svg>
  );
}

/**
 * The funnel of deals reached by stage, as wide as the pane; a note in its place when no deal reached a stage.
 * @example <FunnelMiniChart health={health} />
 */
export function FunnelMiniChart({ health, width }: FunnelMiniChartProps) {
  const styles = usePipelineHealthStyles();
  const { language, inScript } = useLanguage();
  const captionId = useId("funnel-caption");
  const measured = useContainerWidth(300);
  const bands = funnelPoints(health, language).map((point) => ({
    ...point,
    stage: inScript(point.stage),
  }));
  const empty = bands.every((band) => band.value === 0);
  return (
    <figure ref={measured.ref} className={styles.chart} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.chartCaption}>
        {inScript(funnelTitle(language))}
      </figcaption>
      {empty ? (
        <p>{inScript(CHART_NOTES.reached[language])}</p>
      ) : (
        <FunnelBands
          bands={bands}
          width={width ?? measured.width}
          label={inScript(funnelTitle(language))}
          keyText={inScript(CHART_NOTES.funnelKey[language])}
        />
      )}
    </figure>
  );
}
