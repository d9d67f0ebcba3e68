/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Language } from "../../core/kernel";
import { createFakeGateway, type FakeTable } from "../testing/fakeGateway";
import { renderPane } from "../testing/renderPane";
import { Forecast } from "./Forecast";
import { DEALS } from "./testing/forecastTable";

const TODAY = () => new Date(2025, 5, 30, 9, 0);

// Confirmed column mappings are remembered in localStorage: each test starts with none.
beforeEach(() => window.localStorage.clear());

function setup(language: Language, table: FakeTable = DEALS) {
  const gateway = createFakeGateway({ sheetData: { CRM: table } });
  renderPane(<Forecast today={TODAY} />, { gateway, language });
  return gateway;
}

async function readData(language: Language) {
  const picker = screen.getByRole("combobox", { name: language === "en" ? "Data" : "数据" });
  await screen.findByRole("option", { name: language === "en" ? "Sheet CRM" : "工作表 CRM" });
  await userEvent.selectOptions(picker, "sheet:CRM");
  await userEvent.click(screen.getByRole("button", { name: language === "en" ? "Read" : "读取" }));
}

/** Renders the view, reads the data and waits for the forecast figures. */
async function showFigures(language: Language) {
  setup(language);
  await readData(language);
  await screen.findByRole("region", { name: language === "en" ? "Forecast figures" : "预测数字" });
}

async function chooseQuarter(language: Language, quarter: string) {
  const name = language === "en" ? "Quarter (by expected close date)" : "季度（按预计成交日期）";
  await userEvent.selectOptions(screen.getByRole("combobox", { name }), quarter);
}

const figure = (name: string) => screen.getByRole("group", { name });

describe("Forecast", () => {
  it("shows why the data could not be read, and no figures", async () => {
    const gateway = setup("en");
    gateway.failNextRead({ zh: "该工作表是空的。", en: "The sheet is empty." });

    await readData("en");

    expect(await screen.findByRole("group", { name: "Not read" })).toHaveTextContent("The sheet is empty.");
    expect(screen.queryByRole("region", { name: "Forecast figures" })).not.toBeInTheDocument();
  });

  it("asks for the amount and close date columns when the headers name none", async () => {
    setup("en", { ...DEALS, header: ["Opportunity", "Stage", "Col3", "Col4", "Lost at"] });
    await readData("en");

    expect(
      await screen.findByText(
        "The forecast needs the amount and expected close date columns: choose them under “What each column means” below.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Forecast figures" })).not.toBeInTheDocument();
    // The mapping opens by itself, asking for what is missing.
    expect(screen.getByText("Choose the Amount column.")).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Amount" }), "Column C: Col3");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Expected close" }), "Column D: Col4");

    expect(await screen.findByRole("region", { name: "Forecast figures" })).toBeInTheDocument();
  });

  it("says the target is not an amount, and keeps no figures until it is", async () => {
    await showFigures("en");

    await userEvent.type(screen.getByRole("textbox", { name: "Target amount (optional)" }), "soon");

    expect(screen.getByText(/Enter an amount/)).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Forecast figures" })).not.toBeInTheDocument();
  });

  it("refuses a best-case stage after the commit stage", async () => {
    await showFigures("en");

    await userEvent.selectOptions(
      screen.getByRole("combobox", { name: "Best case: from this stage on" }),
      "6. Negotiation",
    );
    await userEvent.selectOptions(
      screen.getByRole("combobox", { name: "Commit: from this stage on" }),
      "4. Project approved",
    );

    expect(screen.getByText("The best-case stage cannot come after the commit stage.")).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Forecast figures" })).not.toBeInTheDocument();
  });

  it("forecasts the as-of date's quarter by default, with the won amount in it", async () => {
    await showFigures("en");
    expect(screen.getByRole("combobox", { name: "Quarter (by expected close date)" })).toHaveValue("2025-Q2");
    expect(figure("Won so far")).toHaveTextContent("100,000");
    expect(figure("Expected (weighted)")).toHaveTextContent("120,000");
  });

  it("forecasts the chosen quarter with its categories, range, chance of the target and coverage", async () => {
    await showFigures("en");

    await chooseQuarter("en", "2025-Q3");
    await userEvent.type(screen.getByRole("textbox", { name: "Target amount (optional)" }), "500000");

    expect(figure("Expected (weighted)")).toHaveTextContent("398,000");
    expect(figure("Commit")).toHaveTextContent("200,000");
    expect(figure("Best case")).toHaveTextContent("600,000");
    expect(figure("Pipeline")).toHaveTextContent("80,000");
    expect(figure("Chance of reaching the target")).toHaveTextContent("41.3%");
    expect(figure("Period coverage")).toHaveTextContent("1.36×");
    expect(figure("Weighted period coverage")).toHaveTextContent("0.8×");
    expect(figure("Pipeline coverage")).toHaveTextContent("1.56×");
    expect(figure("Weighted pipeline coverage")).toHaveTextContent("0.84×");
    expect(screen.getByText("Range computed by: Exact distribution")).toBeInTheDocument();
    // P10 … P90 of 200,000 @ 75 %, 400,000 @ 55 %, 80,000 @ 35 %: P10 = 0, P50 = 400,000, P90 = 680,000.
    expect(figure("Low (P10)")).toHaveTextContent("0");
    expect(figure("Median (P50)")).toHaveTextContent("400,000");
    expect(figure("High (P90)")).toHaveTextContent("680,000");
  });

  it("uses the measured win rates with the switch, and shows them beside the defaults", async () => {
    await showFigures("zh");
    await chooseQuarter("zh", "2025-Q3");

    await userEvent.click(screen.getByRole("switch", { name: "使用按我们已结束商机测得的概率" }));

    expect(figure("预期（加权）")).toHaveTextContent("453,333");
    const table = screen.getByRole("table", { name: "默认赢单概率与实际赢单率" });
    const negotiation = within(table).getByRole("row", { name: /谈判客户/ });
    expect(
      within(negotiation)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["谈判客户", "75%", "66.7%", "3", "66.7%"]);
  });

  it("warns that the measured rates rest on few closed deals, and falls back to the defaults when asked", async () => {
    await showFigures("en");
    await chooseQuarter("en", "2025-Q3");

    const table = screen.getByRole("table", { name: "Default win probability and measured win rate" });
    const section = table.closest("section") as HTMLElement;
    expect(within(section).getByText("Few closed deals")).toBeInTheDocument();
    expect(section).toHaveTextContent("Measured from fewer than 5 closed deals: Target account (3)");
    expect(section).toHaveTextContent("Negotiation (3)");

    expect(screen.queryByRole("switch", { name: /fewer than 5 closed deals/ })).not.toBeInTheDocument();
    await userEvent.click(
      screen.getByRole("switch", { name: "Use probabilities measured from our closed deals" }),
    );
    expect(figure("Expected (weighted)")).toHaveTextContent("453,333");

    await userEvent.click(
      screen.getByRole("switch", {
        name: "Keep the default for stages measured from fewer than 5 closed deals",
      }),
    );
    // Every stage rests on 3 closed deals: the forecast is back on the default ladder.
    expect(figure("Expected (weighted)")).toHaveTextContent("398,000");
    const negotiation = within(table).getByRole("row", { name: /Negotiation/ });
    expect(
      within(negotiation)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["Negotiation", "75%", "66.7%", "3", "75%"]);
  });

  it("leads with the quarter's expected amount, its P10–P90 range and the chance, the other figures below", async () => {
    await showFigures("en");
    await chooseQuarter("en", "2025-Q3");
    await userEvent.type(screen.getByRole("textbox", { name: "Target amount (optional)" }), "500000");

    const headline = screen.getByRole("region", { name: "Forecast figures" });
    expect(
      within(headline)
        .getAllByRole("group")
        .map((group) => group.firstChild?.textContent),
    ).toEqual(["Expected (weighted)", "Low (P10)", "High (P90)", "Chance of reaching the target"]);
    const details = screen.getByRole("region", { name: "More figures" });
    expect(within(details).getAllByRole("group")).toHaveLength(10);
    expect(within(details).queryByRole("group", { name: "Range computed by" })).not.toBeInTheDocument();
    // The headline comes first in the view, before the data and the settings.
    const data = screen.getByRole("combobox", { name: "Data" });
    expect(headline.compareDocumentPosition(data) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("says why a quarter with no deals has no figures, and offers the quarters that have some", async () => {
    await showFigures("zh");

    await chooseQuarter("zh", "2026-Q2");

    expect(screen.getByText("2026-Q2 没有商机")).toBeInTheDocument();
    expect(screen.getByText(/没有进行中商机预计在 2026-04-01 至 2026-06-30 之间成交/)).toHaveTextContent(
      "请选择另一个季度，或检查统计日期和“预计成交日期”列。",
    );
    expect(screen.queryByRole("region", { name: "预测数字" })).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "其他数字" })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "2025-Q3" }));

    expect(screen.getByRole("combobox", { name: "季度（按预计成交日期）" })).toHaveValue("2025-Q3");
    expect(figure("预期（加权）")).toHaveTextContent("398,000");
  });

  it("keeps the column mapping folded behind a one-line summary, and opens it on Edit", async () => {
    await showFigures("en");

    expect(screen.getByText("5 of 12 columns recognised")).toBeInTheDocument();
    expect(screen.queryByRole("combobox", { name: "Stage" })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Edit" }));

    expect(screen.getByRole("combobox", { name: "Stage" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Hide" })).toHaveAttribute("aria-expanded", "true");
  });

  it("heads the probability table with short words, explained under it", async () => {
    await showFigures("zh");
    const table = screen.getByRole("table", { name: "默认赢单概率与实际赢单率" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((c) => c.textContent),
    ).toEqual(["阶段", "默认", "实测", "已结束", "采用"]);
    expect(table).toHaveAccessibleDescription(/已结束：到达该阶段的已结束商机数/);
  });
});
