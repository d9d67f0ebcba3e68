/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type Language, fail, type FunnelError, type Result } from "../../core/kernel";
import { TEMPLATES, templateById, type TemplateId } from "../../core/templates";
import type { WorkbookGateway } from "../../excel/gateway";
import { LanguageSwitch } from "../LanguageSwitch/LanguageSwitch";
import { createFakeGateway, type FakeGatewayOptions } from "../testing/fakeGateway";
import { renderPane } from "../testing/renderPane";
import { Templates } from "./Templates";
import { generateTemplate, hasTemplateSheet, sheetExists, templateSheetIn } from "./useTemplates";

const TODAY = new Date(2025, 0, 15, 16, 30);
const TODAY_SERIAL = 45672;

/** The name a template's sheet wants in a language. */
const sheetName = (id: TemplateId, language: Language): string => templateById(id)!.build({ language }).name;

const title = (id: TemplateId, language: Language): string => templateById(id)!.title[language];

const FULL: FunnelError = {
  code: "VALUE",
  message: { zh: "工作簿已满，未创建工作表。", en: "The workbook is full; no sheet was created." },
};

/** The shared fake gateway, with the order of its sheetNames and createSheet calls recorded. */
function recordingGateway(options: FakeGatewayOptions & { failNames?: FunnelError } = {}) {
  const fake = createFakeGateway(options);
  const calls: string[] = [];
  const gateway: WorkbookGateway = {
    ...fake,
    sheetNames: () => {
      calls.push("sheetNames");
      const failure = options.failNames;
      return failure ? Promise.resolve(fail(failure.code, failure.message)) : fake.sheetNames();
    },
    createSheet: (spec) => {
      calls.push(`createSheet ${spec.name}`);
      return fake.createSheet(spec);
    },
  };
  return { fake, gateway, calls };
}

/** A recording gateway whose second createSheet fails (the first makes its sheet). */
function failingSecondCreate() {
  const recording = recordingGateway();
  let creates = 0;
  const gateway: WorkbookGateway = {
    ...recording.gateway,
    createSheet: (spec) => {
      if (++creates === 2) recording.fake.failNextCreate(FULL.message);
      return recording.gateway.createSheet(spec);
    },
  };
  return { ...recording, gateway };
}

describe("sheetExists", () => {
  it("does not take a numbered copy for the sheet itself", () => {
    expect(sheetExists("阶段设置", ["阶段设置 (2)", "Sheet1"])).toBe(false);
  });

  it("compares names as Excel does, ignoring case", () => {
    expect(sheetExists("Stage settings", ["STAGE SETTINGS"])).toBe(true);
    expect(sheetExists("阶段设置", ["阶段设置"])).toBe(true);
  });
});

describe("hasTemplateSheet", () => {
  const settings = templateById("stageSettings")!;

  it("is false when the workbook has neither language's sheet", () => {
    expect(hasTemplateSheet(settings, ["Sheet1", sheetName("pipeline", "zh")])).toBe(false);
  });

  it("finds the template's sheet in either language", () => {
    expect(hasTemplateSheet(settings, [sheetName("stageSettings", "zh")])).toBe(true);
    expect(hasTemplateSheet(settings, [sheetName("stageSettings", "en")])).toBe(true);
  });
});

describe("templateSheetIn", () => {
  const settings = templateById("stageSettings")!;

  it("names the first of the template's sheets in tab order, never a numbered copy", () => {
    const zh = sheetName("stageSettings", "zh");
    const en = sheetName("stageSettings", "en");
    expect(templateSheetIn(settings, ["Sheet1", `${zh} (2)`, en.toUpperCase(), zh])).toBe(en.toUpperCase());
    expect(templateSheetIn(settings, ["Sheet1", `${zh} (2)`])).toBeUndefined();
  });
});

describe("generateTemplate", () => {
  const settings = sheetName("stageSettings", "zh");

  it("makes no second stage settings unasked, and names the sheet the formulas read", async () => {
    const { gateway, calls } = recordingGateway({ otherSheets: [settings] });
    const outcome = await generateTemplate(gateway, "stageSettings", { language: "en" });
    expect(outcome).toEqual({ created: [], existing: settings });
    expect(calls).toEqual(["sheetNames"]);
  });

  it("makes a copy of the stage settings when asked, saying the first one still drives the formulas", async () => {
    const { gateway } = recordingGateway({ otherSheets: [settings] });
    const outcome = await generateTemplate(
      gateway,
      "stageSettings",
      { language: "zh" },
      { copyAnyway: true },
    );
    expect(outcome).toEqual({ created: [`${settings} (2)`], drivenBy: settings });
  });

  it("says the first stage settings drive the formulas, and the pipeline which ones it reads", async () => {
    const { gateway } = recordingGateway();
    await expect(generateTemplate(gateway, "stageSettings", { language: "zh" })).resolves.toEqual({
      created: [settings],
      drivenBy: settings,
    });
    await expect(generateTemplate(gateway, "pipeline", { language: "en" })).resolves.toEqual({
      created: [sheetName("pipeline", "en")],
      drivenBy: settings,
    });
  });

  it("creates nothing when the sheet names cannot be read", async () => {
    const { gateway, calls } = recordingGateway({ failNames: FULL });
    const outcome = await generateTemplate(gateway, "pipeline", { language: "en" });
    expect(outcome).toEqual({ created: [], failure: FULL });
    expect(calls).toEqual(["sheetNames"]);
  });

  it("turns a gateway that rejects into a failure", async () => {
    const broken: WorkbookGateway = {
      ...createFakeGateway(),
      sheetNames: () => Promise.reject(new Error("host gone")),
      createSheet: () => Promise.reject(new Error("host gone")),
    };
    const outcome = await generateTemplate(broken, "swot", { language: "zh" });
    expect(outcome.created).toEqual([]);
    expect(outcome.failure?.message).toEqual({
      zh: "发生意外错误：host gone",
      en: "Something went wrong unexpectedly: host gone",
    });
  });

  it("reports the sheets created before a failure", async () => {
    const { gateway: failsSecond } = failingSecondCreate();
    const outcome = await generateTemplate(failsSecond, "pipeline", { language: "zh" });
    expect(outcome).toEqual({ created: [sheetName("stageSettings", "zh")], failure: FULL });
  });

  it("asks for the sheet names only for a template with requirements", async () => {
    const { gateway, calls } = recordingGateway();
    const outcome = await generateTemplate(gateway, "secondary", { language: "zh" });
    expect(calls).toEqual([`createSheet ${sheetName("secondary", "zh")}`]);
    expect(outcome).toEqual({ created: [sheetName("secondary", "zh")] });
  });
});

describe("Templates", () => {
  it.each<Language>(["zh", "en"])(
    "lists every template with its title, purpose and button in %s",
    (language) => {
      renderPane(<Templates />, { language });

      const list = screen.getByRole("list", { name: language === "zh" ? "模板列表" : "Template list" });
      const cards = within(list).getAllByRole("article");
      expect(cards.map((card) => within(card).getByRole("heading", { level: 3 }).textContent)).toEqual(
        TEMPLATES.map((template) => template.title[language]),
      );
      TEMPLATES.forEach((template, i) => {
        expect(cards[i]).toHaveTextContent(template.purpose[language]);
        const name = language === "zh" ? `生成“${template.title.zh}”` : `Generate ${template.title.en}`;
        expect(within(cards[i]).getByRole("button", { name })).toBeEnabled();
      });
    },
  );

  it("says which template needs another's sheet", () => {
    renderPane(<Templates />, { language: "en" });
    const pipeline = screen.getByRole("article", { name: title("pipeline", "en") });
    expect(pipeline).toHaveTextContent(`Needs the “${title("stageSettings", "en")}” sheet`);
  });

  it("shows a failure's message in the pane's language and keeps the inputs", async () => {
    const { fake: gateway } = recordingGateway();
    gateway.failNextCreate(FULL.message);
    renderPane(<Templates today={() => TODAY} />, { gateway, language: "en" });
    await userEvent.type(screen.getByRole("textbox", { name: "Customer name (optional)" }), "Contoso");

    await userEvent.click(screen.getByRole("button", { name: `Generate ${title("swot", "en")}` }));

    const message = await screen.findByRole("group", { name: "Not created" });
    expect(message).toHaveTextContent("The workbook is full; no sheet was created.");
    expect(screen.getByRole("textbox", { name: "Customer name (optional)" })).toHaveValue("Contoso");
  });

  it("shows a failure in Chinese in a Chinese pane, with the sheets created before it", async () => {
    const { gateway: failsSecond } = failingSecondCreate();
    renderPane(<Templates />, { gateway: failsSecond, language: "zh" });

    await userEvent.click(screen.getByRole("button", { name: `生成“${title("pipeline", "zh")}”` }));

    const message = await screen.findByRole("group", { name: "未生成" });
    expect(message).toHaveTextContent("工作簿已满，未创建工作表。");
    expect(message).toHaveTextContent(`出错前已创建：${sheetName("stageSettings", "zh")}`);
  });

  it("generates in the pane's language by default, with today's date and no names", async () => {
    const { gateway, fake } = recordingGateway();
    renderPane(<Templates today={() => TODAY} />, { gateway, language: "en" });
    expect(screen.getByRole("radiogroup", { name: "Template language" })).toBeInTheDocument();
    expect(
      within(screen.getByRole("radiogroup", { name: "Template language" })).getByRole("radio", {
        name: "English",
      }),
    ).toBeChecked();

    await userEvent.click(screen.getByRole("button", { name: `Generate ${title("preliminary", "en")}` }));

    await screen.findByRole("group", { name: "Created" });
    expect(fake.requestedSpecs).toEqual([
      templateById("preliminary")!.build({ language: "en", date: TODAY_SERIAL }),
    ]);
  });

  it("writes today's date into a 1904 workbook as the serial that shows today there", async () => {
    const { gateway, fake } = recordingGateway({ dateSystem: 1904 });
    renderPane(<Templates today={() => TODAY} />, { gateway, language: "en" });

    await userEvent.click(screen.getByRole("button", { name: `Generate ${title("preliminary", "en")}` }));

    await screen.findByRole("group", { name: "Created" });
    const written = [...(fake.contents.get(sheetName("preliminary", "en")) ?? []).values()];
    expect(written).toContain(TODAY_SERIAL - 1462);
    expect(written).not.toContain(TODAY_SERIAL);
  });

  it("generates a spec built for the chosen language, customer and opportunity", async () => {
    const { gateway, fake } = recordingGateway();
    renderPane(<Templates today={() => TODAY} />, { gateway, language: "zh" });

    await userEvent.type(screen.getByRole("textbox", { name: "客户名称（可选）" }), "  Contoso ");
    await userEvent.type(screen.getByRole("textbox", { name: "商机名称（可选）" }), "ERP 2025");
    const languages = screen.getByRole("radiogroup", { name: "模板语言" });
    await userEvent.click(within(languages).getByRole("radio", { name: "English" }));
    await userEvent.click(screen.getByRole("button", { name: `生成“${title("secondary", "zh")}”` }));

    expect(await screen.findByRole("group", { name: "已生成" })).toHaveTextContent(
      `已创建 ${sheetName("secondary", "en")}`,
    );
    expect(fake.requestedSpecs).toEqual([
      templateById("secondary")!.build({
        language: "en",
        customer: "Contoso",
        opportunity: "ERP 2025",
        date: TODAY_SERIAL,
      }),
    ]);
  });

  it("names the numbered sheet when the workbook already has one of the same name", async () => {
    const { gateway, fake } = recordingGateway({ otherSheets: [sheetName("secondary", "zh")] });
    renderPane(<Templates />, { gateway, language: "zh" });

    await userEvent.click(screen.getByRole("button", { name: `生成“${title("secondary", "zh")}”` }));

    const message = await screen.findByRole("group", { name: "已生成" });
    expect(message).toHaveTextContent(`已创建 ${sheetName("secondary", "zh")} (2)`);
    expect(fake.sheets).toEqual([
      "Sheet1",
      sheetName("secondary", "zh"),
      `${sheetName("secondary", "zh")} (2)`,
    ]);
  });

  it("shows the workbook's notes on what it did not do as asked, in the pane's language, after a language switch", async () => {
    const { gateway: recorded } = recordingGateway();
    const NOTE = {
      zh: "打印时未设置“将所有列调整为一页”：InvalidArgument",
      en: "The sheet prints without fitting all columns on one page: InvalidArgument",
    };
    const gateway: WorkbookGateway = {
      ...recorded,
      createSheet: async (spec) => {
        const made = await recorded.createSheet(spec);
        return made.ok ? { ok: true, value: { ...made.value, notes: [NOTE] } } : made;
      },
    };
    renderPane(
      <>
        <LanguageSwitch />
        <Templates />
      </>,
      { gateway, language: "en" },
    );

    await userEvent.click(screen.getByRole("button", { name: `Generate ${title("swot", "en")}` }));

    const message = await screen.findByRole("group", { name: "Created" });
    expect(message).toHaveTextContent(NOTE.en);
    const paneSwitch = screen.getByRole("radiogroup", { name: "Language" });
    await userEvent.click(within(paneSwitch).getByRole("radio", { name: "中文" }));
    expect(screen.getByRole("group", { name: "已生成" })).toHaveTextContent(NOTE.zh);
    // The pane remembers its language: forget it, as the other tests expect.
    window.localStorage.clear();
  });

  it("creates the stage settings first when the workbook lacks them", async () => {
    const { gateway, calls } = recordingGateway();
    renderPane(<Templates />, { gateway, language: "zh" });

    await userEvent.click(screen.getByRole("button", { name: `生成“${title("pipeline", "zh")}”` }));

    const message = await screen.findByRole("group", { name: "已生成" });
    expect(calls).toEqual([
      "sheetNames",
      `createSheet ${sheetName("stageSettings", "zh")}`,
      `createSheet ${sheetName("pipeline", "zh")}`,
    ]);
    expect(message).toHaveTextContent(`已创建 ${sheetName("pipeline", "zh")}`);
    expect(message).toHaveTextContent(`同时先创建了它所需的 ${sheetName("stageSettings", "zh")}。`);
  });

  it("does not create the stage settings when the workbook has them, in either language", async () => {
    const { gateway, calls } = recordingGateway({ otherSheets: [sheetName("stageSettings", "en")] });
    renderPane(<Templates />, { gateway, language: "zh" });

    await userEvent.click(screen.getByRole("button", { name: `生成“${title("pipeline", "zh")}”` }));

    await screen.findByRole("group", { name: "已生成" });
    expect(calls).toEqual(["sheetNames", `createSheet ${sheetName("pipeline", "zh")}`]);
  });

  it("warns before a second stage settings, and makes a copy that drives nothing only when asked", async () => {
    const existing = sheetName("stageSettings", "en");
    const { gateway, fake } = recordingGateway({ otherSheets: [existing] });
    renderPane(<Templates />, { gateway, language: "en" });
    const card = screen.getByRole("article", { name: title("stageSettings", "en") });

    await userEvent.click(
      within(card).getByRole("button", { name: `Generate ${title("stageSettings", "en")}` }),
    );

    const warning = await within(card).findByRole("group", {
      name: `The workbook already has “${existing}”`,
    });
    expect(warning).toHaveTextContent(`The formulas read the stage settings on sheet “${existing}”`);
    expect(fake.requestedSpecs).toEqual([]);
    await userEvent.click(within(warning).getByRole("button", { name: "Make a copy anyway" }));

    const made = await within(card).findByRole("group", { name: "Created" });
    expect(made).toHaveTextContent(`Created ${existing} (2)`);
    expect(made).toHaveTextContent(`This copy drives no formula: the formulas still read “${existing}”.`);
    expect(fake.sheets).toEqual(["Sheet1", existing, `${existing} (2)`]);
  });

  it("cancels a second stage settings, in Chinese, creating nothing", async () => {
    const existing = sheetName("stageSettings", "zh");
    const { gateway, fake } = recordingGateway({ otherSheets: [existing] });
    renderPane(<Templates />, { gateway, language: "zh" });

    await userEvent.click(screen.getByRole("button", { name: `生成“${title("stageSettings", "zh")}”` }));
    const warning = await screen.findByRole("group", { name: `工作簿已有“${existing}”` });
    expect(warning).toHaveTextContent("再生成的副本不驱动任何公式");
    await userEvent.click(within(warning).getByRole("button", { name: "取消" }));

    expect(screen.queryByRole("group", { name: `工作簿已有“${existing}”` })).not.toBeInTheDocument();
    expect(fake.sheets).toEqual(["Sheet1", existing]);
  });

  it("says which sheet's stage settings the new pipeline reads", async () => {
    const { gateway } = recordingGateway();
    renderPane(<Templates />, { gateway, language: "zh" });

    await userEvent.click(screen.getByRole("button", { name: `生成“${title("pipeline", "zh")}”` }));

    const message = await screen.findByRole("group", { name: "已生成" });
    expect(message).toHaveTextContent(`公式读取工作表“${sheetName("stageSettings", "zh")}”中的阶段设置。`);
  });

  it("disables every Generate button and shows a spinner while one runs", async () => {
    const { gateway, calls } = recordingGateway();
    let finish: () => void = () => undefined;
    const slow: WorkbookGateway = {
      ...gateway,
      createSheet: (spec) =>
        new Promise<Result<{ sheet: string }>>((resolve) => {
          finish = () => void gateway.createSheet(spec).then(resolve);
        }),
    };
    renderPane(<Templates />, { gateway: slow, language: "en" });
    const swot = screen.getByRole("button", { name: `Generate ${title("swot", "en")}` });
    const stageCheck = screen.getByRole("button", { name: `Generate ${title("stageCheck", "en")}` });

    await userEvent.click(swot);

    expect(swot).toHaveTextContent("Generating…");
    expect(within(swot).getByRole("progressbar")).toBeInTheDocument();
    for (const button of screen.getAllByRole("button", { name: /^Generate / })) {
      expect(button).toHaveAttribute("aria-disabled", "true");
    }
    await userEvent.click(stageCheck);
    await userEvent.click(swot);
    finish();

    await screen.findByRole("group", { name: "Created" });
    expect(calls).toEqual([`createSheet ${sheetName("swot", "en")}`]);
    expect(swot).not.toHaveAttribute("aria-disabled", "true");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("hides the message when dismissed", async () => {
    const { gateway } = recordingGateway();
    renderPane(<Templates />, { gateway, language: "en" });
    await userEvent.click(screen.getByRole("button", { name: `Generate ${title("customerVisit", "en")}` }));
    const message = await screen.findByRole("group", { name: "Created" });

    await userEvent.click(within(message).getByRole("button", { name: "Dismiss" }));

    expect(screen.queryByRole("group", { name: "Created" })).not.toBeInTheDocument();
  });

  it("follows the pane's language for the sheets until a template language is chosen", async () => {
    const { gateway, fake } = recordingGateway();
    renderPane(
      <>
        <LanguageSwitch />
        <Templates />
      </>,
      { gateway, language: "zh" },
    );
    const paneSwitch = screen.getByRole("radiogroup", { name: "界面语言" });

    await userEvent.click(within(paneSwitch).getByRole("radio", { name: "English" }));
    const templateLanguage = screen.getByRole("radiogroup", { name: "Template language" });
    expect(within(templateLanguage).getByRole("radio", { name: "English" })).toBeChecked();
    await userEvent.click(within(templateLanguage).getByRole("radio", { name: "中文" }));
    await userEvent.click(
      screen.getByRole("button", { name: `Generate ${title("negotiationReadiness", "en")}` }),
    );

    await screen.findByRole("group", { name: "Created" });
    expect(fake.requestedSpecs.map((spec) => spec.name)).toEqual([sheetName("negotiationReadiness", "zh")]);
  });
});
