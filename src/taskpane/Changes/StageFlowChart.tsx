/**
 * The flow of stage moves from snapshot A (left) to snapshot B (right), drawn as SVG sized to the pane (320–450 px):
 * each node's bar with its name and deals beside it (at most two lines, never cut), a band from each node at A to
 * each node at B its deals moved to, coloured by where they went (won green, lost red); each band says its move on
 * hover. In a `figure` named by its caption; the same figures are in the table beside it. Loaded lazily by the
 * Changes view.
 *
 * Not Fluent's SankeyChart (@fluentui/react-charts 9.3.25): it draws every node 124 px wide (a fixed NODE_WIDTH)
 * with its name inside, so two columns overlap in a 320 px pane, and it drops the name of a node under 24 px tall.
 */
import { tokens, useId } from "@fluentui/react-components";
import { useMemo } from "react";
import { useLanguage } from "../language/LanguageContext";
import { useContainerWidth } from "../shared/useContainerWidth";
import { useChangesStyles } from "./Changes.styles";
import { FLOW_FONT, type FlowData, flowLayout, type FlowTone } from "./stageFlowDisplay";

/** Props of {@link StageFlowChart}. */
export interface StageFlowChartProps {
  readonly data: FlowData;
  readonly caption: string;
  /** Width in pixels; by default the width the pane gives the chart. */
  readonly width?: number;
}

const NODE_COLORS: Record<FlowTone, string> = {
  stage: tokens.colorBrandBackground,
  won: tokens.colorPaletteGreenBackground3,
  lost: tokens.colorPaletteRedBackground3,
  other: tokens.colorNeutralStrokeAccessible,
};

const BAND_COLORS: Record<FlowTone, string> = {
  stage: tokens.colorBrandBackground2Hover,
  won: tokens.colorPaletteGreenBackground2,
  lost: tokens.colorPaletteRedBackground2,
  other: tokens.colorNeutralBackground5,
};

/**
 * The flow diagram of stage moves.
 * @example <StageFlowChart data={flowData(changes.moves.sankey, "en")} caption="From snapshot A (left) to B (right)" />
 */
export function StageFlowChart({ data, caption, width }: StageFlowChartProps) {
  const styles = useChangesStyles();
  const { t } = useLanguage();
  const captionId = useId("flow-caption");
  const measured = useContainerWidth(300);
  const w = width ?? measured.width;
  const layout = useMemo(() => flowLayout(data, w), [data, w]);
  const names = new Map(data.nodes.map((node) => [node.id, node]));
  const text = { fontFamily: tokens.fontFamilyBase, fill: tokens.colorNeutralForeground1 };
  return (
    <figure ref={measured.ref} className={styles.chart} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.chartCaption}>
        {caption}
      </figcaption>
      <svg width={w} height={layout.height} role="img" aria-label={caption} className={styles.svg}>
        {layout.links.map((link) => {
          const to = names.get(link.target);
          return (
            <path
              key={`${link.source}>${link.target}`}
              d={link.path}
              fill={BAND_COLORS[to?.tone ?? "stage"]}
              fillOpacity={0.85}
              stroke={tokens.colorNeutralBackground1}
              strokeWidth={0.5}
            >
              <title>
                {t("changesFlowBand", {
                  from: names.get(link.source)?.name ?? "",
                  to: to?.name ?? "",
                  count: link.deals,
                })}
              </title>
            </path>
          );
        })}
        {layout.nodes.map((node) => (
          <g key={node.id}>
            <rect x={node.x} y={node.y} width={8} height={node.height} fill={NODE_COLORS[node.tone]} />
            <text
              x={node.textX}
              y={node.y + 1}
              fontSize={FLOW_FONT}
              textAnchor={node.anchor}
              dominantBaseline="hanging"
              style={text}
            >
              {node.lines.map((line, k) => (
                <tspan key={k} x={node.textX} dy={k === 0 ? 0 : FLOW_FONT + 2}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
