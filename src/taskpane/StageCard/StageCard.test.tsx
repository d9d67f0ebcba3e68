/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fail, ok } from "../../core/kernel";
import { stageById } from "../../core/stages";
import type { WorkbookGateway } from "../../excel/gateway";
import { createFakeGateway } from "../testing/fakeGateway";
import { renderPane } from "../testing/renderPane";
import { StageCard } from "./StageCard";
import { actionsFormula, addressWithinSheet } from "./useStageCard";

const target = stageById("target");
const prospect = stageById("prospect");
const won = stageById("won");

describe("actionsFormula", () => {
  it("calls FUNNEL.ACTIONS with the stage id", () => {
    expect(actionsFormula("negotiation")).toBe('=FUNNEL.ACTIONS("negotiation")');
  });
});

describe("addressWithinSheet", () => {
  it("keeps an address without a sheet", () => {
    expect(addressWithinSheet("C7")).toBe("C7");
  });

  it("drops a sheet prefix, quoted or not", () => {
    expect(addressWithinSheet("Sheet1!C7")).toBe("C7");
    expect(addressWithinSheet("'Q3 pipeline'!C7")).toBe("C7");
  });
});

describe("StageCard", () => {
  it("shows a failed insert's message in the current language and overwrites nothing", async () => {
    const gateway = createFakeGateway({ activeAddress: "B2", cells: { B2: "Acme" } });
    renderPane(<StageCard stage={target} nextStage={prospect} />, { gateway, language: "zh" });

    await userEvent.click(screen.getByRole("button", { name: "将下一步动作插入所选单元格（目标客户）" }));

    const message = await screen.findByRole("group", { name: "未插入" });
    expect(message).toHaveTextContent("单元格 B2 不为空，请选择空白单元格。未做任何更改。");
    expect(gateway.cells.get("B2")).toBe("Acme");
  });

  it("shows a failure when the gateway rejects instead of resolving", async () => {
    const broken: WorkbookGateway = {
      ...createFakeGateway(),
      activeCell: () => Promise.reject(new Error("host gone")),
      insertFormulaAtActiveCell: () => Promise.reject(new Error("host gone")),
    };
    renderPane(<StageCard stage={target} nextStage={prospect} />, { gateway: broken, language: "en" });

    await userEvent.click(screen.getByRole("button", { name: /Insert next actions/ }));

    const message = await screen.findByRole("group", { name: "Not inserted" });
    expect(message).toHaveTextContent("Something went wrong unexpectedly: host gone");
  });

  it("inserts the stage's actions formula and says which cell received it", async () => {
    const gateway = createFakeGateway({ sheet: "Pipeline", activeAddress: "D4" });
    renderPane(<StageCard stage={prospect} nextStage={stageById("intent")} />, { gateway, language: "en" });

    await userEvent.click(
      screen.getByRole("button", { name: "Insert next actions into the selected cell (Prospect)" }),
    );

    expect(gateway.insertedFormulas).toEqual(['=FUNNEL.ACTIONS("prospect")']);
    const message = await screen.findByRole("group", { name: "Inserted" });
    expect(message).toHaveTextContent(
      'Inserted =FUNNEL.ACTIONS("prospect") into cell D4 of sheet “Pipeline”.',
    );
  });

  it("hides the message when dismissed", async () => {
    renderPane(<StageCard stage={target} nextStage={prospect} />, { language: "en" });
    await userEvent.click(screen.getByRole("button", { name: /Insert next actions/ }));
    const message = await screen.findByRole("group", { name: "Inserted" });

    await userEvent.click(within(message).getByRole("button", { name: "Dismiss" }));

    expect(screen.queryByRole("group", { name: "Inserted" })).not.toBeInTheDocument();
  });

  it("ignores a second click while an insert is under way", async () => {
    let finish: () => void = () => undefined;
    const calls: string[] = [];
    const slow: WorkbookGateway = {
      ...createFakeGateway(),
      activeCell: async () => ok({ sheet: "S", address: "A1", isEmpty: true }),
      insertFormulaAtActiveCell: (formula) => {
        calls.push(formula);
        return new Promise((resolve) => {
          finish = () => resolve(fail("VALUE", { zh: "慢", en: "slow" }));
        });
      },
    };
    renderPane(<StageCard stage={target} nextStage={prospect} />, { gateway: slow, language: "en" });
    const button = screen.getByRole("button", { name: /Insert next actions/ });

    await userEvent.click(button);
    expect(button).toHaveTextContent("Inserting…");
    await userEvent.click(button);
    finish();

    expect(await screen.findByRole("group", { name: "Not inserted" })).toHaveTextContent("slow");
    expect(calls).toHaveLength(1);
  });

  it("shows the stage's markers, characteristics, actions and default probability", () => {
    renderPane(<StageCard stage={prospect} nextStage={stageById("intent")} />, { language: "zh" });

    const card = screen.getByRole("article", { name: "潜在客户" });
    expect(within(card).getByRole("heading", { level: 3, name: "潜在客户" })).toBeInTheDocument();
    expect(card).toHaveTextContent("第 2 阶段");
    expect(card).toHaveTextContent("默认概率 10%");
    expect(within(card).getByRole("heading", { name: "标志（进入本阶段的依据）" })).toBeInTheDocument();
    expect(within(card).getByText("有销售机会")).toBeInTheDocument();
    expect(within(card).getByText("经济效益好")).toBeInTheDocument();
    expect(within(card).getByText("收集客户全貌信息")).toBeInTheDocument();
  });

  it("says the first stage has no characteristics", () => {
    renderPane(<StageCard stage={target} nextStage={prospect} />, { language: "en" });
    expect(screen.getByText("None")).toBeInTheDocument();
  });

  it("shows what evidence the next stage needs", () => {
    renderPane(<StageCard stage={stageById("intent")} nextStage={stageById("project")} />, {
      language: "en",
    });

    expect(screen.getByText("Next stage (Project approved) needs:")).toBeInTheDocument();
    expect(screen.getByText("A team is set up to follow up")).toBeInTheDocument();
  });

  it("reminds on the last stage that signing is not closing", () => {
    renderPane(<StageCard stage={won} />, { language: "zh" });
    expect(screen.getByText(/签约不等于成交/)).toBeInTheDocument();
  });
});
