import { tokens } from "@fluentui/react-components";
import { INPUT_FILL } from "../core/sheet";
import { lookStyle } from "./cellLook";

describe("lookStyle", () => {
  it("is empty for a cell without a look, or a plain one", () => {
    expect(lookStyle(undefined)).toEqual({});
    expect(lookStyle({ style: {}, input: false })).toEqual({});
  });

  it("shows an input in the input fill unless its style has a fill", () => {
    expect(lookStyle({ style: {}, input: true })).toEqual({ backgroundColor: INPUT_FILL });
    expect(lookStyle({ style: { fill: "#E2EFDA" }, input: true }).backgroundColor).toBe("#E2EFDA");
  });

  it("draws fonts, colours, alignment and borders", () => {
    expect(
      lookStyle({
        style: {
          bold: true,
          italic: true,
          fontSize: 22,
          fontColor: "#FFFFFF",
          horizontal: "center",
          border: "medium",
        },
        input: false,
      }),
    ).toEqual({
      fontWeight: 700,
      fontStyle: "italic",
      fontSize: "26px",
      color: "#FFFFFF",
      textAlign: "center",
      borderRight: `2px solid ${tokens.colorNeutralStrokeAccessible}`,
      borderBottom: `2px solid ${tokens.colorNeutralStrokeAccessible}`,
    });
  });

  it("wraps text and places it vertically, at the bottom unless told otherwise", () => {
    expect(lookStyle({ style: { wrap: true, vertical: "top" }, input: false })).toMatchObject({
      whiteSpace: "pre-wrap",
      display: "flex",
      justifyContent: "flex-start",
    });
    expect(lookStyle({ style: {}, input: false }, true)).toMatchObject({ justifyContent: "flex-end" });
    expect(lookStyle({ style: { vertical: "center" }, input: false })).not.toHaveProperty("display");
  });
});
