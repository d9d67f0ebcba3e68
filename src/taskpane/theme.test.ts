import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { luminanceOf, themeForOffice } from "./theme";

describe("luminanceOf", () => {
  it("has no luminance for a text that is not a hex colour", () => {
    expect(luminanceOf("")).toBeUndefined();
    expect(luminanceOf("dark")).toBeUndefined();
    expect(luminanceOf("#12345")).toBeUndefined();
  });

  it("measures black, white and short forms", () => {
    expect(luminanceOf("#000000")).toBe(0);
    expect(luminanceOf("#FFF")).toBeCloseTo(1);
    expect(luminanceOf("808080")).toBeCloseTo(0.2159, 3);
  });
});

describe("themeForOffice", () => {
  it("falls back to the light theme without a usable Office theme", () => {
    expect(themeForOffice(undefined)).toBe(webLightTheme);
    expect(themeForOffice(null)).toBe(webLightTheme);
    expect(themeForOffice({})).toBe(webLightTheme);
    expect(themeForOffice({ bodyBackgroundColor: "not a colour" })).toBe(webLightTheme);
  });

  it("chooses the dark theme for Office's dark backgrounds", () => {
    expect(themeForOffice({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(themeForOffice({ bodyBackgroundColor: "#000000" })).toBe(webDarkTheme);
    expect(themeForOffice({ bodyBackgroundColor: "#444444" })).toBe(webDarkTheme);
  });

  it("chooses the light theme for Office's light and colourful backgrounds", () => {
    expect(themeForOffice({ bodyBackgroundColor: "#FFFFFF" })).toBe(webLightTheme);
    expect(themeForOffice({ bodyBackgroundColor: "#E6E6E6" })).toBe(webLightTheme);
  });
});
