import { CLOSING_CAUTIONS, coachingOf, NEGOTIATION_TACTICS, STAGE_COACHING } from "./coaching";
import { STAGES } from "./stages";

const everyTopic = STAGES.flatMap((stage) => coachingOf(stage.id).topics);

describe("STAGE_COACHING", () => {
  it("has coaching for each of the seven stages", () => {
    expect(Object.keys(STAGE_COACHING).sort()).toEqual(STAGES.map((stage) => stage.id).sort());
  });

  it("links a template only from an action the stage really has", () => {
    for (const stage of STAGES) {
      for (const form of coachingOf(stage.id).actionForms) {
        expect(stage.actions.map((action) => action.zh)).toContain(form.action);
      }
    }
  });

  it("links the executive checklist from both executive actions", () => {
    expect(coachingOf("acknowledged").actionForms).toContainEqual({
      action: "客户高层拜访，赢得其信任",
      template: "executiveTrust",
    });
    expect(coachingOf("project").actionForms).toContainEqual({
      action: "拜访客户高层领导，赢得信任",
      template: "executiveTrust",
    });
  });

  it("gives every topic a title and points in both languages, the English without Chinese", () => {
    for (const topic of everyTopic) {
      expect(topic.items.length).toBeGreaterThan(0);
      for (const text of [topic.title, ...topic.note, ...topic.items]) {
        expect(text.zh.trim()).not.toBe("");
        expect(text.en.trim()).not.toBe("");
        expect(text.en).not.toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it("names each topic once", () => {
    const ids = everyTopic.map((topic) => topic.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("coaches the relationship phases under 立项, negotiation tactics under 谈判, the watch-outs under 成交", () => {
    expect(coachingOf("project").topics.map((topic) => topic.title.zh)).toEqual([
      "客户关系发展阶段：关系突破期",
      "客户关系发展阶段：关系巩固期",
      "客户关系发展阶段：关系收获期",
      "客户关系发展阶段：关系防御期",
    ]);
    expect(coachingOf("negotiation").topics).toEqual([NEGOTIATION_TACTICS]);
    expect(coachingOf("won").topics).toEqual([CLOSING_CAUTIONS]);
    expect(CLOSING_CAUTIONS.items.map((item) => item.zh)).toContain(
      "签署合同不代表成交，合同送审过程仍然需要跟踪",
    );
  });
});
