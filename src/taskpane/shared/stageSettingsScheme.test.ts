import type { Language } from "../../core/kernel";
import { templateById } from "../../core/templates";
import type { TableData } from "../../excel/gateway";
import { schemeFromSettings, stageSettingsSheet } from "./stageSettingsScheme";
import { usedRange } from "../testing/specTable";

const settings = (language: Language) => templateById("stageSettings")!.build({ language });

describe("stageSettingsSheet", () => {
  it("finds nothing in a workbook without the settings, nor in a numbered copy's name", () => {
    expect(stageSettingsSheet([])).toBeUndefined();
    expect(stageSettingsSheet(["Sheet1", "阶段设置 (2)"])).toBeUndefined();
  });

  it("finds the settings in either language, as the workbook spells the name", () => {
    expect(stageSettingsSheet(["Sheet1", "阶段设置"])).toBe("阶段设置");
    expect(stageSettingsSheet(["STAGE SETTINGS", "Sheet1"])).toBe("STAGE SETTINGS");
  });
});

describe("schemeFromSettings", () => {
  it("fails, naming the sheet, when the stage list is broken", () => {
    const table = usedRange(settings("en"));
    const broken: TableData = { ...table, rows: table.rows.map((row) => row.map(() => "")) };
    const scheme = schemeFromSettings(broken);
    expect(scheme.ok).toBe(false);
    if (!scheme.ok)
      expect(scheme.error.message.en).toMatch(/^The stage list on “Stage settings” cannot be used: /);
  });

  it.each<Language>(["zh", "en"])("reads the seven stages and their probabilities in %s", (language) => {
    const scheme = schemeFromSettings(usedRange(settings(language)));
    expect(scheme.ok).toBe(true);
    if (!scheme.ok) return;
    expect(scheme.value.stages.map((s) => s.probability)).toEqual([0.05, 0.1, 0.2, 0.35, 0.55, 0.75, 1]);
    expect(scheme.value.resolve(language === "zh" ? "谈判客户" : "Negotiation")).toEqual({
      ok: true,
      value: { kind: "open", index: 5 },
    });
  });

  it("reads a renamed stage where the user typed it, wherever the used range starts", () => {
    const table = usedRange(settings("en"));
    const rows = table.rows.map((row) => [...row]);
    const negotiation = rows.findIndex((row) => row[0] === "Negotiation");
    rows[negotiation][0] = "Contract talks";
    // A used range that starts on the second row (the title row left blank).
    const shifted: TableData = { ...table, headerRow: 1, header: rows[0] as string[], rows: rows.slice(1) };
    const scheme = schemeFromSettings(shifted);
    expect(scheme.ok && scheme.value.resolve("contract talks")).toEqual({
      ok: true,
      value: { kind: "open", index: 5 },
    });
  });
});
