import { DEFAULT_SCHEME, LOST_POSITION, positionAt } from "../stages";
import { placementReader } from "./placement";

describe("placementReader", () => {
  const place = placementReader(DEFAULT_SCHEME);

  it("places a row by its stage, outcome and stage of loss", () => {
    expect(place("谈判", "", "")).toEqual({
      position: positionAt(DEFAULT_SCHEME, 5),
      lostAtIndex: null,
    });
    expect(place("谈判", "lost", "")).toEqual({
      position: LOST_POSITION,
      lostAtIndex: 5,
    });
    expect(place("丢单", "", "立项")).toEqual({
      position: LOST_POSITION,
      lostAtIndex: 3,
    });
    expect(place("", "won", "")).toEqual({
      position: positionAt(DEFAULT_SCHEME, 6),
      lostAtIndex: null,
    });
  });

  it("reads a placeholder dash in any of the three cells as a blank cell", () => {
    expect(place("-", "—", "_")).toMatchObject({ kind: "noStage" });
    expect(place("谈判", "－", "")).toBe(place("谈判", "", ""));
    expect(place("谈判", "lost", "--")).toEqual({
      position: LOST_POSITION,
      lostAtIndex: 5,
    });
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
