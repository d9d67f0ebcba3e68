import { WORKBENCH_STRINGS, workbenchText } from "./workbenchStrings";

describe("workbenchText", () => {
  it("leaves a placeholder without a value visible", () => {
    expect(workbenchText("gridLabel", "en")).toBe("Sheet {sheet}");
  });

  it("fills placeholders in the chosen language", () => {
    expect(workbenchText("cellEditorLabel", "zh", { address: "B2" })).toBe("编辑单元格 B2");
    expect(workbenchText("gridLabel", "en", { sheet: "Deals" })).toBe("Sheet Deals");
  });

  it("has every text in both languages, with the same placeholders", () => {
    for (const text of Object.values(WORKBENCH_STRINGS)) {
      expect(text.zh.trim()).not.toBe("");
      expect(text.en.trim()).not.toBe("");
      const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(names(text.zh)).toEqual(names(text.en));
    }
  });
});
