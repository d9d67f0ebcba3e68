/**
 * The user's own snapshots in the workbench, in both languages: two weekly CRM exports (a Salesforce-style one in
 * English, a Chinese CRM's in 中文) are imported as CSV files whose names carry their dates, so the sheets are named
 * "Pipeline 2026-11-20" … / "管线 2026年11月20日" …; in the Changes view they are chosen as the snapshots, dated by
 * their names, and read; the pane's bridge equals core's (historyFromTables and snapshotChanges over the same
 * exports), and nothing is written to the workbook. Screenshots at pane widths 450 and 320 go to test-results/.
 */
import { t as uiText } from "../../src/core/i18n";
import type { Language } from "../../src/core/kernel";
import { buildChangesSheet } from "../../src/core/reports";
import { historyFromTables, ownerBridges, snapshotChanges } from "../../src/core/snapshots";
import { cellAddress } from "../../src/core/sheet";
import { DEFAULT_SCHEME } from "../../src/core/stages";
import { bridgeTableRows } from "../../src/taskpane/Changes/changesDisplay";
import { snapshotSourceText } from "../../src/taskpane/Changes/snapshotSourceStrings";
import { openPipelineHealth } from "./support/healthPane";
import { t } from "./support/paneText";
import { openView } from "./support/viewTabs";
import { pane, sheetTab, shownNumber, tabCount, textAt } from "./support/templatesPane";
import { screenshot, serverOrigin, type WorkbenchSession, workbenchSuite } from "./support/workbenchPage";

const workbench = workbenchSuite();

const HEADERS: Record<Language, string[]> = {
  en: ["Opportunity Name", "Account Name", "Stage", "Amount", "Close Date"],
  zh: ["商机名称", "客户名称", "阶段", "金额", "预计成交日期"],
};
const STAGE = (language: Language, index: number | "lost") =>
  index === "lost" ? DEFAULT_SCHEME.lostName[language] : DEFAULT_SCHEME.stages[index].name[language];

/** Two weeks of one CRM's export: deals moved on, one won, one lost, one new, one amount changed. */
function weeks(language: Language) {
  const week1 = [
    ["ERP rollout", "Acme", STAGE(language, 1), 120000, "2026-12-31"],
    ["CRM upgrade", "Globex", STAGE(language, 5), 80000, "2026-12-15"],
    ["Data lake", "Initech", STAGE(language, 2), 50000, "2027-01-31"],
    ["Field service", "Hooli", STAGE(language, 3), 64000, "2027-02-28"],
  ];
  const week2 = [
    ["ERP rollout", "Acme", STAGE(language, 2), 150000, "2027-01-31"],
    ["CRM upgrade", "Globex", STAGE(language, 6), 80000, "2026-11-25"],
    ["Data lake", "Initech", STAGE(language, "lost"), 50000, "2027-01-31"],
    ["Field service", "Hooli", STAGE(language, 3), 64000, "2027-03-31"],
    ["BI suite", "Umbrella", STAGE(language, 0), 30000, "2027-03-31"],
  ];
  const names =
    language === "en"
      ? ["Pipeline 2026-11-20", "Pipeline 2026-11-27"]
      : ["管线 2026年11月20日", "管线 2026年11月27日"];
  return [
    { name: names[0], rows: week1 },
    { name: names[1], rows: week2 },
  ];
}

const csv = (language: Language, rows: readonly (readonly (string | number)[])[]) =>
  Buffer.from([HEADERS[language], ...rows].map((row) => row.join(",")).join("\r\n") + "\r\n", "utf8");

/** What core makes of the two exports: the history and the changes from the first to the second. */
function expected(language: Language) {
  const read = historyFromTables(
    weeks(language).map((week) => ({
      name: week.name,
      data: { header: HEADERS[language], rows: week.rows },
    })),
    { scheme: DEFAULT_SCHEME },
  );
  const changes = snapshotChanges(read.history, { from: 0, to: 1, scheme: DEFAULT_SCHEME });
  if (!changes.ok) throw new Error(changes.error.message.en);
  return { history: read.history, changes: changes.value };
}

/** The bridge core gives for the two exports, as the pane's table shows it. */
function expectedBridge(language: Language): string[][] {
  return bridgeTableRows(expected(language).changes.bridge, language);
}

/** The report core writes over the two exports' sheets (each imported at A1): where its live FUNNEL.BRIDGE is. */
function expectedReport(language: Language) {
  const { history, changes } = expected(language);
  const owners = ownerBridges(changes.before, changes.after);
  if (!owners.ok) throw new Error(owners.error.message.en);
  const [first, second] = weeks(language);
  const table = (week: typeof first) => ({
    sheet: week.name,
    headerRow: 0,
    firstCol: 0,
    cols: HEADERS[language].length,
    rows: week.rows.length,
  });
  const place = { kind: "tables" as const, before: table(first), after: table(second) };
  const spec = buildChangesSheet(
    { changes, history, owners: owners.value, scheme: DEFAULT_SCHEME, place },
    language,
  );
  return { spec, bridge: changes.bridge };
}

/** Imports each week as a CSV file named after its sheet; resolves when its sheet is there. */
async function importWeeks(s: WorkbenchSession): Promise<void> {
  await openPipelineHealth(s);
  await pane(s)
    .getByRole("button", { name: uiText("csvImportOpen", s.language) })
    .click();
  for (const week of weeks(s.language)) {
    await pane(s)
      .getByLabel(uiText("csvImportFileLabel", s.language))
      .setInputFiles({ name: `${week.name}.csv`, mimeType: "text/csv", buffer: csv(s.language, week.rows) });
    await pane(s)
      .getByRole("button", { name: uiText("csvImportStart", s.language) })
      .click();
    await sheetTab(s, week.name, true).waitFor();
  }
}

/** A table of the pane as shown: its body rows' cells. */
async function paneTable(s: WorkbenchSession, name: string): Promise<string[][]> {
  const table = pane(s).getByRole("table", { name, exact: true });
  await table.waitFor();
  return table.evaluate((element) =>
    Array.from(element.querySelectorAll("tbody tr")).map((row) =>
      Array.from(row.querySelectorAll("td")).map((cell) => cell.textContent ?? ""),
    ),
  );
}

describe.each<Language>(["en", "zh"])("the user's own snapshots in %s", (language) => {
  it.each([450, 320])("compares two dated export sheets as core does, pane %i px wide", async (width) => {
    const s = await workbench.open(language, { width: 1600, height: 1400 });
    await s.page.goto(`${serverOrigin()}/workbench.html?lang=${language}&pane=${width}`);
    await s.page.getByRole("grid").waitFor();
    const text = (key: Parameters<typeof snapshotSourceText>[0], values?: Record<string, string | number>) =>
      snapshotSourceText(key, language, values);
    await importWeeks(s);
    const sheets = await tabCount(s);

    await openView(s, t(s, "viewChanges"));
    await pane(s)
      .getByRole("radio", { name: text("fromOwn") })
      .check();
    const [first, second] = weeks(language);
    for (const week of [first, second]) {
      await pane(s)
        .getByRole("checkbox", { name: text("sheetOption", { sheet: week.name }), exact: true })
        .check();
    }
    await expect(
      pane(s)
        .getByLabel(text("asOfLabel", { name: first.name }))
        .inputValue(),
    ).resolves.toBe("2026-11-20");
    await pane(s)
      .getByRole("button", { name: text("read") })
      .click();
    await pane(s)
      .getByText(text("readDone", { count: 2, from: "2026-11-20", to: "2026-11-27" }))
      .waitFor();

    // The bridge is core's over the same exports; its last row is the pipeline at the end.
    const bridge = await paneTable(s, t(s, "changesBridgeHeading"));
    expect(bridge).toEqual(expectedBridge(language));
    // Nothing written: the workbook has the sheets it had.
    expect(await tabCount(s)).toBe(sheets);

    if (width === 450) {
      // The report over the user's own tables: its live FUNNEL.BRIDGE reads the two sheets and spills core's figures.
      await pane(s)
        .getByRole("button", { name: t(s, "changesWriteReport") })
        .click();
      const { spec, bridge } = expectedReport(language);
      await pane(s)
        .getByRole("group", { name: t(s, "changesWriteReport") })
        .getByText(t(s, "changesReportDone", { sheet: spec.name }))
        .waitFor();
      await sheetTab(s, spec.name, true).waitFor();
      const live = spec.cells.find((cell) => cell.formula?.startsWith("=FUNNEL.BRIDGE(") === true);
      if (live === undefined) throw new Error("no live FUNNEL.BRIDGE on the report");
      expect(live.formula).toContain(`'${weeks(language)[1].name}'!$A$1:$E$6`);
      const levels = [
        [bridge.start.count, bridge.start.amount],
        ...bridge.movements.map((m) => [m.count, m.amount]),
        [bridge.end.count, bridge.end.amount],
      ];
      for (const [i, [count, amount]] of levels.entries()) {
        const row = live.row + 1 + i;
        expect([
          i,
          shownNumber(await textAt(s, cellAddress(row, 4))),
          shownNumber(await textAt(s, cellAddress(row, 5))),
        ]).toEqual([i, count, amount]);
      }
      await screenshot(s, `user-snapshots-report-${language}`);
    }

    await pane(s)
      .getByRole("region", { name: text("heading"), exact: true })
      .evaluate((picker) => {
        // Below the pane's sticky header.
        (picker as HTMLElement).style.scrollMarginTop = "var(--funnel-pane-sticky, 120px)";
        picker.scrollIntoView({ block: "start" });
      });
    await s.page.mouse.move(0, 0);
    await screenshot(s, `user-snapshots-${language}-${width}`);
    expect(s.consoleProblems).toEqual([]);
  });
});
