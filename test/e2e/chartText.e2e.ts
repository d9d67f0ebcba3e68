/**
 * Charts that read true: in the workbench at 1440×900 with the task pane at 320 and at 450 px, in Chinese and in
 * English, every text of every chart — the report's charts over the grid and the pane's funnel — lies inside its
 * chart's frame (its bounding box within the figure's, so no axis number, stage name or legend is cut), the pane's
 * funnel names every stage on its band with the deals that reached it, and no legend says "+N more". Screenshots of
 * each chart go to the temporary folder (chart-text/<language>-<pane>-<chart>.png) for a reader to look at.
 */
import { isoDate, type Language } from "../../src/core/kernel";
import { CHART_TEXT } from "../../src/core/reports";
import { workbenchText } from "../../src/workbench/workbenchStrings";
import { expectedReport, generateReport, openPipelineHealth, readSheet, setAsOf } from "./support/healthPane";
import { SAMPLE_DAY, workbenchSample } from "./support/sampleDay";
import { pane, sheetTab } from "./support/templatesPane";
import { serverOrigin, type WorkbenchSession, workbenchSuite } from "./support/workbenchPage";
import { mkdirSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import type { Locator } from "playwright-core";

const workbench = workbenchSuite();

/** A text of a chart drawn outside its chart's frame. */
interface ClippedText {
  readonly chart: string;
  readonly text: string;
  /** How far outside the frame it reaches, in pixels (left, top, right, bottom). */
  readonly out: readonly number[];
}

/** Half a pixel: anti-aliasing, not clipping. */
const SLACK = 0.5;

/**
 * The texts of the figures `charts` finds that reach outside their figure: every SVG text, and every HTML
 * element holding text of its own (a legend's entry, an empty state's words).
 */
async function clippedTexts(charts: Locator): Promise<ClippedText[]> {
  return charts.evaluateAll((figures, slack) => {
    const clipped: { chart: string; text: string; out: number[] }[] = [];
    for (const figure of figures) {
      const frame = figure.getBoundingClientRect();
      const chart = figure.getAttribute("aria-label") ?? figure.textContent?.slice(0, 40) ?? "";
      const texts = Array.from(figure.querySelectorAll("*")).filter(
        (element) =>
          element.tagName.toLowerCase() === "text" ||
          (!(element instanceof SVGElement) &&
            Array.from(element.childNodes).some(
              (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? "").trim() !== "",
            )),
      );
      for (const element of texts) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        const out = [
          frame.left - box.left,
          frame.top - box.top,
          box.right - frame.right,
          box.bottom - frame.bottom,
        ].map((d) => Math.round(Math.max(d, 0)));
        if (out.some((d) => d > slack)) clipped.push({ chart, text: element.textContent ?? "", out });
      }
    }
    return clipped;
  }, SLACK);
}

/** Opens the workbench at 1440×900 with the pane `paneWidth` px wide, loads the sample and generates the report. */
async function reportAt(language: Language, paneWidth: number): Promise<WorkbenchSession> {
  const session = await workbench.open(language, { width: 1440, height: 900 });
  await session.page.goto(`${serverOrigin()}/workbench.html?lang=${language}&pane=${paneWidth}`);
  await session.page.getByRole("grid").waitFor();
  await session.page.getByRole("button", { name: workbenchText("loadSample", language) }).click();
  const dataSheet = workbenchText("sampleSheetName", language);
  await sheetTab(session, dataSheet, true).waitFor();
  const { header, rows } = workbenchSample(language);
  const expected = expectedReport(dataSheet, header, rows, SAMPLE_DAY, language);
  await openPipelineHealth(session);
  await readSheet(session, dataSheet, rows.length);
  await setAsOf(session, isoDate(SAMPLE_DAY));
  await generateReport(session, expected.spec.name);
  return session;
}

describe.each<Language>(["zh", "en"])("chart text in %s", (language) => {
  it.each([320, 450])("lies inside every chart's frame with the pane %i px wide", async (paneWidth) => {
    const session = await reportAt(language, paneWidth);
    const paneCharts = pane(session).getByRole("figure");
    const sheetCharts = session.page.locator("figure[data-chart-kind]");
    await sheetCharts.first().waitFor();
    // The charts draw after measuring their container: let them settle.
    await session.page.waitForTimeout(500);

    const { health } = expectedReport(
      workbenchText("sampleSheetName", language),
      workbenchSample(language).header,
      workbenchSample(language).rows,
      SAMPLE_DAY,
      language,
    );
    const funnel = pane(session).getByRole("figure", { name: CHART_TEXT.reached[language] });
    // Screenshots to look at: the page, the pane's funnel and each chart of the sheet.
    const folder = path.join(tmpdir(), "chart-text");
    mkdirSync(folder, { recursive: true });
    const shot = (name: string) => path.join(folder, `${language}-${paneWidth}-${name}.png`);
    await session.page.screenshot({ path: shot("page") });
    await funnel.screenshot({ path: shot("pane-funnel") });
    const count = await sheetCharts.count();
    for (let i = 0; i < count; i++) await sheetCharts.nth(i).screenshot({ path: shot(`chart-${i}`) });
    // Every stage named on the funnel (a long name in two lines), with the deals that reached it; no "+N more".
    const funnelTexts = await funnel
      .locator("text")
      .evaluateAll((texts) =>
        texts.map((text) =>
          text.querySelector("tspan") === null
            ? (text.textContent ?? "")
            : Array.from(text.querySelectorAll("tspan"), (line) => line.textContent).join(" "),
        ),
      );
    for (const stage of health.stages) {
      expect(funnelTexts).toContain(stage.stage.name[language]);
      expect(funnelTexts).toContain(new Intl.NumberFormat("en-US").format(stage.reached));
    }
    expect(funnelTexts.join(" ")).not.toMatch(/\+\d+ more/);

    expect(await clippedTexts(paneCharts)).toEqual([]);
    expect(await sheetCharts.count()).toBeGreaterThanOrEqual(4);
    expect(await clippedTexts(sheetCharts)).toEqual([]);
    expect(await sheetCharts.evaluateAll((figures) => figures.map((f) => f.textContent ?? ""))).not.toContain(
      expect.stringMatching(/\+\d+ more/),
    );
  });
});
