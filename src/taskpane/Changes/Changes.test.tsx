/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Language } from "../../core/kernel";
import { DEFAULT_SCHEME } from "../../core/stages";
import { createFakeGateway, type FakeTable } from "../testing/fakeGateway";
import { renderPane } from "../testing/renderPane";
import { stageSettingsTable } from "../testing/stageSettingsTable";
import { Changes } from "./Changes";

beforeEach(() => window.localStorage.clear());

/** 2025-06-30, the as-of date. */
const TODAY = () => new Date(2025, 5, 30, 9, 0);
const STAGES = DEFAULT_SCHEME.stages.map((stage) => stage.name.en);

const DEALS: FakeTable = {
  sheet: "CRM",
  header: [
    "Deal ID",
    "Opportunity",
    "Owner",
    "Stage",
    "Amount",
    "Created",
    "Expected close",
    "Stage entered",
  ],
  rows: Array.from({ length: 40 }, (_, i) => [
    `D-${100 + i}`,
    `Deal ${i}`,
    i % 2 === 0 ? "Ann" : "Bob",
    i % 11 === 10 ? DEFAULT_SCHEME.lostName.en : STAGES[i % 7],
    10_000 + 500 * i,
    45_650 + i,
    45_900 + 3 * i,
    45_760 + 2 * i,
  ]),
};

function setup(language: Language) {
  const gateway = createFakeGateway({ sheetData: { CRM: DEALS } });
  renderPane(<Changes today={TODAY} />, { gateway, language });
  return gateway;
}

async function readData(language: Language) {
  const picker = screen.getByRole("combobox", { name: language === "en" ? "Data" : "数据" });
  await screen.findByRole("option", { name: language === "en" ? "Sheet CRM" : "工作表 CRM" });
  await userEvent.selectOptions(picker, "sheet:CRM");
  await userEvent.click(screen.getByRole("button", { name: language === "en" ? "Read" : "读取" }));
}

function tableRows(name: string): string[][] {
  return within(screen.getByRole("table", { name }))
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent ?? ""),
    );
}

describe("Changes", () => {
  it("says when the workbook's stage list cannot be used, and that the seven stages are used instead", async () => {
    // A stage settings sheet whose last stage, the won one, is not at 100 %.
    const settings = stageSettingsTable([
      ["线索", 0.1, "", ""],
      ["方案", 0.5, "", ""],
    ]);
    const gateway = createFakeGateway({ sheetData: { CRM: DEALS, 阶段设置: settings } });
    renderPane(<Changes today={TODAY} />, { gateway, language: "en" });
    await readData("en");
    const warning = await screen.findByText("Compared with the seven-stage model");
    expect(warning.parentElement).toHaveTextContent(
      /^Compared with the seven-stage modelThe stage list on “阶段设置” cannot be used: .+ Until it is fixed, the snapshots are read and compared with the seven-stage model\.$/,
    );
  });

  it("says nothing of the stage list when the workbook has no stage settings sheet", async () => {
    setup("en");
    await readData("en");
    await screen.findByRole("button", { name: "Take a snapshot" });
    expect(screen.queryByText("Compared with the seven-stage model")).toBeNull();
  });

  it("takes a snapshot of the pipeline read into a new snapshot table, and says so", async () => {
    const gateway = setup("en");
    expect(await screen.findByText(/No snapshots yet/)).toBeInTheDocument();
    await readData("en");
    await userEvent.click(await screen.findByRole("button", { name: "Take a snapshot" }));

    expect(
      await screen.findByText("40 rows of 2025-06-30 written to “Pipeline snapshots”."),
    ).toBeInTheDocument();
    expect(gateway.importedTables.map((t) => [t.sheet, t.table, t.rows])).toEqual([
      ["Pipeline snapshots", "PipelineSnapshots", 40],
    ]);
    expect(await screen.findByText(/There is one snapshot so far \(2025-06-30\)/)).toBeInTheDocument();
  });

  it("asks for dated tables, not for a snapshot, when the user compares their own tables", async () => {
    setup("en");
    expect(await screen.findByText(/No snapshots yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("radio", { name: "My own snapshot tables or sheets" }));
    expect(
      await screen.findByText("Tick two or more dated tables or sheets above, then read them."),
    ).toBeInTheDocument();
    expect(screen.queryByText(/No snapshots yet/)).not.toBeInTheDocument();
  });

  it("asks before replacing a day already there, and replaces it only when the user confirms", async () => {
    const gateway = setup("zh");
    await readData("zh");
    await userEvent.click(await screen.findByRole("button", { name: "拍快照" }));
    await screen.findByText(/已在“管线快照”写入 40 行/);
    await userEvent.click(screen.getByRole("button", { name: "拍快照" }));

    expect(await screen.findByText("这一天已有快照")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "取消" }));
    expect((await gateway.readTable({ kind: "table", name: "管线快照" })).ok).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: "拍快照" }));
    await userEvent.click(await screen.findByRole("button", { name: "替换" }));

    expect(await screen.findByText("已替换 2025-06-30 的快照：删除 40 行，写入 40 行。")).toBeInTheDocument();
    const history = await gateway.readTable({ kind: "table", name: "管线快照" });
    expect(history.ok && history.value.rows).toHaveLength(40);
  });

  it("adds sample snapshots and compares the two latest by default: the bridge, lists and win probabilities", async () => {
    setup("en");
    await readData("en");
    await userEvent.click(await screen.findByRole("button", { name: "Add sample snapshots" }));

    expect(
      await screen.findByText(/4 sample snapshots added \(2025-04-01 to 2025-06-30\)/),
    ).toBeInTheDocument();
    expect(await screen.findByRole("combobox", { name: "Snapshot B (later)" })).toHaveDisplayValue(
      /^2025-06-30/,
    );
    expect(screen.getByRole("combobox", { name: "Snapshot A (earlier)" })).toHaveDisplayValue(/^2025-05-31/);
    const bridge = tableRows("Pipeline bridge");
    expect(bridge[0][0]).toBe("Pipeline at start");
    expect(bridge.at(-1)?.[0]).toBe("Pipeline at end");
    expect(await screen.findByRole("img", { name: /Pipeline bridge: start/ })).toBeInTheDocument();
    expect(tableRows("Win probabilities from observed moves").map((row) => row[0])).toEqual(
      STAGES.slice(0, 6),
    );
  });

  it("writes the Pipeline changes report with a live FUNNEL.BRIDGE", async () => {
    const gateway = setup("en");
    await readData("en");
    await userEvent.click(await screen.findByRole("button", { name: "Add sample snapshots" }));
    await userEvent.click(await screen.findByRole("button", { name: "Write the Pipeline changes report" }));

    expect(await screen.findByText("Written to “Pipeline changes”.")).toBeInTheDocument();
    const [report] = gateway.writtenReports;
    expect(report.kind).toBe("pipelineChanges");
    expect(
      report.spec.cells.some((cell) => cell.formula?.startsWith("=FUNNEL.BRIDGE(VSTACK(") === true),
    ).toBe(true);
  });
});
