/** Styles of the Forecast view's own parts: panel headings and the default-vs-measured probability table. */
import { makeStyles, typographyStyles } from "@fluentui/react-components";

/**
 * Styles of the Forecast view, beyond what every view shares (`useViewStyles`): the table of default and
 * measured probabilities. Fluent tokens only, so both themes apply.
 */
export const useForecastStyles = makeStyles({
  panelHeading: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  tableWrap: {
    overflowX: "auto",
  },
  number: {
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
  },
});
