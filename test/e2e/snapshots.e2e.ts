/**
 * Pipeline snapshots and the Changes view on the workbench's sample pipeline (given a deal-id column), in both
 * languages: sample snapshots are added and a second snapshot of the same day asks before replacing; the pane's
 * bridge equals core's (snapshotChanges over the history as the snapshot table holds it); the Pipeline changes
 * report's live FUNNEL.BRIDGE spills the same figures; FUNNEL.PUSHCOUNT typed into a cell gives core's push counts
 * of the deals the pane lists as pushed. Screenshots of the view at pane widths 450 and 320 (the bridge, the flow of
 * stage moves, the win probabilities and the forecast accuracy) and of the report go to test-results/; every text of
 * the bridge chart and of the flow diagram lies inside its frame. Figures come from core, never hard-coded — except
 * in the Markov case, whose win probabilities are computed by hand below and then written into the stage settings.
 */
import { mkdirSync } from "fs";
import path from "path";
import { isoDate, type Language } from "../../src/core/kernel";
import { readPipeline, recogniseColumns } from "../../src/core/pipeline";
import { buildChangesSheet } from "../../src/core/reports";
import {
  ownerBridges,
  readSnapshotTable,
  sampleHistory,
  snapshotChanges,
  snapshotHeader,
  snapshotOf,
  snapshotRows,
  SNAPSHOT_TABLE_NAME,
} from "../../src/core/snapshots";
import { cellAddress } from "../../src/core/sheet";
import { DEFAULT_SCHEME } from "../../src/core/stages";
import { STAGE_SETTINGS_SHEET } from "../../src/core/templates";
import { bridgeTableRows } from "../../src/taskpane/Changes/changesDisplay";
import { shareText } from "../../src/taskpane/PipelineHealth/healthFigures";
import { t } from "./support/paneText";
import { openView } from "./support/viewTabs";
import { workbenchText } from "../../src/workbench/workbenchStrings";
import { readSheet, setAsOf } from "./support/healthPane";
import { clippedTexts } from "./support/planPane";
import { SAMPLE_DAY, workbenchSample } from "./support/sampleDay";
import {
  chooseTemplateLanguage,
  generate,
  openTemplates,
  pane,
  sheetTab,
  shownNumber,
  showSheet,
  textAt,
} from "./support/templatesPane";
import {
  formulaBar,
  RESULTS,
  resizePane,
  screenshot,
  selectCell,
  serverOrigin,
  typeInto,
  type WorkbenchSession,
  workbenchSuite,
} from "./support/workbenchPage";

const workbench = workbenchSuite();

/** A test's time: these type into many cells and write a report, minutes on a loaded machine. */
const SLOW = 300_000;

const ID_HEADER = { zh: "商机编号", en: "Deal ID" } as const;
const FIRST_ID = 1001;

/** What the workbench holds after the test's steps, as core computes it: the history and the changes of the two latest. */
function expected(language: Language) {
  const { header, rows } = workbenchSample(language);
  const withIds = {
    header: [...header, ID_HEADER[language]],
    rows: rows.map((row, i) => [...row.map((cell) => cell ?? ""), FIRST_ID + i]),
  };
  const { mapping } = recogniseColumns(withIds.header);
  const read = readPipeline(withIds, { mapping, scheme: DEFAULT_SCHEME });
  if (!read.ok) throw new Error(read.error.message.en);
  const snapshots = [
    ...sampleHistory(read.value, SAMPLE_DAY, DEFAULT_SCHEME),
    snapshotOf(SAMPLE_DAY, read.value),
  ];
  const tableRows = snapshots.flatMap((s) => snapshotRows(s.read, s.asOf, DEFAULT_SCHEME, language));
  const history = readSnapshotTable(
    { header: snapshotHeader(language), rows: tableRows },
    { scheme: DEFAULT_SCHEME },
  );
  if (!history.ok) throw new Error(history.error.message.en);
  const to = snapshots.length - 1;
  const changes = snapshotChanges(history.value.history, { from: to - 1, to, scheme: DEFAULT_SCHEME });
  if (!changes.ok) throw new Error(changes.error.message.en);
  const owners = ownerBridges(changes.value.before, changes.value.after);
  if (!owners.ok) throw new Error(owners.error.message.en);
  const place = {
    sheet: SNAPSHOT_TABLE_NAME[language],
    headerRow: 0,
    firstCol: 0,
    cols: snapshotHeader(language).length,
    dates: tableRows.map((row) => row[0]),
  };
  const spec = buildChangesSheet(
    {
      changes: changes.value,
      history: history.value.history,
      owners: owners.value,
      scheme: DEFAULT_SCHEME,
      place,
    },
    language,
  );
  return {
    snapshots,
    history: history.value.history,
    changes: changes.value,
    spec,
    rows: rows.length,
    tableRows,
  };
}

/** Opens the workbench, loads the sample, gives it a deal-id column, opens Changes and reads the sample sheet. */
async function changesAt(language: Language, paneWidth: number): Promise<WorkbenchSession> {
  const session = await workbench.open(language, { width: 1600, height: 1400 });
  await session.page.goto(`${serverOrigin()}/workbench.html?lang=${language}&pane=${paneWidth}`);
  await session.page.getByRole("grid").waitFor();
  await session.page.getByRole("button", { name: workbenchText("loadSample", language) }).click();
  const dataSheet = workbenchText("sampleSheetName", language);
  await sheetTab(session, dataSheet, true).waitFor();
  const rows = workbenchSample(language).rows.length;
  await typeInto(session, "J1", ID_HEADER[language]);
  await typeInto(session, "J2", `=SEQUENCE(${rows},1,${FIRST_ID})`);
  await openView(session, t(session, "viewChanges"));
  await pane(session)
    .getByRole("heading", { level: 2, name: t(session, "changesHeading") })
    .waitFor();
  await readSheet(session, dataSheet, rows);
  await setAsOf(session, isoDate(SAMPLE_DAY));
  return session;
}

/** Adds the sample snapshots; resolves when the pane says so (a failure message fails the test with its text). */
async function addSamples(s: WorkbenchSession, count: number, from: number): Promise<void> {
  await pane(s)
    .getByRole("button", { name: t(s, "changesSampleSnapshots") })
    .click();
  const done = pane(s).getByRole("group", { name: t(s, "changesSampleSnapshots") });
  const failure = pane(s).getByRole("group", { name: t(s, "changesSnapshotFailedTitle") });
  await done.or(failure).first().waitFor();
  const said = (await done.or(failure).first().textContent()) ?? "";
  expect(said).toContain(t(s, "changesSampleDone", { count, from: isoDate(from), to: isoDate(SAMPLE_DAY) }));
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

const bridgeChart = (s: WorkbenchSession) =>
  pane(s).getByRole("figure", { name: t(s, "changesBridgeChart") });

/** Scrolls the pane to the view's results and saves the page. */
async function viewScreenshot(s: WorkbenchSession, name: string): Promise<void> {
  await s.page.mouse.move(0, 0);
  await pane(s)
    .getByRole("region", { name: t(s, "changesChoicesLabel"), exact: true })
    .evaluate((choices) => choices.parentElement?.scrollIntoView({ block: "start" }));
  await screenshot(s, name);
}

/** Scrolls the pane to one section of the view (a region named `name`) and saves the pane. */
async function sectionScreenshot(s: WorkbenchSession, name: string, file: string): Promise<void> {
  await s.page.mouse.move(0, 0);
  await pane(s)
    .getByRole("region", { name, exact: true })
    .evaluate((section) => section.scrollIntoView({ block: "start" }));
  await s.page.waitForTimeout(200);
  mkdirSync(RESULTS, { recursive: true });
  await pane(s).screenshot({ path: path.join(RESULTS, `${file}.png`) });
}

const flowChart = (s: WorkbenchSession) => pane(s).getByRole("figure", { name: t(s, "changesFlowCaption") });

/** Checks the flow diagram drew every text inside its frame, and saves the new sections at this pane width. */
async function newSections(s: WorkbenchSession, width: number): Promise<void> {
  await flowChart(s).waitFor();
  await s.page.waitForTimeout(300);
  expect(await clippedTexts(flowChart(s))).toEqual([]);
  await sectionScreenshot(s, t(s, "changesFlowHeading"), `changes-flow-${s.language}-${width}`);
  await sectionScreenshot(s, t(s, "changesChainHeading"), `changes-chain-${s.language}-${width}`);
  await sectionScreenshot(s, t(s, "changesAccuracyHeading"), `changes-accuracy-${s.language}-${width}`);
}

describe.each<Language>(["en", "zh"])("pipeline snapshots in %s", (language) => {
  it(
    "takes snapshots, shows core's bridge, and the report's live FUNNEL.BRIDGE and FUNNEL.PUSHCOUNT agree",
    async () => {
      const want = expected(language);
      const session = await changesAt(language, 450);
      await addSamples(session, want.snapshots.length, want.snapshots[0].asOf);

      // A second snapshot of the day asks first; cancelling leaves the table as it was.
      await pane(session)
        .getByRole("button", { name: t(session, "changesTakeSnapshot") })
        .click();
      await pane(session).getByText(t(session, "changesConfirmTitle"), { exact: true }).waitFor();
      await pane(session)
        .getByRole("button", { name: t(session, "changesConfirmCancel") })
        .click();

      // The pane's bridge is core's.
      await expect(paneTable(session, t(session, "changesBridgeHeading"))).resolves.toEqual(
        bridgeTableRows(want.changes.bridge, language),
      );
      await bridgeChart(session).waitFor();
      expect(await clippedTexts(bridgeChart(session))).toEqual([]);
      await viewScreenshot(session, `changes-${language}-450`);
      await newSections(session, 450);

      // The report: its live FUNNEL.BRIDGE spills core's figures.
      await pane(session)
        .getByRole("button", { name: t(session, "changesWriteReport") })
        .click();
      const written = pane(session).getByRole("group", { name: t(session, "changesWriteReport") });
      const refused = pane(session).getByRole("group", { name: t(session, "changesReportFailedTitle") });
      await written.or(refused).first().waitFor();
      expect(await written.or(refused).first().textContent()).toContain(
        t(session, "changesReportDone", { sheet: want.spec.name }),
      );
      await sheetTab(session, want.spec.name, true).waitFor();
      const live = want.spec.cells.find((cell) => cell.formula?.startsWith("=FUNNEL.BRIDGE(") === true);
      if (live === undefined) throw new Error("no live FUNNEL.BRIDGE on the report");
      const { bridge } = want.changes;
      const levels = [
        [bridge.start.count, bridge.start.amount],
        ...bridge.movements.map((m) => [m.count, m.amount]),
        [bridge.end.count, bridge.end.amount],
      ];
      for (const [i, [count, amount]] of levels.entries()) {
        const row = live.row + 1 + i;
        expect([
          i,
          shownNumber(await textAt(session, cellAddress(row, 4))),
          shownNumber(await textAt(session, cellAddress(row, 5))),
        ]).toEqual([i, count, amount]);
      }
      await screenshot(session, `changes-report-${language}`);

      // FUNNEL.PUSHCOUNT over the snapshot table gives core's push counts of the deals listed as pushed.
      const pushed = want.changes.pushed.slice(0, 3);
      expect(pushed.length).toBeGreaterThan(0);
      await showSheet(session, "Sheet1");
      const table = `'${SNAPSHOT_TABLE_NAME[language]}'!$A$1:$J$${want.tableRows.length + 1}`;
      for (const [i, push] of pushed.entries()) {
        await typeInto(session, cellAddress(i, 0), push.key);
        await typeInto(session, cellAddress(i, 1), `=FUNNEL.PUSHCOUNT(${table},A${i + 1})`);
        expect([push.key, shownNumber(await textAt(session, cellAddress(i, 1)))]).toEqual([
          push.key,
          push.pushes,
        ]);
      }
      expect(session.consoleProblems).toEqual([]);
    },
    SLOW,
  );

  it(
    "keeps every text of the bridge chart inside its frame with the pane 320 px wide",
    async () => {
      const want = expected(language);
      const session = await changesAt(language, 320);
      await addSamples(session, want.snapshots.length, want.snapshots[0].asOf);
      await bridgeChart(session).waitFor();
      await session.page.waitForTimeout(300);
      expect(await clippedTexts(bridgeChart(session))).toEqual([]);
      await viewScreenshot(session, `changes-${language}-320`);
      await newSections(session, 320);
    },
    SLOW,
  );

  it(
    "shows the win probabilities of a hand-computable history and writes them into the stage settings sheet",
    async () => {
      const session = await workbench.open(language, { width: 1600, height: 1400 });
      await session.page.goto(`${serverOrigin()}/workbench.html?lang=${language}&pane=450`);
      await session.page.getByRole("grid").waitFor();
      const stage = (index: number | "lost") =>
        index === "lost" ? DEFAULT_SCHEME.lostName[language] : DEFAULT_SCHEME.stages[index].name[language];
      // Six deals at snapshot 1 and at snapshot 2 (indexes: 4 认可客户, 5 谈判客户, 6 成交客户).
      const deals: [string, number, number | "lost"][] = [
        ["A", 5, 6],
        ["B", 5, "lost"],
        ["C", 5, 5],
        ["F", 5, 6],
        ["D", 4, 5],
        ["E", 4, "lost"],
      ];
      // By hand: out of 谈判客户 4 moves — 2 won (A, F), 1 lost (B), 1 stayed (C): p = 2/4 + 1/4·p, so p = 2/3.
      // Out of 认可客户 2 moves — 1 to 谈判客户 (D), 1 lost (E): q = 1/2·p = 1/3. No other stage moved: no figure.
      const NEGOTIATION = 2 / 3;
      const SHORTLISTED = 1 / 3;
      const header = { zh: ["商机编号", "阶段", "金额"], en: ["Deal ID", "Stage", "Amount"] }[language];
      for (const [c, text] of header.entries()) await typeInto(session, cellAddress(0, c), text);
      for (const [r, [id, before]] of deals.entries()) {
        await typeInto(session, cellAddress(r + 1, 0), id);
        await typeInto(session, cellAddress(r + 1, 1), stage(before));
        await typeInto(session, cellAddress(r + 1, 2), "100");
      }
      await openView(session, t(session, "viewChanges"));
      await readSheet(session, "Sheet1", deals.length);
      const takeSnapshot = async (date: string) => {
        await setAsOf(session, date);
        await pane(session)
          .getByRole("button", { name: t(session, "changesTakeSnapshot") })
          .click();
        const done = pane(session).getByRole("group", { name: t(session, "changesSnapshotHeading") });
        const failure = pane(session).getByRole("group", { name: t(session, "changesSnapshotFailedTitle") });
        await done.or(failure).first().waitFor();
        expect(await done.or(failure).first().textContent()).toContain(date);
      };
      await takeSnapshot("2025-05-01");
      await showSheet(session, "Sheet1");
      for (const [r, [, , after]] of deals.entries())
        await typeInto(session, cellAddress(r + 1, 1), stage(after));
      await readSheet(session, "Sheet1", deals.length);
      await takeSnapshot("2025-06-01");

      const chainHeading = t(session, "changesChainHeading");
      const chain = await paneTable(session, chainHeading);
      const observed = (index: number) => chain.find((row) => row[0] === stage(index))?.[2];
      expect([observed(5), observed(4), observed(3)]).toEqual([
        shareText(NEGOTIATION, language),
        shareText(SHORTLISTED, language),
        "—",
      ]);
      await pane(session).getByText(t(session, "changesUseNeedsSheet"), { exact: true }).waitFor();

      // The stage settings sheet, from Templates; then the action writes the two figures, after confirming.
      const settings = STAGE_SETTINGS_SHEET[language];
      await openTemplates(session);
      await chooseTemplateLanguage(session, language);
      await generate(session, "stageSettings", settings);
      await openView(session, t(session, "viewChanges"));
      await pane(session)
        .getByRole("button", { name: t(session, "changesUseProbabilities") })
        .click();
      const confirm = pane(session).getByText(t(session, "changesUseConfirmTitle", { sheet: settings }));
      await confirm.waitFor();
      for (const [index, value, cell] of [
        [4, SHORTLISTED, "B8"],
        [5, NEGOTIATION, "B9"],
      ] as const) {
        const old = DEFAULT_SCHEME.stages[index].probability;
        await pane(session)
          .getByText(
            t(session, "changesUseChange", {
              stage: stage(index),
              cell,
              old: shareText(old, language),
              value: shareText(value, language),
            }),
            { exact: true },
          )
          .waitFor();
      }
      await sectionScreenshot(session, chainHeading, `changes-use-probabilities-${language}-450`);
      await pane(session)
        .getByRole("button", { name: t(session, "changesUseWrite"), exact: true })
        .click();
      const written = pane(session).getByRole("group", { name: t(session, "changesUseProbabilities") });
      await written.waitFor();
      expect(await written.textContent()).toContain(
        t(session, "changesUseDone", { count: 2, sheet: settings }),
      );

      await showSheet(session, settings);
      const held = async (address: string) => {
        await selectCell(session, address);
        return Number(await formulaBar(session).inputValue());
      };
      expect(await held("B8")).toBeCloseTo(SHORTLISTED, 12);
      expect(await held("B9")).toBeCloseTo(NEGOTIATION, 12);
      // The other stages' probabilities are the template's, untouched.
      expect([await held("B7"), await held("B10")]).toEqual([0.35, 1]);

      // A stage list that cannot be used (the won stage below 100 %): the view says it compares with the seven stages.
      await typeInto(session, "B10", "0.5");
      await readSheet(session, "Sheet1", deals.length);
      const fallback = pane(session).getByText(t(session, "changesStagesFallbackTitle"), { exact: true });
      await fallback.waitFor();
      expect(await fallback.locator("..").textContent()).toContain(
        t(session, "changesStagesFallback", { reason: "" }).trim(),
      );
      for (const width of [450, 320]) {
        await resizePane(session, width);
        await fallback.scrollIntoViewIfNeeded();
        await screenshot(session, `changes-stages-fallback-${language}-${width}`);
      }
      expect(session.consoleProblems).toEqual([]);
    },
    SLOW,
  );
});
