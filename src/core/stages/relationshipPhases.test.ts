import { RELATIONSHIP_PHASES, relationshipPhaseByName } from "./relationshipPhases";

describe("RELATIONSHIP_PHASES", () => {
  it("has the deck's four phases in order, breakthrough to defence", () => {
    expect(RELATIONSHIP_PHASES.map((phase) => phase.name.zh)).toEqual([
      "关系突破期",
      "关系巩固期",
      "关系收获期",
      "关系防御期",
    ]);
  });

  it("describes each phase and says what to do in it, in both languages", () => {
    for (const phase of RELATIONSHIP_PHASES) {
      expect(phase.description.length).toBeGreaterThan(0);
      expect(phase.actions.length).toBeGreaterThan(0);
      for (const text of [...phase.description, ...phase.actions]) {
        expect(text.zh.trim()).not.toBe("");
        expect(text.en).not.toMatch(/\p{Script=Han}/u);
      }
    }
    expect(RELATIONSHIP_PHASES[0].description[0].zh).toBe("整个客户关系发展中最困难的阶段");
    expect(RELATIONSHIP_PHASES[0].actions.at(-1)?.zh).toBe("设法获得第一笔销售");
  });
});

describe("relationshipPhaseByName", () => {
  it("finds a phase by its Chinese or English name, ignoring case and spaces", () => {
    expect(relationshipPhaseByName("关系防御期")?.id).toBe("defence");
    expect(relationshipPhaseByName("  harvest ")?.id).toBe("harvest");
  });

  it("answers undefined for a name that is not a phase", () => {
    expect(relationshipPhaseByName("关系成长期")).toBeUndefined();
  });
});
