/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Language, Result } from "../../core/kernel";
import { analysePipeline } from "../../core/health";
import { buildHealthReport } from "../../core/reports";
import { DEFAULT_SCHEME } from "../../core/stages";
import { templateById } from "../../core/templates";
import type { TableData, WorkbookGateway } from "../../excel/gateway";
import { createFakeGateway, type FakeTable } from "../testing/fakeGateway";
import { renderPane } from "../testing/renderPane";
import { PipelineHealth } from "./PipelineHealth";
import { usedRange } from "../testing/specTable";
import { installStillResizeObserver } from "../testing/stillResizeObserver";

beforeAll(installStillResizeObserver);
// Confirmed column mappings are remembered in localStorage: each test starts with none.
beforeEach(() => window.localStorage.clear());

const TODAY = () => new Date(2025, 5, 30, 9, 0);
const AS_OF = 45838;

/** Six rows: two won, one lost, two open (one overdue) and one without a stage. */
const DEALS: FakeTable = {
  sheet: "CRM",
  header: ["Opportunity", "Stage", "Amount", "Owner", "Created", "Close Date"],
  rows: [
    ["A", "Won", 100000, "Zhang", 45600, 45650],
    ["B", "Won", 300000, "Wang", 45600, 45700],
    ["C", "Lost", 50000, "Zhang", 45600, 45620],
    ["D", "Negotiation", 200000, "Wang", 45700, 45900],
    ["E", "Intent", 100000, "Zhang", 45750, 45800],
    ["F", "", 10, "Wang", 45750, 45800],
  ],
};

const tableData = (table: FakeTable): TableData => ({
  sheet: table.sheet,
  headerRow: table.headerRow ?? 0,
  firstCol: table.firstCol ?? 0,
  header: table.header,
  rows: table.rows,
  dateSystem: 1900,
});

const TEXT = {
  en: {
    read: "Read",
    generate: "Generate report",
    done: "Report generated",
    stage: "Stage",
    amount: "Amount",
    mapping: "What each column means",
    edit: "Edit",
  },
  zh: {
    read: "读取",
    generate: "生成报告",
    done: "已生成报告",
    stage: "阶段",
    amount: "金额",
    mapping: "各列的含义",
    edit: "编辑",
  },
} as const;

function setup(
  language: Language,
  gateway: WorkbookGateway = createFakeGateway({ sheetData: { CRM: DEALS } }),
) {
  renderPane(<PipelineHealth today={TODAY} />, { gateway, language });
  return gateway;
}

async function readData(language: Language, source = "CRM") {
  const picker = screen.getByRole("combobox", {
    name: language === "en" ? "Data" : "数据",
  });
  await screen.findByRole("option", {
    name: language === "en" ? `Sheet ${source}` : `工作表 ${source}`,
  });
  await userEvent.selectOptions(picker, `sheet:${source}`);
  await userEvent.click(screen.getByRole("button", { name: TEXT[language].read }));
  await screen.findByRole("region", { name: TEXT[language].mapping });
}

/** Unfolds the column mapping behind its one-line summary. */
async function editMapping(language: Language) {
  await userEvent.click(screen.getByRole("button", { name: TEXT[language].edit }));
}

const figure = (name: string) => screen.getByRole("group", { name });

describe("PipelineHealth", () => {
  it("shows why the data could not be read, in the pane's language", async () => {
    const gateway = createFakeGateway({ sheetData: { CRM: DEALS } });
    gateway.failNextRead({ zh: "该工作表是空的。", en: "The sheet is empty." });
    setup("zh", gateway);
    const picker = screen.getByRole("combobox", { name: "数据" });
    await screen.findByRole("option", { name: "工作表 CRM" });
    await userEvent.selectOptions(picker, "sheet:CRM");

    await userEvent.click(screen.getByRole("button", { name: "读取" }));

    expect(await screen.findByRole("group", { name: "未读取" })).toHaveTextContent("该工作表是空的。");
    expect(screen.queryByRole("combobox", { name: "阶段" })).not.toBeInTheDocument();
  });

  it("shows why the report was not generated, and no figures", async () => {
    const gateway = setup("en") as ReturnType<typeof createFakeGateway>;
    await readData("en");
    gateway.failNextReport({ zh: "工作簿已满。", en: "The workbook is full." });

    await userEvent.click(screen.getByRole("button", { name: "Generate report" }));

    expect(await screen.findByRole("group", { name: "Report not generated" })).toHaveTextContent(
      "The workbook is full.",
    );
    expect(screen.queryByRole("region", { name: "Headline figures" })).not.toBeInTheDocument();
  });

  it("asks for the stage column when the headers name none, and generates once one is chosen", async () => {
    const unnamed: FakeTable = {
      ...DEALS,
      header: ["Col1", "Col2", "Col3", "Col4", "Col5", "Col6"],
    };
    setup("en", createFakeGateway({ sheetData: { CRM: unnamed } }));
    await readData("en");
    // The mapping opens by itself: the stage has no column.
    const generate = screen.getByRole("button", { name: "Generate report" });
    expect(screen.getByText("Choose the stage column.")).toBeInTheDocument();
    expect(generate).toHaveAttribute("aria-disabled", "true");

    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Stage" }), "Column B: Col2");

    expect(screen.queryByText("Choose the stage column.")).not.toBeInTheDocument();
    expect(generate).not.toHaveAttribute("aria-disabled", "true");
  });

  it("lists the tables, the sheets and the selection, leaving out the stage settings", async () => {
    const settings = templateById("stageSettings")!.build({
      language: "en",
    }).name;
    setup(
      "en",
      createFakeGateway({
        tables: { Deals: { ...DEALS, sheet: "CRM" } },
        otherSheets: [settings],
      }),
    );
    const picker = screen.getByRole("combobox", { name: "Data" });
    await screen.findByRole("option", { name: "Table Deals (CRM, 6 rows)" });
    expect(
      within(picker)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Table Deals (CRM, 6 rows)", "Sheet Sheet1", "Sheet CRM", "The current selection"]);
  });

  it("shows the progress of a long read", async () => {
    const fake = createFakeGateway({ sheetData: { CRM: DEALS } });
    let finish: () => void = () => undefined;
    const slow: WorkbookGateway = {
      ...fake,
      readTable: (source, onProgress) =>
        new Promise<Result<TableData>>((resolve) => {
          onProgress?.(500, 2000);
          finish = () => void fake.readTable(source, onProgress).then(resolve);
        }),
    };
    setup("en", slow);
    const picker = screen.getByRole("combobox", { name: "Data" });
    await screen.findByRole("option", { name: "Sheet CRM" });
    await userEvent.selectOptions(picker, "sheet:CRM");

    await userEvent.click(screen.getByRole("button", { name: "Read" }));

    const progress = await screen.findByRole("progressbar", {
      name: "Read 500 of 2,000 rows",
    });
    expect(progress).toHaveAttribute("aria-valuenow", "0.25");
    expect(screen.getByRole("button", { name: "Reading…" })).toHaveAttribute("aria-disabled", "true");
    await act(async () => finish());
    await screen.findByRole("region", { name: "What each column means" });
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("sums the mapping up in one line, folded, and opens it on Edit", async () => {
    setup("zh");
    await readData("zh");

    const mapping = screen.getByRole("region", { name: "各列的含义" });
    expect(mapping).toHaveTextContent("已识别 12 列中的 6 列");
    expect(screen.queryByRole("combobox", { name: "阶段" })).not.toBeInTheDocument();
    await editMapping("zh");

    expect(screen.getByRole("combobox", { name: "阶段" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "收起" }));
    expect(screen.queryByRole("combobox", { name: "阶段" })).not.toBeInTheDocument();
  });

  it("remembers the mapping the user confirmed for a table, and gives it again the next time it is read", async () => {
    const { unmount } = renderPane(<PipelineHealth today={TODAY} />, {
      gateway: createFakeGateway({ sheetData: { CRM: DEALS } }),
      language: "en",
    });
    await readData("en");
    await editMapping("en");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Owner" }), "(none)");
    unmount();

    setup("en");
    await readData("en");

    expect(screen.getByText("5 of 12 columns mapped as you last set them")).toBeInTheDocument();
    await editMapping("en");
    expect(screen.getByRole("combobox", { name: "Owner" })).toHaveValue("");
    expect(screen.getByRole("combobox", { name: "Stage" })).toHaveValue("1");
  });

  it("leads the view with the outcome and the figures once the report is generated", async () => {
    setup("en");
    await readData("en");

    await userEvent.click(screen.getByRole("button", { name: "Generate report" }));

    const outcome = await screen.findByRole("group", { name: "Report generated" });
    const figures = screen.getByRole("region", { name: "Headline figures" });
    const data = screen.getByRole("combobox", { name: "Data" });
    expect(outcome.compareDocumentPosition(figures) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(figures.compareDocumentPosition(data) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("shows the mapping found from the headers, and generates with the user's change", async () => {
    const gateway = setup("en") as ReturnType<typeof createFakeGateway>;
    await readData("en");
    await editMapping("en");
    const stage = screen.getByRole("combobox", { name: "Stage" });
    const amount = screen.getByRole("combobox", { name: "Amount" });
    expect(within(stage).getByRole("option", { selected: true })).toHaveTextContent("Column B: Stage");
    expect(within(amount).getByRole("option", { selected: true })).toHaveTextContent("Column C: Amount");
    expect(
      within(screen.getByRole("combobox", { name: "Lost at" })).getByRole("option", { selected: true }),
    ).toHaveTextContent("(none)");

    await userEvent.selectOptions(amount, "(none)");
    await userEvent.click(screen.getByRole("button", { name: "Generate report" }));

    await screen.findByRole("group", { name: "Report generated" });
    expect(within(figure("Open pipeline")).getByText("0", { exact: true })).toBeInTheDocument();
    const names = gateway.writtenReports[0].spec.names?.map((n) => n.name) ?? [];
    expect(names).toContain("FUNNEL_DATA_STAGE");
    expect(names).not.toContain("FUNNEL_DATA_AMOUNT");
  });

  it("writes the report built from the data as the add-in's pipeline-health report", async () => {
    const gateway = setup("en") as ReturnType<typeof createFakeGateway>;
    await readData("en");

    await userEvent.click(screen.getByRole("button", { name: "Generate report" }));

    expect(await screen.findByRole("group", { name: "Report generated" })).toHaveTextContent(
      "The report is on sheet “Pipeline health”.",
    );
    const mapping = {
      opportunity: 0,
      stage: 1,
      amount: 2,
      owner: 3,
      createdDate: 4,
      closeDate: 5,
    };
    const analysed = analysePipeline(tableData(DEALS), {
      mapping,
      scheme: DEFAULT_SCHEME,
      asOf: AS_OF,
      dateOrder: "ymd",
    });
    if (!analysed.ok) throw new Error(analysed.error.message.en);
    const { health, deals } = analysed.value;
    const source = {
      sheet: "CRM",
      headerRow: 0,
      firstCol: 0,
      rowCount: 6,
      mapping,
      // Read on TODAY, 2025-06-30 09:00: the report says when its rows were counted.
      readAt: AS_OF + 9 / 24,
    };
    expect(gateway.writtenReports).toEqual([
      {
        kind: "pipelineHealth",
        sheet: "Pipeline health",
        spec: buildHealthReport(health, source, {
          language: "en",
          forecast: { deals },
        }),
      },
    ]);
  });

  it("from a 1904 workbook, writes the report a 1900 workbook holding the same days gets", async () => {
    const in1904: FakeTable = {
      ...DEALS,
      rows: DEALS.rows.map((row) => row.map((cell, col) => (col >= 4 ? (cell as number) - 1462 : cell))),
    };
    const gateway = createFakeGateway({ sheetData: { CRM: in1904 }, dateSystem: 1904 });
    setup("en", gateway);
    await readData("en");

    await userEvent.click(screen.getByRole("button", { name: "Generate report" }));

    await screen.findByRole("group", { name: "Report generated" });
    const mapping = { opportunity: 0, stage: 1, amount: 2, owner: 3, createdDate: 4, closeDate: 5 };
    const analysed = analysePipeline(tableData(DEALS), {
      mapping,
      scheme: DEFAULT_SCHEME,
      asOf: AS_OF,
      dateOrder: "ymd",
    });
    if (!analysed.ok) throw new Error(analysed.error.message.en);
    const { health, deals } = analysed.value;
    const source = { sheet: "CRM", headerRow: 0, firstCol: 0, rowCount: 6, mapping, readAt: AS_OF + 9 / 24 };
    const spec = buildHealthReport(health, source, { language: "en", forecast: { deals } });
    expect(gateway.writtenReports.map((report) => report.spec)).toEqual([spec]);
    const written = [...(gateway.contents.get("Pipeline health") ?? []).values()];
    expect(written).toContain(AS_OF - 1462);
    expect(written).not.toContain(AS_OF);
  });

  it("shows the workbook's notes on the report beside where the report is, in the pane's language", async () => {
    const fake = createFakeGateway({ sheetData: { CRM: DEALS } });
    const NOTE = {
      zh: "漏斗图已改为条形图（第一个阶段在最上方）：此 Excel 不支持漏斗图“到达各阶段的商机”：InvalidArgument",
      en: 'The funnel charts were drawn as bar charts, first stage on top: this Excel refused the funnel chart "Deals reached": InvalidArgument',
    };
    const gateway: WorkbookGateway = {
      ...fake,
      writeReport: async (kind, spec) => {
        const written = await fake.writeReport(kind, spec);
        return written.ok ? { ok: true, value: { ...written.value, notes: [NOTE] } } : written;
      },
    };
    setup("zh", gateway);
    await readData("zh");

    await userEvent.click(screen.getByRole("button", { name: "生成报告" }));

    const message = await screen.findByRole("group", { name: "已生成报告" });
    expect(message).toHaveTextContent("报告在工作表“管线健康”中。");
    expect(message).toHaveTextContent(NOTE.zh);
  });

  it("shows the headline figures and the funnel in English", async () => {
    setup("en");
    await readData("en");

    await userEvent.click(screen.getByRole("button", { name: "Generate report" }));

    await screen.findByRole("region", { name: "Headline figures" });
    expect(figure("Open pipeline")).toHaveTextContent("300,000");
    expect(figure("Open pipeline")).toHaveTextContent("2 open deals");
    expect(figure("Weighted pipeline")).toHaveTextContent("170,000");
    expect(figure("Win rate")).toHaveTextContent("66.7%");
    expect(figure("Win rate")).toHaveTextContent("2 won, 1 lost");
    expect(figure("Average won deal")).toHaveTextContent("200,000");
    expect(figure("Average sales cycle")).toHaveTextContent("75 days");
    expect(figure("Pipeline velocity")).toHaveTextContent("3,556 per day");
    expect(figure("Rows")).toHaveTextContent("6 read, 5 used, 1 skipped");
    const funnel = await screen.findByRole("figure", {
      name: "Deals reached by stage",
    });
    expect(within(funnel).getByRole("option", { name: "Target account, 5." })).toBeInTheDocument();
    expect(within(funnel).getByRole("option", { name: "Closed won, 2." })).toBeInTheDocument();
  });

  it("shows the headline figures and the funnel in Chinese", async () => {
    setup("zh");
    await readData("zh");

    await userEvent.click(screen.getByRole("button", { name: "生成报告" }));

    expect(await screen.findByRole("group", { name: "已生成报告" })).toHaveTextContent(
      "报告在工作表“管线健康”中。",
    );
    expect(screen.getByRole("region", { name: "关键指标" })).toBeInTheDocument();
    expect(figure("进行中管线金额")).toHaveTextContent("300,000");
    expect(figure("进行中管线金额")).toHaveTextContent("2 个进行中商机");
    expect(figure("赢单率")).toHaveTextContent("66.7%");
    expect(figure("赢单率")).toHaveTextContent("赢单 2 个，丢单 1 个");
    expect(figure("平均销售周期")).toHaveTextContent("75 天");
    expect(figure("管线速度")).toHaveTextContent("3,556 / 天");
    expect(figure("行数")).toHaveTextContent("读取 6，使用 5，跳过 1");
    expect(await screen.findByRole("figure", { name: "各阶段到达商机数" })).toBeInTheDocument();
  });

  it("reads the stages from the workbook's stage settings, and makes the report's formulas use them", async () => {
    const settingsSpec = templateById("stageSettings")!.build({
      language: "en",
    });
    const settings = usedRange(settingsSpec);
    const renamed = settings.rows.map((row) =>
      row[0] === "Negotiation" ? ["Contract talks", ...row.slice(1)] : row,
    );
    const deals: FakeTable = {
      ...DEALS,
      rows: DEALS.rows.map((row) =>
        row[1] === "Negotiation" ? [row[0], "Contract talks", ...row.slice(2)] : row,
      ),
    };
    const gateway = createFakeGateway({
      sheetData: {
        CRM: deals,
        [settings.sheet]: { ...settings, rows: renamed },
      },
    });
    setup("en", gateway);
    await readData("en");
    expect(
      screen.getByRole("radio", {
        name: "The workbook's “Stage settings” sheet",
      }),
    ).toBeChecked();

    await userEvent.click(screen.getByRole("button", { name: "Generate report" }));

    await screen.findByRole("group", { name: "Report generated" });
    expect(gateway.readRequests).toContainEqual({
      kind: "sheet",
      sheet: "Stage settings",
    });
    expect(figure("Weighted pipeline")).toHaveTextContent("170,000");
    expect(figure("Rows")).toHaveTextContent("6 read, 5 used, 1 skipped");
    const formulas = gateway.writtenReports[0].spec.cells.map((c) => c.formula ?? "").join(" ");
    expect(formulas).toContain("FUNNEL_STAGE_LIST");
  });

  it("reads the stages with the seven-stage model when the user picks it", async () => {
    const settings = usedRange(templateById("stageSettings")!.build({ language: "zh" }));
    const gateway = createFakeGateway({
      sheetData: { CRM: DEALS, [settings.sheet]: settings },
    });
    setup("en", gateway);
    await readData("en");

    await userEvent.click(
      screen.getByRole("radio", {
        name: "The seven-stage model (Target → Won)",
      }),
    );
    await userEvent.click(screen.getByRole("button", { name: "Generate report" }));

    await screen.findByRole("group", { name: "Report generated" });
    expect(gateway.readRequests).toEqual([{ kind: "sheet", sheet: "CRM" }]);
    expect(figure("Win rate")).toHaveTextContent("66.7%");
  });
});

describe("PipelineHealth: lost deals of unknown stage of loss", () => {
  const cellValues = (gateway: ReturnType<typeof createFakeGateway>) =>
    gateway.writtenReports[gateway.writtenReports.length - 1].spec.cells.map((cell) =>
      String(cell.value ?? ""),
    );

  it.each([
    ["en", "Lost deals with unknown stage of loss .*: 1\\.", "left out of the step conversions"],
    ["zh", "丢单阶段未知的丢单商机.*：1 个", "不计入各阶段转化率"],
  ] as const)(
    "says how many there are and generates again under the rule chosen (%s)",
    async (language, label, rule) => {
      const gateway = setup(language) as ReturnType<typeof createFakeGateway>;
      await readData(language);
      await userEvent.click(screen.getByRole("button", { name: TEXT[language].generate }));
      await screen.findByRole("group", { name: TEXT[language].done });
      const choice = screen.getByRole("combobox", { name: new RegExp(label) });
      expect(choice).toHaveValue("firstStage");
      expect(
        cellValues(gateway).some((text) =>
          text.includes(language === "en" ? "reached only the first stage" : "只计为到达第一阶段"),
        ),
      ).toBe(true);

      await userEvent.selectOptions(choice, "knownPaths");

      await waitFor(() => expect(gateway.writtenReports).toHaveLength(2));
      await screen.findByRole("group", { name: TEXT[language].done });
      expect(cellValues(gateway).some((text) => text.includes(rule))).toBe(true);
      expect(screen.getByRole("combobox", { name: new RegExp(label) })).toHaveValue("knownPaths");
    },
  );

  describe("following the data after the report", () => {
    it("offers to turn a plain range into a table, then reads it again as that table", async () => {
      const gateway = setup("en") as ReturnType<typeof createFakeGateway>;
      await readData("en");
      expect(screen.getByRole("group", { name: "The data is a plain range" })).toBeInTheDocument();

      await userEvent.click(screen.getByRole("button", { name: "Turn into a table" }));

      expect(await screen.findByRole("group", { name: "Now a table" })).toHaveTextContent(
        "The data is now the table Deals, its cells and formats kept; read again.",
      );
      expect(gateway.madeTables).toEqual([
        { range: { sheet: "CRM", headerRow: 0, firstCol: 0, columns: 6, rows: 6 }, table: "Deals" },
      ]);
      expect(gateway.readRequests.at(-1)).toEqual({ kind: "table", name: "Deals" });
      await waitFor(() =>
        expect(screen.queryByRole("group", { name: "The data is a plain range" })).not.toBeInTheDocument(),
      );

      // The report from the table names its columns by structured reference.
      await userEvent.click(screen.getByRole("button", { name: "Generate report" }));
      await screen.findByRole("group", { name: "Report generated" });
      const names = gateway.writtenReports[0].spec.names ?? [];
      expect(names.find((n) => n.name === "FUNNEL_DATA_STAGE")?.tableColumns).toEqual({
        table: "Deals",
        first: DEALS.header[1],
        last: DEALS.header[1],
      });
    });

    it("says when making the table failed, and keeps the offer", async () => {
      const gateway = createFakeGateway({ sheetData: { CRM: DEALS }, tables: { Other: DEALS } });
      setup("zh", gateway);
      await readData("zh");
      await userEvent.click(screen.getByRole("button", { name: "转换为表格" }));
      expect(await screen.findByRole("group", { name: "未转换为表格" })).toHaveTextContent("已在表格中");
      expect(screen.getByRole("group", { name: "数据是普通区域" })).toBeInTheDocument();
    });

    it("notices a change of the data after the report, refreshes the report in place, and watches again", async () => {
      const gateway = setup("en") as ReturnType<typeof createFakeGateway>;
      await readData("en");
      await userEvent.click(screen.getByRole("button", { name: "Generate report" }));
      await screen.findByRole("group", { name: "Report generated" });
      await waitFor(() => expect(gateway.watches).toEqual([{ place: { sheet: "CRM" }, released: false }]));
      expect(screen.queryByRole("group", { name: "The data changed after the report was made" })).toBeNull();

      act(() => gateway.changeSheet("CRM"));

      const notice = await screen.findByRole("group", { name: "The data changed after the report was made" });
      expect(notice).toHaveTextContent("The data is a plain range: added rows are not in the live figures.");
      const reads = gateway.readRequests.length;
      await userEvent.click(within(notice).getByRole("button", { name: "Refresh report" }));

      await waitFor(() => expect(gateway.writtenReports).toHaveLength(2));
      expect(gateway.readRequests).toHaveLength(reads + 1);
      expect(gateway.writtenReports[1].sheet).toBe("Pipeline health");
      await waitFor(() =>
        expect(
          screen.queryByRole("group", { name: "The data changed after the report was made" }),
        ).toBeNull(),
      );
      // The first watch is released; the report made again is watched afresh.
      await waitFor(() => expect(gateway.watches.map((w) => w.released)).toEqual([true, false]));
    });
  });
});
