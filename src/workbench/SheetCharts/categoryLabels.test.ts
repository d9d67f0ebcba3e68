import { textWidth } from "../../taskpane/PipelineHealth/FunnelMiniChart";
import { categoryLabels, wrapLabel } from "./categoryLabels";

const BRIDGE = [
  "Pipeline at start",
  "New",
  "Reopened",
  "Pulled in",
  "Amount up",
  "Amount down",
  "Amount not comparable",
  "Won",
  "Lost",
  "Removed",
  "Pushed out",
  "Pipeline at end",
];

describe("wrapLabel", () => {
  it("breaks a label at its spaces, and Chinese between any two characters", () => {
    expect(wrapLabel("Pipeline at start", 60, 11)).toEqual(["Pipeline", "at start"]);
    expect(wrapLabel("期初管线", 24, 11)).toEqual(["期初", "管线"]);
  });

  it("gives up on a word wider than the room, or more than three lines", () => {
    expect(wrapLabel("Shortlisted", 20, 11)).toBeUndefined();
    expect(wrapLabel("a b c d", 8, 11)).toBeUndefined();
  });
});

describe("categoryLabels", () => {
  it("writes every label on one line when they all fit", () => {
    const labels = categoryLabels(["New", "Won"], 80, 100, 11, 15, 100);
    expect(labels).toEqual({ mode: "flat", lines: [["New"], ["Won"]], height: 15 });
  });

  it("keeps every one of the bridge's long English labels, wrapped in its slot, none dropped", () => {
    const labels = categoryLabels(BRIDGE, 80, 80, 11, 15, 120);
    expect(labels.mode).toBe("flat");
    expect(labels.lines.map((lines) => lines.join(" "))).toEqual(BRIDGE);
    for (const line of labels.lines.flat()) expect(textWidth(line, 11)).toBeLessThanOrEqual(74);
  });

  it("turns the labels 45° where wrapping cannot fit them, shortening only what would leave the chart", () => {
    const labels = categoryLabels(BRIDGE, 24, 40, 11, 15, 70);
    expect(labels.mode).toBe("turned");
    expect(labels.lines).toHaveLength(BRIDGE.length);
    expect(labels.lines[1]).toEqual(["New"]);
    expect(labels.lines[6][0]).toMatch(/^Amount not.*…$/);
    expect(labels.height).toBeLessThanOrEqual(70);
  });
});
