/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Language } from "../../core/kernel";
import { REVIEW_BOARD_KIND } from "../../core/reviews";
import { EVALUATION_NAMES } from "../../core/templates";
import { createFakeGateway } from "../testing/fakeGateway";
import { renderPane } from "../testing/renderPane";
import { DealReviews } from "./DealReviews";
import { answer, REVIEW_PIPELINE, REVIEW_TODAY } from "./testing/reviewWorkbook";

beforeEach(() => window.localStorage.clear());

const TEXT = {
  en: {
    data: "Data",
    sheet: "Sheet CRM",
    read: "Read",
    evaluate: "Evaluate this deal",
    form: "Evaluation form",
    build: "Build / update review board",
  },
  zh: {
    data: "数据",
    sheet: "工作表 CRM",
    read: "读取",
    evaluate: "评估这个商机",
    form: "评估表",
    build: "生成/更新评估汇总",
  },
} as const;

async function setup(language: Language, activeAddress = "A3") {
  const gateway = createFakeGateway({ sheet: "CRM", activeAddress, sheetData: { CRM: REVIEW_PIPELINE } });
  renderPane(<DealReviews today={REVIEW_TODAY} />, { gateway, language });
  const text = TEXT[language];
  const picker = screen.getByRole("combobox", { name: text.data });
  await screen.findByRole("option", { name: text.sheet });
  await userEvent.selectOptions(picker, "sheet:CRM");
  await userEvent.click(screen.getByRole("button", { name: text.read }));
  await screen.findByRole("button", { name: text.evaluate });
  return gateway;
}

async function evaluate(language: Language, kind: string) {
  await userEvent.selectOptions(screen.getByRole("combobox", { name: TEXT[language].form }), kind);
  await userEvent.click(screen.getByRole("button", { name: TEXT[language].evaluate }));
}

describe("DealReviews", () => {
  it("starts the chosen evaluation sheet for the deal of the selected pipeline row, with its customer and owner", async () => {
    const gateway = await setup("en", "C3");
    await evaluate("en", "negotiationReadiness");

    expect(await screen.findByText(/was started for the deal D-2/)).toBeInTheDocument();
    const [created] = gateway.createdSheets;
    const cells = created.spec.cells.map((c) => String(c.value ?? ""));
    expect(cells).toEqual(expect.arrayContaining(["D-2", "腾讯", "李雷"]));
    expect(created.spec.names?.some((n) => n.name === EVALUATION_NAMES.identity && n.scope === "sheet")).toBe(
      true,
    );
  });

  it("says what to select when the selection is not in a deal's row, starting nothing", async () => {
    const gateway = await setup("zh", "A1");
    await evaluate("zh", "secondary");

    expect(await screen.findByText(/请先在管线表格中选中一个商机所在行/)).toBeInTheDocument();
    expect(gateway.createdSheets).toHaveLength(0);
  });

  it("builds the board, listing the sheets found and the deal in negotiation with 5 of 7 conditions as a gate failure", async () => {
    const gateway = await setup("en", "A3");
    await evaluate("en", "negotiationReadiness");
    await screen.findByText(/was started for the deal D-2/);
    const [{ sheet, spec }] = gateway.createdSheets;
    answer(gateway, sheet, spec, EVALUATION_NAMES.conditions, ["是", "是", "是", "是", "是", "否", "否"]);

    await userEvent.click(screen.getByRole("button", { name: TEXT.en.build }));

    expect(await screen.findByText(/The review board was written/)).toBeInTheDocument();
    expect(gateway.writtenReports.map((r) => r.kind)).toEqual([REVIEW_BOARD_KIND]);
    const found = screen.getByRole("region", { name: "1 evaluation sheet found" });
    expect(within(found).getByText(`${sheet} · D-2`)).toBeInTheDocument();
    const gates = screen.getByRole("region", { name: "Stage not supported by evidence" });
    expect(within(gates).getByText("D-2")).toBeInTheDocument();
    expect(within(gates).getByText(/5 of 7 conditions met; missing:/)).toBeInTheDocument();
  });

  it("lists a sheet whose identity was edited as not recognised, with the reason, in Chinese", async () => {
    const gateway = await setup("zh", "A2");
    await evaluate("zh", "stageCheck");
    await screen.findByText(/已为商机 D-1 生成/);
    const [{ sheet, spec }] = gateway.createdSheets;
    const { range } = spec.names!.find((n) => n.name === EVALUATION_NAMES.identity)!;
    const cells = gateway.contents.get(sheet) as Map<string, string>;
    cells.set(`${String.fromCharCode(65 + range.col)}${range.row + 1}`, "edited");

    await userEvent.click(screen.getByRole("button", { name: TEXT.zh.build }));

    const unrecognised = await screen.findByRole("region", { name: "无法识别的评估表" });
    expect(within(unrecognised).getByText(new RegExp(`${sheet}.*标识已损坏`))).toBeInTheDocument();
    expect(screen.getByText(/工作簿中还没有评估表/)).toBeInTheDocument();
  });

  it("never changes an evaluation sheet or the pipeline table when it builds the board", async () => {
    const gateway = await setup("en", "A3");
    await evaluate("en", "secondary");
    await screen.findByText(/was started for the deal D-2/);
    const before = new Map([...gateway.contents].map(([name, cells]) => [name, new Map(cells)]));

    await userEvent.click(screen.getByRole("button", { name: TEXT.en.build }));
    await screen.findByText(/The review board was written/);

    const board = gateway.writtenReports[0].sheet;
    for (const [name, cells] of before) if (name !== board) expect(gateway.contents.get(name)).toEqual(cells);
  });
});
