/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useEffect, useState } from "react";
import { DEFAULT_SCHEME } from "../../core/stages";
import { snapshotHeader } from "../../core/snapshots";
import { dataSourceOptions, type DataSourceOption } from "../shared/dataSources";
import { useSingleFlight } from "../shared/useSingleFlight";
import { createFakeGateway, type FakeGateway, type FakeTable } from "../testing/fakeGateway";
import { renderPane } from "../testing/renderPane";
import { Changes } from "./Changes";
import { SnapshotSourcePicker } from "./SnapshotSourcePicker";
import { useSnapshotSource } from "./useSnapshotSource";

beforeEach(() => window.localStorage.clear());

// jsdom lays out no SVG text: the results' charts measure their labels.
beforeAll(() => {
  const proto = window.SVGElement.prototype as unknown as { getComputedTextLength?: () => number };
  proto.getComputedTextLength ??= () => 40;
});

/** A Salesforce-style weekly export. */
const salesforce = (sheet: string, rows: readonly (readonly unknown[])[]): FakeTable => ({
  sheet,
  header: ["Opportunity Name", "Account Name", "Stage", "Amount", "Close Date"],
  rows,
});

const WEEK_1 = salesforce("Pipeline 2026-11-20", [
  ["ERP rollout", "Acme", "Prospect", 120_000, "2026-12-31"],
  ["CRM upgrade", "Globex", "Negotiation", 80_000, "2026-12-15"],
]);
const WEEK_2 = salesforce("管线 2026年11月27日", [
  ["ERP rollout", "Acme", "Interested", 150_000, "2027-01-31"],
  ["CRM upgrade", "Globex", "Closed Won", 80_000, "2026-11-25"],
  ["BI suite", "Umbrella", "Target account", 30_000, "2027-03-31"],
]);
const UNDATED = salesforce("Opportunities", [["Data lake", "Initech", "Prospect", 50_000, "2027-01-31"]]);

function workbook(): FakeGateway {
  return createFakeGateway({
    sheet: "Notes",
    sheetData: { [WEEK_1.sheet]: WEEK_1, [WEEK_2.sheet]: WEEK_2, [UNDATED.sheet]: UNDATED },
    tables: {
      管线快照: { sheet: "管线快照", header: snapshotHeader("zh"), rows: [] },
    },
  });
}

/** The picker over the fake's tables and sheets, as the Changes view gives it. */
function Harness({ gateway }: { gateway: FakeGateway }) {
  const run = useSingleFlight();
  const [sources, setSources] = useState<readonly DataSourceOption[]>([]);
  useEffect(() => {
    void Promise.all([gateway.listTables(), gateway.sheetNames()]).then(([tables, sheets]) =>
      setSources(dataSourceOptions(tables.ok ? tables.value : [], sheets.ok ? sheets.value : [])),
    );
  }, [gateway]);
  const state = useSnapshotSource({ gateway, run, sources, scheme: DEFAULT_SCHEME, dateOrder: "ymd" });
  return <SnapshotSourcePicker state={state} ready />;
}

const choose = (name: RegExp) => userEvent.click(screen.getByRole("checkbox", { name }));

describe("SnapshotSourcePicker", () => {
  it("lists the workbook's sheets and tables with the dates their names say, but not the snapshot table", async () => {
    renderPane(<Harness gateway={workbook()} />, { language: "en" });
    await userEvent.click(screen.getByRole("radio", { name: "My own snapshot tables or sheets" }));

    const list = await screen.findByRole("group", { name: "Tables and sheets to use as snapshots" });
    const names = within(list)
      .getAllByRole("checkbox")
      .map((box) => box.closest("div")?.textContent);
    expect(names).toEqual([
      "Sheet Notes",
      "Sheet Pipeline 2026-11-202026-11-20",
      "Sheet 管线 2026年11月27日2026-11-27",
      "Sheet Opportunities",
    ]);
    expect(screen.getByRole("button", { name: "Read the chosen snapshots" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
  });

  it("reads the chosen sheets, dated by their names or by a typed date, and lists one it cannot date", async () => {
    const gateway = workbook();
    renderPane(<Harness gateway={gateway} />, { language: "en" });
    await userEvent.click(screen.getByRole("radio", { name: "My own snapshot tables or sheets" }));
    await screen.findByRole("checkbox", { name: /Pipeline 2026-11-20/ });
    await choose(/Pipeline 2026-11-20/);
    await choose(/管线 2026年11月27日/);
    await choose(/Opportunities/);

    expect(screen.getByLabelText("As-of date of Pipeline 2026-11-20")).toHaveValue("2026-11-20");
    expect(screen.getByText("No date in the name: type one.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Read the chosen snapshots" }));

    expect(await screen.findByText("2 snapshots read (2026-11-20 to 2026-11-27).")).toBeInTheDocument();
    expect(
      screen.getByText("“Opportunities”: There is no date in the name; type the as-of date."),
    ).toBeInTheDocument();
    expect(gateway.readRequests.map((r) => (r.kind === "sheet" ? r.sheet : r.kind))).toEqual([
      "Pipeline 2026-11-20",
      "管线 2026年11月27日",
      "Opportunities",
    ]);

    fireEvent.change(screen.getByLabelText("As-of date of Opportunities"), {
      target: { value: "2026-11-13" },
    });
    expect(await screen.findByText("The choice or a date changed: read them again.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Read the chosen snapshots" }));
    expect(await screen.findByText("3 snapshots read (2026-11-13 to 2026-11-27).")).toBeInTheDocument();
  });

  it("speaks Chinese, and says why a name's date is not read", async () => {
    const gateway = createFakeGateway({
      sheetData: { "导出 05-11-2026": { ...UNDATED, sheet: "导出 05-11-2026" } },
    });
    renderPane(<Harness gateway={gateway} />, { language: "zh" });
    await userEvent.click(screen.getByRole("radio", { name: "我自己的快照表格或工作表" }));
    await choose(await screen.findByRole("checkbox", { name: /导出/ }).then(() => /导出/));

    expect(
      screen.getByText("“05-11-2026”可以是日/月/年，也可以是月/日/年，无法确定是哪一天；请填写截至日期。"),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "读取所选快照" })).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByText("请至少选择两个。")).toBeInTheDocument();
  });
});

describe("Changes with the user's own snapshots", () => {
  it("compares the two sheets read, as it compares the snapshot table's, and never writes to them", async () => {
    const gateway = workbook();
    renderPane(<Changes today={() => new Date(2026, 11, 4)} />, { gateway, language: "en" });
    await userEvent.click(screen.getByRole("radio", { name: "My own snapshot tables or sheets" }));
    await choose(
      await screen.findByRole("checkbox", { name: /Pipeline 2026-11-20/ }).then(() => /2026-11-20/),
    );
    await choose(/管线 2026年11月27日/);
    await userEvent.click(screen.getByRole("button", { name: "Read the chosen snapshots" }));

    expect(await screen.findByRole("combobox", { name: "Snapshot B (later)" })).toHaveDisplayValue(
      /^2026-11-27/,
    );
    expect(screen.getByRole("combobox", { name: "Snapshot A (earlier)" })).toHaveDisplayValue(/^2026-11-20/);
    expect(gateway.importedTables).toEqual([]);
    expect(gateway.createdSheets).toEqual([]);
    expect(gateway.writtenReports).toEqual([]);

    await userEvent.click(screen.getByRole("radio", { name: /Snapshot history/ }));
    expect(screen.queryByRole("combobox", { name: "Snapshot B (later)" })).not.toBeInTheDocument();
  });
});
