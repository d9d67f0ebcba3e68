/**
 * The Fluent theme that matches Office's theme: dark when Office paints the pane's body dark.
 * Takes the theme as plain data so it is testable and the components never read Office globals.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The part of `Office.context.officeTheme` the choice needs. */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
}

/**
 * The relative luminance (0 black … 1 white) of a `#rgb` or `#rrggbb` colour; undefined for anything else.
 * Tested surface: exported for its tests.
 * @example luminanceOf("#ffffff") // 1
 */
export function luminanceOf(color: string): number | undefined {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (hex === undefined) return undefined;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(full.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Below this luminance white text contrasts better than black (the WCAG crossover, ≈ 0.179). */
const DARK_BELOW = 0.179;

/**
 * webDarkTheme when Office's body background is dark, else webLightTheme (also when Office gives no theme).
 * @example themeForOffice({ bodyBackgroundColor: "#262626" }) === webDarkTheme // true
 */
export function themeForOffice(officeTheme: OfficeThemeColors | undefined | null): Theme {
  const luminance = luminanceOf(officeTheme?.bodyBackgroundColor ?? "");
  return luminance !== undefined && luminance < DARK_BELOW ? webDarkTheme : webLightTheme;
}
