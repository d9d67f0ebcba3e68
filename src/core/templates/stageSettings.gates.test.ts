import { enabledGateRules, GATE_RULES } from "../stages";
import { cellAt } from "../sheet/testing/specQueries";
import { GATE_SWITCHES_RANGE } from "./stageSettings";
import { buildStageSettings } from "./stageSettings";

describe.each(["zh", "en"] as const)("the stage settings' gate switches in %s", (language) => {
  const spec = buildStageSettings({ language });
  const switches = GATE_RULES.map((_, i) =>
    cellAt(spec, GATE_SWITCHES_RANGE.row + i, GATE_SWITCHES_RANGE.col),
  );

  it("start with every rule on, as inputs with a 是/否 dropdown", () => {
    expect(switches.every((cell) => cell?.input === true)).toBe(true);
    expect(enabledGateRules(switches.map((cell) => cell?.value)).size).toBe(GATE_RULES.length);
    expect(spec.validations).toContainEqual(
      expect.objectContaining({ range: GATE_SWITCHES_RANGE, kind: "list" }),
    );
  });

  it("name each switch with its rule's workbook name, beside the rule and its source in the deck", () => {
    GATE_RULES.forEach((rule, i) => {
      const named = spec.names!.find((n) => n.name === rule.settingName)!;
      expect(named.range).toEqual({ ...GATE_SWITCHES_RANGE, row: GATE_SWITCHES_RANGE.row + i, rows: 1 });
      const text = String(cellAt(spec, named.range.row, named.range.col + 1)?.value);
      expect(text).toContain(rule.name[language]);
      expect(text).toContain(rule.source[language]);
    });
  });
});
