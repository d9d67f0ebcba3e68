/**
 * Headline figures as tiles, one per figure (a `group` named by its label, showing the figure and a line of
 * detail), in a region named by the caller. Presentational: views compute the figures' text.
 */
import { makeStyles, mergeClasses, tokens, typographyStyles, useId } from "@fluentui/react-components";
import { useLanguage } from "../language/LanguageContext";

/** One figure: a stable id, its label, the figure as text and an optional line of detail. */
export interface FigureText {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly detail?: string;
}

/** Props of {@link FigureTiles}. */
export interface FigureTilesProps {
  /** The region's accessible name. */
  readonly label: string;
  readonly figures: readonly FigureText[];
  /** Smaller tiles, for the figures below a view's headline. */
  readonly compact?: boolean;
}

const useStyles = makeStyles({
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingVerticalS,
    // Words and stage names (目标客户, Acknowledged) break between words, never inside one.
    wordBreak: "keep-all",
    overflowWrap: "break-word",
  },
  compactFigures: {
    gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))",
    gap: tokens.spacingVerticalXS,
  },
  compactFigure: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    boxShadow: "none",
  },
  compactValue: {
    ...typographyStyles.body1Strong,
  },
  figure: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  figureLabel: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  figureValue: {
    ...typographyStyles.subtitle2,
    color: tokens.colorBrandForeground1,
  },
  figureDetail: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
});

/**
 * The tiles.
 * @example <FigureTiles label={t("healthFiguresLabel")} figures={healthFigures(health, language)} />
 */
export function FigureTiles({ label, figures, compact = false }: FigureTilesProps) {
  const styles = useStyles();
  return (
    <section className={mergeClasses(styles.figures, compact && styles.compactFigures)} aria-label={label}>
      {figures.map((figure) => (
        <FigureTile key={figure.id} figure={figure} compact={compact} />
      ))}
    </section>
  );
}

function FigureTile({ figure, compact }: { figure: FigureText; compact: boolean }) {
  const styles = useStyles();
  const { inScript } = useLanguage();
  const labelId = useId("figure");
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      className={mergeClasses(styles.figure, compact && styles.compactFigure)}
    >
      <span id={labelId} className={styles.figureLabel}>
        {inScript(figure.label)}
      </span>
      <span className={mergeClasses(styles.figureValue, compact && styles.compactValue)}>
        {inScript(figure.value)}
      </span>
      {figure.detail !== undefined && <span className={styles.figureDetail}>{inScript(figure.detail)}</span>}
    </div>
  );
}
