/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Language } from "../../core/kernel";
import { createFakeGateway, type FakeTable } from "../testing/fakeGateway";
import { renderPane } from "../testing/renderPane";
import { Plan } from "./Plan";
import { TEAM, TODAY } from "./testing/teamTable";

// Confirmed column mappings are remembered in localStorage: each test starts with none.
beforeEach(() => window.localStorage.clear());

function setup(language: Language, table: FakeTable = TEAM) {
  const gateway = createFakeGateway({ sheetData: { CRM: table } });
  renderPane(<Plan today={TODAY} />, { gateway, language });
  return gateway;
}

async function readData(language: Language) {
  const picker = screen.getByRole("combobox", { name: language === "en" ? "Data" : "数据" });
  await screen.findByRole("option", { name: language === "en" ? "Sheet CRM" : "工作表 CRM" });
  await userEvent.selectOptions(picker, "sheet:CRM");
  await userEvent.click(screen.getByRole("button", { name: language === "en" ? "Read" : "读取" }));
}

async function planFor(language: Language, target: string) {
  setup(language);
  await readData(language);
  await userEvent.type(
    await screen.findByRole("textbox", { name: language === "en" ? "Target amount" : "目标金额" }),
    target,
  );
}

/** The reverse funnel's rows as shown: stage, needed, have, gap, amount. */
function funnelRows(name: string): string[][] {
  const table = screen.getByRole("table", { name });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent ?? ""),
    );
}

describe("Plan", () => {
  it("asks for a target, with the next quarter chosen, before it plans", async () => {
    setup("en");
    await readData("en");

    expect(await screen.findByText("Enter a target amount to see the plan.")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Period" })).toHaveValue("2025-Q3");
    expect(screen.queryByRole("table", { name: "Reverse funnel" })).not.toBeInTheDocument();
  });

  it("shows the reverse funnel of the target: deals needed, deals now, gap and amount per open stage", async () => {
    await planFor("en", "3000");

    expect(await screen.findByRole("table", { name: "Reverse funnel" })).toBeInTheDocument();
    expect(funnelRows("Reverse funnel")).toEqual([
      ["Target account", "120", "4", "116", "18,000"],
      ["Prospect", "100", "0", "100", "15,000"],
      ["Interested", "100", "0", "100", "15,000"],
      ["Project approved", "50", "0", "50", "7,500"],
      ["Shortlisted", "50", "0", "50", "7,500"],
      ["Negotiation", "50", "2", "48", "7,500"],
    ]);
    expect(
      screen.getByText(
        "This plan uses the win rates, average won deal and days to close measured on your closed deals.",
      ),
    ).toBeInTheDocument();
  });

  it("says how many new deals to create each month and the last day to create them", async () => {
    await planFor("en", "3000");

    const months = await screen.findByRole("region", { name: "New deals to create each month" });
    expect(
      within(months)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["2025-06: 4 deals, 600", "2025-07: 106 deals, 15,900", "2025-08: 3 deals, 450"]);
    expect(
      within(months).getByText("Create new deals by 2025-08-01 for them to close within the period."),
    ).toBeInTheDocument();
  });

  it("says the target is not an amount, and plans nothing until it is", async () => {
    await planFor("en", "soon");

    expect(screen.getByText("Enter an amount, such as 1,200,000.")).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Reverse funnel" })).not.toBeInTheDocument();
  });

  it("plans each owner with an even split of the target, saying whose rates", async () => {
    await planFor("en", "3000");
    await userEvent.click(screen.getByRole("radio", { name: "Even split" }));

    const owners = await screen.findByRole("table", { name: "By owner" });
    const rows = within(owners)
      .getAllByRole("row")
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      );
    expect(rows.map((row) => [row[0], row[1], row[3]])).toEqual([
      ["Ann", "1,500", "own (8)"],
      ["Bob", "1,500", "team's (10)"],
    ]);
  });

  it("plans only the owners given a quota, each for their own", async () => {
    await planFor("en", "3000");
    await userEvent.click(screen.getByRole("radio", { name: "Per owner" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Quota of Bob" }), "900");

    const owners = await screen.findByRole("table", { name: "By owner" });
    const rows = within(owners).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getAllByRole("cell")[0].textContent)).toEqual(["Bob"]);
    expect(within(rows[0]).getAllByRole("cell")[1]).toHaveTextContent("900");
  });

  it("ranks which stage to fix first in one chart, beside Pipeline health's bottleneck", async () => {
    await planFor("zh", "3000");

    const levers = await screen.findByRole("region", { name: "先改进哪个阶段" });
    expect(within(levers).getByRole("figure", { name: "各阶段改进后的预期成交增加" })).toBeInTheDocument();
    expect(within(levers).getByText(/^先改进：/)).toBeInTheDocument();
    expect(within(levers).getByText(/管线健康指出的瓶颈：/)).toBeInTheDocument();
  });

  it("writes the sales-plan sheet as a report of its own kind, live from the target cell", async () => {
    const gateway = setup("en");
    await readData("en");
    await userEvent.type(await screen.findByRole("textbox", { name: "Target amount" }), "3000");
    await userEvent.click(screen.getByRole("button", { name: "Write the sales plan sheet" }));

    expect(await screen.findByRole("group", { name: "Sales plan sheet written" })).toHaveTextContent(
      "Written to the sheet “Sales plan”: edit its target or a quota and the plan recomputes.",
    );
    expect(gateway.writtenReports.map((report) => [report.kind, report.sheet])).toEqual([
      ["salesPlan", "Sales plan"],
    ]);
    const formulas = gateway.writtenReports[0].spec.cells.flatMap((cell) =>
      cell.formula ? [cell.formula] : [],
    );
    expect(formulas.some((formula) => formula.startsWith("=FUNNEL.PLAN($B$8,"))).toBe(true);
  });

  it("uses the stage settings' probabilities when asked, and says so", async () => {
    await planFor("en", "3000");
    await userEvent.click(screen.getByRole("radio", { name: "The stage settings' probabilities" }));

    expect(
      await screen.findByText(
        "This plan uses the stage probabilities of the seven-stage model (the average won deal and days to close still come from your closed deals).",
      ),
    ).toBeInTheDocument();
    // 3000 ÷ 150 = 20 won deals ÷ the target stage's 5%.
    expect(funnelRows("Reverse funnel")[0].slice(0, 2)).toEqual(["Target account", "400"]);
  });
});
