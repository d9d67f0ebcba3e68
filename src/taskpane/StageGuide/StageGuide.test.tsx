/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DECK_STAGE_NAMES_ZH } from "../../core/stages/testing/deckStages";
import { renderPane } from "../testing/renderPane";
import { StageGuide } from "./StageGuide";

const stageHeadings = () => screen.queryAllByRole("heading", { level: 3 }).map((h) => h.textContent);
const stageCards = () => screen.queryAllByRole("article").map((card) => card.getAttribute("aria-labelledby"));

describe("StageGuide", () => {
  it("says clearly when no stage matches, and shows no stage", async () => {
    renderPane(<StageGuide />, { language: "en" });

    await userEvent.type(screen.getByRole("searchbox", { name: /Search stages/ }), "blockchain");

    expect(screen.getByRole("status")).toHaveTextContent(
      "No stage matches “blockchain”. Try another word, in English or Chinese.",
    );
    expect(stageCards()).toHaveLength(0);
  });

  it("shows no count while the search box is blank", async () => {
    renderPane(<StageGuide />, { language: "en" });
    await userEvent.type(screen.getByRole("searchbox"), "   ");
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
    expect(stageCards()).toHaveLength(7);
  });

  it("shows the seven stages in funnel order, then the lost outcome", () => {
    renderPane(<StageGuide />, { language: "zh" });

    expect(screen.getByRole("heading", { level: 2, name: "销售漏斗的七个阶段" })).toBeInTheDocument();
    expect(stageHeadings()).toEqual([...DECK_STAGE_NAMES_ZH, "另一种结局：丢单"]);
    expect(screen.getByText(/丢单的概率为 0%/)).toBeInTheDocument();
  });

  it("shows the stages in English", () => {
    renderPane(<StageGuide />, { language: "en" });
    expect(stageHeadings().slice(0, 7)).toEqual([
      "Target account",
      "Prospect",
      "Interested",
      "Project approved",
      "Shortlisted",
      "Negotiation",
      "Closed won",
    ]);
  });

  it("filters stages with a Chinese query, in the English pane too", async () => {
    renderPane(<StageGuide />, { language: "en" });

    await userEvent.type(screen.getByRole("searchbox"), "报价");

    expect(stageHeadings().slice(0, -1)).toEqual(["Shortlisted", "Negotiation"]);
    expect(screen.getByRole("status")).toHaveTextContent("Stages matching “报价”: 2 of 7");
  });

  it("filters stages with an English query, ignoring case, in the Chinese pane", async () => {
    renderPane(<StageGuide />, { language: "zh" });

    await userEvent.type(screen.getByRole("searchbox"), "BUDGET");

    expect(stageHeadings().slice(0, -1)).toEqual(["立项客户"]);
    expect(screen.getByRole("status")).toHaveTextContent("匹配“BUDGET”的阶段：1 / 7");
  });

  it("keeps showing what the next stage needs when only one stage matches", async () => {
    renderPane(<StageGuide />, { language: "en" });

    await userEvent.type(screen.getByRole("searchbox"), "third party");

    const card = screen.getByRole("article", { name: "Project approved" });
    expect(within(card).getByText("Next stage (Shortlisted) needs:")).toBeInTheDocument();
    expect(
      within(card).getByText("After the team's follow-up the customer basically approves"),
    ).toBeVisible();
  });

  it("shows every stage again when the search is cleared", async () => {
    renderPane(<StageGuide />, { language: "en" });
    const search = screen.getByRole("searchbox");
    await userEvent.type(search, "budget");
    expect(stageCards()).toHaveLength(1);

    await userEvent.clear(search);

    expect(stageCards()).toHaveLength(7);
  });

  it("offers one insert button per stage, and the stage's coaching after it, reachable by keyboard", async () => {
    renderPane(<StageGuide />, { language: "en" });
    const buttons = screen.getAllByRole("button", { name: /Insert next actions into the selected cell/ });
    expect(buttons).toHaveLength(7);

    await userEvent.click(screen.getByRole("searchbox"));
    await userEvent.tab();
    expect(buttons[0]).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByText("Finding target customers")).toHaveFocus();
    await userEvent.tab();
    expect(buttons[1]).toHaveFocus();
  });

  it("shows each stage's goal from the overview slide under its card", () => {
    renderPane(<StageGuide />, { language: "zh" });
    expect(
      screen.getByRole("heading", { level: 4, name: "本阶段目标：赢得客户初步认可" }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("heading", { level: 4, name: "本阶段目标：定位及挖掘目标客户" }),
    ).toBeInTheDocument();
  });

  it("links the executive checklist from the action it serves", () => {
    renderPane(<StageGuide />, { language: "zh" });
    const lists = screen.getAllByRole("list", { name: "动作与表格" });
    const texts = lists.flatMap((list) =>
      within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    );
    expect(texts).toContain("客户高层拜访，赢得其信任 → 赢得客户高层信任");
    expect(texts).toContain("拜访客户高层领导，赢得信任 → 赢得客户高层信任");
  });

  it("unfolds a coaching topic to show the deck's points", async () => {
    renderPane(<StageGuide />, { language: "en" });
    expect(screen.getByText("Nobody buys to fix a small problem, only a big one")).not.toBeVisible();

    await userEvent.click(screen.getByText("Reading the customer's intent to buy"));

    expect(screen.getByText("Nobody buys to fix a small problem, only a big one")).toBeVisible();
  });

  it("finds a stage by its coaching: FAB under intent, the relationship phases under project", async () => {
    renderPane(<StageGuide />, { language: "en" });
    const search = screen.getByRole("searchbox");

    await userEvent.type(search, "FAB");
    expect(stageHeadings().slice(0, -1)).toEqual(["Interested"]);

    await userEvent.clear(search);
    await userEvent.type(search, "关系防御期");
    expect(stageHeadings().slice(0, -1)).toEqual(["Project approved"]);
  });
});
