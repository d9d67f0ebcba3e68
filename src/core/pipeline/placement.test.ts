import { DEFAULT_SCHEME, LOST_POSITION, positionAt } from "../stages";
import { isBlank, placementReader } from "./placement";

describe("isBlank", () => {
  it("is true for blank cells and dashes, false for values", () => {
    for (const cell of [null, undefined, "", "  ", "\u3000", "-", "—", "_"])
      expect([cell, isBlank(cell)]).toEqual([cell, true]);
    for (const cell of [0, false, "x", "谈判", "-5", "#N/A"])
      expect([cell, isBlank(cell)]).toEqual([cell, false]);
  });
});

describe("placementReader", () => {
  const place = placementReader(DEFAULT_SCHEME);

  it("places a row by its stage, outcome and stage of loss", () => {
    expect(place("谈判", "", "")).toEqual({ position: positionAt(DEFAULT_SCHEME, 5), lostAtIndex: null });
    expect(place("谈判", "lost", "")).toEqual({ position: LOST_POSITION, lostAtIndex: 5 });
    expect(place("丢单", "", "立项")).toEqual({ position: LOST_POSITION, lostAtIndex: 3 });
    expect(place("", "won", "")).toEqual({ position: positionAt(DEFAULT_SCHEME, 6), lostAtIndex: null });
  });

  it("shares its placements: reading a row allocates nothing", () => {
    expect(place("谈判", "", "")).toBe(place("Negotiation", null, null));
    expect(place("Foo", "", "")).toBe(place("Foo", "", ""));
  });

  it("says which cell stops a row from being placed", () => {
    expect(place("", "", "")).toMatchObject({ kind: "noStage" });
    expect(place("Foo", "", "")).toMatchObject({ kind: "stage" });
    expect(place("#N/A", "", "")).toMatchObject({ kind: "stage" });
    expect(place("谈判", "maybe", "")).toMatchObject({ kind: "outcome" });
    expect(place("丢单", "", "xyz")).toMatchObject({ kind: "lostAt" });
    expect(place("成交", "lost", "")).toMatchObject({ kind: "stage" });
  });
});
