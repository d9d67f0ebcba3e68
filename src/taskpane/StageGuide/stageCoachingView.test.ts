import { coachingOf, stageById, STAGES } from "../../core/stages";
import { TEMPLATES } from "../../core/templates";
import { stageCoachingView } from "./stageCoachingView";

describe("stageCoachingView", () => {
  it("resolves every template and action a stage's coaching names", () => {
    for (const stage of STAGES) {
      const coaching = coachingOf(stage.id);
      const view = stageCoachingView(stage);
      expect(view.templates.map((template) => template.id)).toEqual(coaching.templates);
      expect(view.actionForms.map((form) => form.template.id)).toEqual(
        coaching.actionForms.map((form) => form.template),
      );
    }
  });

  it("places every deal form under a stage; the workbook-wide templates under none", () => {
    const placed = new Set(STAGES.flatMap((stage) => coachingOf(stage.id).templates));
    const unplaced = TEMPLATES.map((template) => template.id).filter((id) => !placed.has(id));
    expect(unplaced.sort()).toEqual(["pipeline", "stageCheck", "stageSettings"]);
  });

  it("gives the stage's goal and the closing checklist under 成交", () => {
    const won = stageCoachingView(stageById("won"));
    expect(won.goal.zh).toBe("完成销售成交");
    expect(won.templates.map((template) => template.id)).toEqual(["closing"]);
  });
});
