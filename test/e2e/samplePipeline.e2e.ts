/**
 * "Load sample pipeline", then FUNNEL.WEIGHTED typed over its columns: the workbench must give the figure
 * core's weightedPipeline computes for the same generated deals. Also takes the README's screenshot.
 */
import { copyFileSync, mkdirSync } from "fs";
import path from "path";
import type { Language } from "../../src/core/kernel";
import { SAMPLE_COLUMN } from "../../src/workbench/samplePipeline";
import { DEFAULT_SCHEME, type StagePosition } from "../../src/core/stages";
import { weightedPipeline } from "../../src/core/metrics";
import { workbenchText } from "../../src/workbench/workbenchStrings";
import { ROOT } from "./support/addinServer";
import { workbenchSample } from "./support/sampleDay";
import { cell, screenshot, typeInto, type WorkbenchSession, workbenchSuite } from "./support/workbenchPage";

const workbench = workbenchSuite();
let session: WorkbenchSession;

/** The weighted pipeline of today's sample, computed by core. */
function expectedWeighted(language: Language): { value: number; lastRow: number } {
  const { rows } = workbenchSample(language);
  const positions = rows.map((row): StagePosition => {
    const resolved = DEFAULT_SCHEME.resolve(row[SAMPLE_COLUMN.stage]);
    if (!resolved.ok) throw new Error(resolved.error.message.en);
    return resolved.value;
  });
  const amounts = rows.map((row) => row[SAMPLE_COLUMN.amount] as number);
  return { value: weightedPipeline(amounts, positions, DEFAULT_SCHEME), lastRow: rows.length + 1 };
}

describe.each<Language>(["en", "zh"])("the sample pipeline in %s", (language) => {
  it("loads into a new sheet, and FUNNEL.WEIGHTED over it equals core's weightedPipeline", async () => {
    session = await workbench.open(language, { width: 1920, height: 1080 });
    await session.page.getByRole("button", { name: workbenchText("loadSample", language) }).click();
    const sheetName = workbenchText("sampleSheetName", language);
    await expect(session.page.getByRole("tab", { name: sheetName, selected: true }).count()).resolves.toBe(1);
    await expect(cell(session.page, "D1").textContent()).resolves.toBe(language === "zh" ? "阶段" : "Stage");

    const { value, lastRow } = expectedWeighted(language);
    await typeInto(session, "K2", `=FUNNEL.WEIGHTED(E2:E${lastRow},D2:D${lastRow})`);
    const shown = Number(await cell(session.page, "K2").textContent());
    expect(shown).toBeCloseTo(value, 2);
    expect(value).toBeGreaterThan(0);

    await typeInto(session, "K4", `=FUNNEL.ACTIONS(D2)`);
    await cell(session.page, "K2").click();
    const file = await screenshot(session, `sample-pipeline-${language}`);
    if (language === "zh") {
      const readme = path.join(ROOT, "assets", "screenshots");
      mkdirSync(readme, { recursive: true });
      copyFileSync(file, path.join(readme, "workbench.png"));
    }
  });
});
