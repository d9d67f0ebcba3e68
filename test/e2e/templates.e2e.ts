/**
 * The task pane's Templates view in the workbench: every template generates into a new sheet in both languages;
 * generating never writes over a sheet (a second one is "… (2)", an existing sheet keeps every cell); and the
 * generated sheets work — ratings drive FUNNEL.WINWORTH, marker answers drive FUNNEL.STAGE, deals drive the
 * pipeline's weighted totals, and the stage settings' probabilities flow into them. Cells are found from the
 * templates' specs (built here with the same builders), never from hard-coded addresses.
 */
import type { Language } from "../../src/core/kernel";
import { t } from "../../src/core/i18n";
import { uniqueSheetName, LABELS } from "../../src/core/sheet";
import { DEFAULT_PROBABILITIES, RELATIONSHIP_PHASES, STAGES, type StageId } from "../../src/core/stages";
import { TEMPLATES, templateById, WORTH_RATINGS } from "../../src/core/templates";
import { verdictText, worthWinning } from "../../src/core/metrics";
import {
  addressOf,
  findCell,
  pipelineLayout,
  probabilityCell,
  specOf,
  validatedCells,
} from "./support/templateSpecs";
import {
  chooseTemplateLanguage,
  clickGenerate,
  drawnCells,
  fillNames,
  generate,
  openTemplates,
  pane,
  sheetTab,
  showSheet,
  shownNumber,
  tabCount,
  templateCard,
  textAt,
} from "./support/templatesPane";
import {
  screenshot,
  typeInto,
  type WorkbenchSession,
  workbenchSuite,
  readmeScreenshot,
} from "./support/workbenchPage";

const workbench = workbenchSuite();
let session: WorkbenchSession;

describe.each<Language>(["zh", "en"])("every template in %s", (language) => {
  it("generates into a new sheet tab named as its spec, with its title in A1", async () => {
    session = await workbench.open(language, { width: 1920, height: 1080 });
    await openTemplates(session);
    const sheets = ["Sheet1"];
    // The stage settings first, so the pipeline finds them and every template makes exactly one sheet.
    const order = [
      templateById("stageSettings")!,
      ...TEMPLATES.filter((template) => template.id !== "stageSettings"),
    ];
    for (const template of order) {
      const spec = specOf(template.id, { language });
      const expected = uniqueSheetName(spec.name, sheets);
      await generate(session, template.id, expected);
      sheets.push(expected);
      const heading = findCell(spec, (c) => c.row === 0 && c.col === 0, "title in A1");
      await expect(textAt(session, "A1")).resolves.toBe(String(heading.value));
    }
    await expect(tabCount(session)).resolves.toBe(TEMPLATES.length + 1);
    await readmeScreenshot(session, `templates-${language}`);
  });
});

describe("generating a template twice", () => {
  it("makes a second sheet named (2) and leaves every cell of the first as it was", async () => {
    session = await workbench.open("zh");
    await openTemplates(session);
    await fillNames(session, "华为", "ERP 二期");
    const spec = specOf("secondary", { language: "zh" });
    await generate(session, "secondary", spec.name);
    const [firstRating] = validatedCells(spec, (values) => values === WORTH_RATINGS);
    await typeInto(session, firstRating, "8");
    const before = await drawnCells(session);
    expect(Object.values(before)).toContain("华为");
    expect(Object.values(before)).toContain("8");

    await generate(session, "secondary", `${spec.name} (2)`);
    await expect(tabCount(session)).resolves.toBe(3);
    await expect(textAt(session, firstRating)).resolves.toBe("");

    await showSheet(session, spec.name);
    await expect(drawnCells(session)).resolves.toEqual(before);
  });
});

describe("generating the stage settings again", () => {
  it("warns which sheet drives the formulas, and makes a copy that drives nothing only when asked", async () => {
    session = await workbench.open("zh");
    await openTemplates(session);
    const settings = specOf("stageSettings", { language: "zh" }).name;
    await generate(session, "stageSettings", settings);
    await expect(
      templateCard(session, "stageSettings")
        .getByText(t("templateDrivenBy", "zh", { sheet: settings }), { exact: true })
        .count(),
    ).resolves.toBe(1);

    await clickGenerate(session, "stageSettings");
    const warning = templateCard(session, "stageSettings").getByRole("group", {
      name: t("templateExistsTitle", "zh", { sheet: settings }),
    });
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toContain(t("templateExists", "zh", { sheet: settings }));
    await expect(tabCount(session)).resolves.toBe(2);
    await screenshot(session, "templates-settings-again-zh");

    await warning.getByRole("button", { name: t("templateCopyAnyway", "zh") }).click();
    const copy = `${settings} (2)`;
    await sheetTab(session, copy, true).waitFor();
    const outcome = templateCard(session, "stageSettings").getByRole("group", {
      name: t("generateSuccessTitle", "zh"),
    });
    await expect(outcome.textContent()).resolves.toContain(t("generateSuccess", "zh", { sheet: copy }));
    await expect(outcome.textContent()).resolves.toContain(
      t("templateCopyDrivesNothing", "zh", { sheet: settings }),
    );
    await expect(tabCount(session)).resolves.toBe(3);
  });
});

describe("the secondary assessment (二次评估)", () => {
  it("changes its FUNNEL.WINWORTH verdict when the ratings change", async () => {
    session = await workbench.open("zh");
    await openTemplates(session);
    const spec = specOf("secondary", { language: "zh" });
    await generate(session, "secondary", spec.name);
    const ratings = validatedCells(spec, (values) => values === WORTH_RATINGS);
    const verdict = addressOf(
      findCell(spec, (c) => /FUNNEL\.WINWORTH\(.*"verdict"/.test(c.formula ?? ""), "verdict formula"),
    );
    const expectedVerdict = (values: (number | null)[]) => {
      const assessment = worthWinning(values);
      if (!assessment.ok) throw new Error(assessment.error.message.en);
      return verdictText(assessment.value.verdict, "zh");
    };

    await expect(textAt(session, verdict)).resolves.toBe("");
    const good = [9, 9, 8, 2, 9];
    for (const [i, rating] of good.entries()) await typeInto(session, ratings[i], String(rating));
    await expect(textAt(session, verdict)).resolves.toBe(expectedVerdict(good));
    expect(expectedVerdict(good)).toBe("值得赢");

    const poor = [3, 2, 3, 9, 2];
    for (const [i, rating] of poor.entries()) await typeInto(session, ratings[i], String(rating));
    await expect(textAt(session, verdict)).resolves.toBe(expectedVerdict(poor));
    expect(expectedVerdict(poor)).toBe("不值得");
    await screenshot(session, "templates-secondary-zh");
  });

  it("scores the valid ratings and names a pasted invalid one instead of showing #VALUE!", async () => {
    session = await workbench.open("zh");
    await openTemplates(session);
    const spec = specOf("secondary", { language: "zh" });
    await generate(session, "secondary", spec.name);
    const ratings = validatedCells(spec, (values) => values === WORTH_RATINGS);
    const verdictCell = findCell(
      spec,
      (c) => /FUNNEL\.WINWORTH\(.*"verdict"/.test(c.formula ?? ""),
      "verdict",
    );
    const check = findCell(
      spec,
      (c) => c.row === verdictCell.row + 1 && (c.formula ?? "").includes("ADDRESS("),
      "rating check",
    );

    // The workbench, like a paste in Excel, takes a value its dropdown does not offer.
    const entered = ["9", "很好", "8", "2", "9"];
    for (const [i, rating] of entered.entries()) await typeInto(session, ratings[i], rating);
    const valid = worthWinning([9, null, 8, 2, 9]);
    if (!valid.ok) throw new Error(valid.error.message.en);
    await expect(textAt(session, addressOf(verdictCell))).resolves.toBe(
      verdictText(valid.value.verdict, "zh"),
    );
    await expect(textAt(session, addressOf(check))).resolves.toContain(`${ratings[1]}“很好”`);

    await typeInto(session, ratings[1], "＋");
    await expect(textAt(session, addressOf(check))).resolves.toMatch(/^✓/);
  });
});

describe("the stage check (阶段判定)", () => {
  it("changes its FUNNEL.STAGE result and next actions as markers are answered", async () => {
    session = await workbench.open("zh");
    await openTemplates(session);
    const spec = specOf("stageCheck", { language: "zh" });
    await generate(session, "stageCheck", spec.name);
    const [yes, no] = [LABELS.yes.zh, LABELS.no.zh];
    const answers = validatedCells(spec, (values, rows) => values?.[0] === yes && rows === STAGES.length);
    const stage = addressOf(
      findCell(spec, (c) => (c.formula ?? "").includes("FUNNEL.STAGE("), "stage formula"),
    );
    const actions = addressOf(
      findCell(spec, (c) => (c.formula ?? "").includes("FUNNEL.ACTIONS("), "actions formula"),
    );

    for (const address of answers.slice(0, 3)) await typeInto(session, address, yes);
    await expect(textAt(session, stage)).resolves.toBe(STAGES[2].name.zh);
    await expect(textAt(session, actions)).resolves.toBe(STAGES[2].actions[0].zh);

    for (const address of answers.slice(3, 5)) await typeInto(session, address, yes);
    await expect(textAt(session, stage)).resolves.toBe(STAGES[4].name.zh);

    await typeInto(session, answers[1], no);
    await expect(textAt(session, stage)).resolves.toBe(STAGES[0].name.zh);
    await expect(textAt(session, actions)).resolves.toBe(STAGES[0].actions[0].zh);
    await screenshot(session, "templates-stage-check-zh");
  });
});

/** Deals to enter: stage and amount. */
const DEALS: readonly { stage: StageId; amount: number }[] = [
  { stage: "negotiation", amount: 120_000 },
  { stage: "acknowledged", amount: 80_000 },
  { stage: "intent", amount: 50_000 },
];

/** Σ amount × probability of the deals, with these probabilities. */
const weightedOf = (deals: typeof DEALS, probability: (id: StageId) => number) =>
  deals.reduce((sum, deal) => sum + deal.amount * probability(deal.stage), 0);

/** Enters the deals into the pipeline sheet. */
async function enterDeals(
  s: WorkbenchSession,
  layout: ReturnType<typeof pipelineLayout>,
  language: Language,
) {
  for (const [i, deal] of DEALS.entries()) {
    await typeInto(s, layout.stage(i), STAGES.find((stage) => stage.id === deal.stage)!.name[language]);
    await typeInto(s, layout.amount(i), String(deal.amount));
  }
}

describe("the pipeline tracker (商机管线)", () => {
  it("creates its stage settings, and updates the weighted totals as deals and probabilities change", async () => {
    session = await workbench.open("zh", { width: 1920, height: 1080 });
    await openTemplates(session);
    const settings = specOf("stageSettings", { language: "zh" });
    const spec = specOf("pipeline", { language: "zh" });
    await generate(session, "pipeline", spec.name);
    await expect(
      pane(session)
        .getByText(t("generateAlsoCreated", "zh", { sheets: settings.name }), { exact: true })
        .count(),
    ).resolves.toBe(1);
    await expect(tabCount(session)).resolves.toBe(3);
    const layout = pipelineLayout(spec);

    await expect(textAt(session, layout.weighted).then(shownNumber)).resolves.toBe(0);
    await enterDeals(session, layout, "zh");
    const byDefault = weightedOf(DEALS, (id) => DEFAULT_PROBABILITIES[id]);
    await expect(textAt(session, layout.probability(0)).then(shownNumber)).resolves.toBeCloseTo(
      DEFAULT_PROBABILITIES.negotiation,
      6,
    );
    await expect(textAt(session, layout.weighted).then(shownNumber)).resolves.toBeCloseTo(byDefault, 2);
    await screenshot(session, "templates-pipeline-zh");

    await showSheet(session, settings.name);
    await typeInto(session, probabilityCell(settings, "negotiation", "zh"), "0.9");
    await showSheet(session, spec.name);
    const adjusted = weightedOf(DEALS, (id) => (id === "negotiation" ? 0.9 : DEFAULT_PROBABILITIES[id]));
    await expect(textAt(session, layout.weighted).then(shownNumber)).resolves.toBeCloseTo(adjusted, 2);
  });
});

describe("generating into a workbook that already has the sheet", () => {
  it("keeps every cell of the existing stage settings, creates only the pipeline, and uses the user's settings", async () => {
    session = await workbench.open("en", { width: 1920, height: 1080 });
    await openTemplates(session);
    const settings = specOf("stageSettings", { language: "en" });
    await generate(session, "stageSettings", settings.name);
    await typeInto(session, probabilityCell(settings, "negotiation", "en"), "0.8");
    const before = await drawnCells(session);
    expect(Object.values(before)).toContain(STAGES[5].name.en);

    // A Chinese pipeline into a workbook whose stage settings are English: found, not created again.
    await chooseTemplateLanguage(session, "zh");
    const spec = specOf("pipeline", { language: "zh" });
    await generate(session, "pipeline", spec.name);
    await expect(tabCount(session)).resolves.toBe(3);
    await expect(sheetTab(session, `${settings.name} (2)`).count()).resolves.toBe(0);

    const layout = pipelineLayout(spec);
    await enterDeals(session, layout, "en");
    const expected = weightedOf(DEALS, (id) => (id === "negotiation" ? 0.8 : DEFAULT_PROBABILITIES[id]));
    await expect(textAt(session, layout.weighted).then(shownNumber)).resolves.toBeCloseTo(expected, 2);

    await showSheet(session, settings.name);
    await expect(drawnCells(session)).resolves.toEqual(before);
  });
});

describe("the deck's coaching on the sheets", () => {
  it("shows the chosen relationship phase's guidance in the secondary assessment (二次评估)", async () => {
    session = await workbench.open("zh");
    await openTemplates(session);
    const spec = specOf("secondary", { language: "zh" });
    await generate(session, "secondary", spec.name);
    const [phaseCell] = validatedCells(spec, (values) => values?.[0] === RELATIONSHIP_PHASES[0].name.zh);
    const guidance = addressOf(
      findCell(spec, (c) => (c.formula ?? "").includes(`MATCH(${phaseCell},`), "phase guidance"),
    );

    await expect(textAt(session, guidance)).resolves.toBe("");
    const defence = RELATIONSHIP_PHASES[3];
    await typeInto(session, phaseCell, defence.name.zh);
    await expect(textAt(session, guidance)).resolves.toContain(defence.actions[0].zh);
    await expect(textAt(session, guidance)).resolves.toContain(defence.description[0].zh);
  });

  it("calls a deal closed on the closing checklist only when signing, payment and delivery are all done", async () => {
    session = await workbench.open("en");
    await openTemplates(session);
    const spec = specOf("closing", { language: "en" });
    await generate(session, "closing", spec.name);
    const ticks = validatedCells(spec, (values, rows) => values?.[0] === LABELS.yes.en && rows === 3);
    const verdict = addressOf(
      findCell(spec, (c) => (c.formula ?? "").includes("Signing is not closing"), "verdict"),
    );

    await expect(textAt(session, verdict)).resolves.toBe("✗ Signing is not closing: 3 still to do");
    await typeInto(session, ticks[0], LABELS.yes.en);
    await expect(textAt(session, verdict)).resolves.toBe("✗ Signing is not closing: 2 still to do");
    for (const tick of ticks.slice(1)) await typeInto(session, tick, LABELS.yes.en);
    await expect(textAt(session, verdict)).resolves.toMatch(/^✓ .*: closed$/);
  });
});
