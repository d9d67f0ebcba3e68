/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webDarkTheme } from "@fluentui/react-components";
import { loadChineseScript, SIMPLIFIED } from "../language/chineseScript";
import { LANGUAGE_PREFERENCE_KEY } from "../language/languagePreference";
import { DEALS } from "../Forecast/testing/forecastTable";
import { createFakeGateway } from "../testing/fakeGateway";
import { App } from "./App";
import { installStillResizeObserver } from "../testing/stillResizeObserver";

beforeAll(installStillResizeObserver);
// The Stage guide's code compiled once up front, so that it loads on demand in a moment, as in the pane.
beforeAll(() => import("../StageGuide/StageGuide"), 60_000);

/**
 * jsdom lays nothing out, so the tab row (Fluent's Overflow container) reports `rowWidth` and each tab and the
 * More button `tabWidth`; with Fluent's 10 px padding a 300 px row holds two 80 px tabs and the More button.
 */
function tabRowOfWidth(rowWidth: number, tabWidth = 80): void {
  jest.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(function (this: HTMLElement) {
    return this.classList.contains("fui-Overflow") ? rowWidth : 0;
  });
  jest.spyOn(HTMLElement.prototype, "offsetWidth", "get").mockImplementation(function (this: HTMLElement) {
    return this.matches("[role=tab], [data-overflow-menu]") ? tabWidth : 0;
  });
}

beforeEach(() => {
  window.localStorage.clear();
  // A pane wide enough for every tab, unless a test narrows it.
  tabRowOfWidth(1000);
});
afterEach(() => jest.restoreAllMocks());

describe("App", () => {
  it("ignores a stored language that is not a product language", () => {
    window.localStorage.setItem(LANGUAGE_PREFERENCE_KEY, "fr");
    render(<App gateway={createFakeGateway()} initialLanguage="en" />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("FUNNEL sales funnel");
  });

  it("renders in Chinese for a Chinese display language", async () => {
    render(<App gateway={createFakeGateway()} initialLanguage="zh" />);

    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("FUNNEL 销售漏斗");
    expect(screen.getByRole("tab", { name: "阶段指南" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("radiogroup", { name: "界面语言" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "中文" })).toBeChecked();
    // The Stage guide loads on demand, as every view: wait until it shows.
    expect(await screen.findByRole("heading", { level: 2, name: "销售漏斗的七个阶段" })).toBeInTheDocument();
  });

  it("renders in English for an English display language", () => {
    render(<App gateway={createFakeGateway()} initialLanguage="en" />);

    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("FUNNEL sales funnel");
    expect(screen.getByRole("navigation", { name: "Views" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Guide" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "English" })).toBeChecked();
  });

  it("offers only real views in its navigation", () => {
    render(<App gateway={createFakeGateway()} initialLanguage="en" />);
    const tabs = screen.getAllByRole("tab");
    expect(tabs).toHaveLength(7);
    expect(tabs[0]).toHaveAccessibleName("Guide");
    expect(tabs[1]).toHaveAccessibleName("Templates");
    expect(tabs[2]).toHaveAccessibleName("Health");
    expect(tabs[3]).toHaveAccessibleName("Forecast");
    expect(tabs[4]).toHaveAccessibleName("Plan");
    expect(tabs[5]).toHaveAccessibleName("Changes");
    expect(tabs[6]).toHaveAccessibleName("Reviews");
    expect(screen.getByRole("tabpanel", { name: "Guide" })).toBeInTheDocument();
  });

  it("opens the templates in their tab", async () => {
    render(<App gateway={createFakeGateway()} initialLanguage="zh" />);

    await userEvent.click(screen.getByRole("tab", { name: "模板" }));

    const panel = screen.getByRole("tabpanel", { name: "模板" });
    // The view loads on demand: wait until it shows.
    expect(await within(panel).findByRole("heading", { level: 2, name: "评估模板" })).toBeInTheDocument();
    expect(within(panel).getByRole("button", { name: "生成“销售机会二次评估”" })).toBeInTheDocument();
  });

  it("switches language with the switch and remembers the choice", async () => {
    render(<App gateway={createFakeGateway()} initialLanguage="zh" />);
    await screen.findByRole("article", { name: "目标客户" });

    await userEvent.click(screen.getByRole("radio", { name: "English" }));

    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("FUNNEL sales funnel");
    expect(screen.getByRole("article", { name: "Target account" })).toBeInTheDocument();
    expect(window.localStorage.getItem(LANGUAGE_PREFERENCE_KEY)).toBe("en");
  });

  it("lets the remembered choice win over the display language next time", () => {
    window.localStorage.setItem(LANGUAGE_PREFERENCE_KEY, "zh");
    render(<App gateway={createFakeGateway()} initialLanguage="en" />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("FUNNEL 销售漏斗");
  });

  it("keeps the language switch reachable by keyboard", async () => {
    render(<App gateway={createFakeGateway()} initialLanguage="zh" />);

    await userEvent.tab();
    expect(screen.getByRole("radio", { name: "中文" })).toHaveFocus();
    await userEvent.keyboard("{ArrowRight}");

    expect(screen.getByRole("radio", { name: "English" })).toBeChecked();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("FUNNEL sales funnel");
  });

  it("marks the pane's language for assistive technology", async () => {
    const { container } = render(<App gateway={createFakeGateway()} initialLanguage="zh" />);
    expect(container.querySelector("[lang='zh-CN'] h1")).not.toBeNull();

    await userEvent.click(screen.getByRole("radio", { name: "English" }));

    expect(container.querySelector("[lang='en'] h1")).not.toBeNull();
  });

  it("applies the theme it is given", () => {
    const { container } = render(
      <App gateway={createFakeGateway()} initialLanguage="en" theme={webDarkTheme} languageStorage={null} />,
    );
    const provider = container.firstElementChild as HTMLElement;
    const themeRules = Array.from(document.styleSheets)
      .flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText))
      .filter((rule) => provider.classList.contains(rule.match(/^\.([\w-]+)/)?.[1] ?? ""));
    expect(themeRules.join("\n")).toContain(
      `--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`,
    );
  });

  it("inserts a stage's actions through the gateway it is given, and reports after a language switch", async () => {
    const gateway = createFakeGateway({ activeAddress: "C3", cells: { C3: "Acme" } });
    render(<App gateway={gateway} initialLanguage="en" />);
    const intent = await screen.findByRole("article", { name: "Interested" });

    await userEvent.click(within(intent).getByRole("button", { name: /Insert next actions/ }));
    expect(gateway.insertedFormulas).toEqual(['=FUNNEL.ACTIONS("intent")']);
    expect(await within(intent).findByRole("group", { name: "Not inserted" })).toHaveTextContent(
      "Cell C3 is not empty; select an empty cell. Nothing was changed.",
    );

    await userEvent.click(screen.getByRole("radio", { name: "中文" }));

    const 意向 = screen.getByRole("article", { name: "意向客户" });
    expect(within(意向).getByRole("group", { name: "未插入" })).toHaveTextContent("单元格 C3 不为空");
  });
});

describe("App's first view", () => {
  it("shows the header and the tabs at once, and the Stage guide once its code has loaded", async () => {
    render(<App gateway={createFakeGateway()} initialLanguage="en" />);

    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("FUNNEL sales funnel");
    expect(screen.getByRole("tab", { name: "Guide" })).toHaveAttribute("aria-selected", "true");
    expect(
      await screen.findByRole("heading", { level: 2, name: "The seven stages of the funnel" }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole("article")).toHaveLength(7);
  });
});

describe("App's view tabs in a narrow pane", () => {
  /** Whether the tab is in the row (not moved into the More menu). */
  const inRow = (tab: HTMLElement) => !tab.hasAttribute("data-overflowing");
  /**
   * The menu's own More button, once its code has loaded. The button standing in meanwhile is busy (its menu is
   * loading) and is replaced: a test holding it would click a button no longer there.
   */
  const moreButton = (name: string) => screen.findByRole("button", { name, busy: false });
  // The menu's code compiled once up front, so that loading it on demand takes a moment, as in the pane.
  beforeAll(() => import("./ViewsMenu"), 20_000);

  it("opens the menu when its button is clicked before the menu's code has loaded", async () => {
    tabRowOfWidth(300);
    render(<App gateway={createFakeGateway()} initialLanguage="en" />);
    // Right after the first render the button standing in is there, the menu's code still loading.
    fireEvent.click(screen.getByRole("button", { name: "More views" }));
    expect(screen.queryByRole("menu")).toBeNull();

    const menu = await screen.findByRole("menu");
    expect(within(menu).getByRole("menuitem", { name: "Health" })).toBeInTheDocument();
  });

  it("keeps one row: the tabs that do not fit are hidden and listed in the More menu", async () => {
    tabRowOfWidth(300);
    render(<App gateway={createFakeGateway()} initialLanguage="en" />);

    const shown = screen.getAllByRole("tab").filter(inRow);
    expect(shown).toHaveLength(2);
    expect(shown[0]).toHaveAccessibleName("Guide");
    expect(shown[1]).toHaveAccessibleName("Templates");
    await userEvent.click(await moreButton("More views"));

    const items = within(await screen.findByRole("menu")).getAllByRole("menuitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "Health",
      "Forecast",
      "Plan",
      "Changes",
      "Reviews",
    ]);
  });

  it("opens the view chosen in the More menu and shows its tab, selected, in the row", async () => {
    tabRowOfWidth(300);
    render(<App gateway={createFakeGateway()} initialLanguage="en" />);

    await userEvent.click(await moreButton("More views"));
    await userEvent.click(await screen.findByRole("menuitem", { name: "Changes" }));

    const changes = screen.getByRole("tab", { name: "Changes" });
    expect(changes).toHaveAttribute("aria-selected", "true");
    expect(inRow(changes)).toBe(true);
    expect(screen.getByRole("tabpanel", { name: "Changes" })).toBeInTheDocument();
    expect(screen.getAllByRole("tab").filter(inRow)).toHaveLength(2);
    await userEvent.click(await moreButton("More views"));
    expect(await screen.findByRole("menuitem", { name: "Templates" })).toBeInTheDocument();
    expect(screen.queryByRole("menuitem", { name: "Changes" })).toBeNull();
  });

  it("answers Enter in Chinese: on the More button it opens the menu, on an entry it opens that view", async () => {
    tabRowOfWidth(300);
    render(<App gateway={createFakeGateway()} initialLanguage="zh" />);
    const more = await moreButton("更多视图");
    expect(more).toHaveTextContent("更多");

    more.focus();
    await userEvent.keyboard("{Enter}");
    // jsdom lays nothing out, so Fluent's own move into the menu (arrow keys) is left to the e2e test.
    (await screen.findByRole("menuitem", { name: "评估" })).focus();
    await userEvent.keyboard("{Enter}");

    expect(screen.getByRole("tab", { name: "评估" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "评估" })).toBeInTheDocument();
  });

  it("shows every tab and no More button when the row holds them all", () => {
    tabRowOfWidth(1000);
    render(<App gateway={createFakeGateway()} initialLanguage="en" />);

    expect(screen.getAllByRole("tab").filter(inRow)).toHaveLength(7);
    expect(screen.queryByRole("button", { name: "More views" })).toBeNull();
  });
});

describe("App's pipeline views", () => {
  // The views' code (and the shared pipeline data's) compiled once up front, so that each loads on demand in a
  // moment, as in the pane, even on a busy machine.
  beforeAll(
    () =>
      Promise.all([
        import("../shared/PipelineSourceContext"),
        import("../PipelineHealth/PipelineHealth"),
        import("../Forecast/Forecast"),
        import("../Plan/Plan"),
      ]),
    60_000,
  );

  it("share the data read, the mapping and the as-of date: Forecast reuses what Pipeline health read, and back", async () => {
    const gateway = createFakeGateway({ sheetData: { CRM: DEALS } });
    render(<App gateway={gateway} initialLanguage="en" today={() => new Date(2025, 5, 30, 9, 0)} />);
    await userEvent.click(screen.getByRole("tab", { name: "Health" }));
    await screen.findByRole("option", { name: "Sheet CRM" });
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Data" }), "sheet:CRM");
    await userEvent.click(screen.getByRole("button", { name: "Read" }));
    await screen.findByRole("region", { name: "What each column means" });
    const asOf = screen.getByLabelText("As-of date");
    await userEvent.clear(asOf);
    await userEvent.type(asOf, "2025-07-15");

    await userEvent.click(screen.getByRole("tab", { name: "Forecast" }));

    const panel = screen.getByRole("tabpanel", { name: "Forecast" });
    // The view loads on demand: wait until it shows.
    await within(panel).findByRole("combobox", { name: "Quarter (by expected close date)" });
    expect(within(panel).getByText("Read 7 data rows from sheet “CRM”.")).toBeInTheDocument();
    expect(within(panel).getByLabelText("As-of date")).toHaveValue("2025-07-15");
    expect(within(panel).getByRole("combobox", { name: "Quarter (by expected close date)" })).toHaveValue(
      "2025-Q3",
    );
    expect(await within(panel).findByRole("region", { name: "Forecast figures" })).toBeInTheDocument();
    expect(gateway.readRequests).toHaveLength(1);

    await userEvent.click(screen.getByRole("tab", { name: "Health" }));
    expect(screen.getByRole("button", { name: "Generate report" })).not.toHaveAttribute(
      "aria-disabled",
      "true",
    );
  });

  it("give the Plan view the data Pipeline health read, its as-of date choosing the next quarter", async () => {
    const gateway = createFakeGateway({ sheetData: { CRM: DEALS } });
    render(<App gateway={gateway} initialLanguage="en" today={() => new Date(2025, 5, 30, 9, 0)} />);
    await userEvent.click(screen.getByRole("tab", { name: "Health" }));
    await screen.findByRole("option", { name: "Sheet CRM" });
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Data" }), "sheet:CRM");
    await userEvent.click(screen.getByRole("button", { name: "Read" }));
    await screen.findByRole("region", { name: "What each column means" });

    await userEvent.click(screen.getByRole("tab", { name: "Plan" }));

    const panel = screen.getByRole("tabpanel", { name: "Plan" });
    // The view loads on demand: wait until it shows.
    await within(panel).findByRole("combobox", { name: "Period" });
    expect(within(panel).getByText("Read 7 data rows from sheet “CRM”.")).toBeInTheDocument();
    expect(within(panel).getByRole("combobox", { name: "Period" })).toHaveValue("2025-Q3");
    await userEvent.type(within(panel).getByRole("textbox", { name: "Target amount" }), "500000");
    expect(await within(panel).findByRole("table", { name: "Reverse funnel" })).toBeInTheDocument();
    expect(gateway.readRequests).toHaveLength(1);
  });

  it("keeps what Pipeline health read while the Stage guide is open", async () => {
    const gateway = createFakeGateway({ sheetData: { CRM: DEALS } });
    render(<App gateway={gateway} initialLanguage="en" today={() => new Date(2025, 5, 30, 9, 0)} />);
    await screen.findByRole("heading", { level: 2, name: "The seven stages of the funnel" });

    await userEvent.click(screen.getByRole("tab", { name: "Health" }));
    await screen.findByRole("option", { name: "Sheet CRM" });
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Data" }), "sheet:CRM");
    await userEvent.click(screen.getByRole("button", { name: "Read" }));
    await screen.findByRole("region", { name: "What each column means" });
    await userEvent.click(screen.getByRole("tab", { name: "Guide" }));
    await screen.findByRole("heading", { level: 2, name: "The seven stages of the funnel" });
    await userEvent.click(screen.getByRole("tab", { name: "Health" }));

    expect(await screen.findByText("Read 7 data rows from sheet “CRM”.")).toBeInTheDocument();
    expect(gateway.readRequests).toHaveLength(1);
  });
});

describe("App in Traditional Chinese", () => {
  it.each([
    ["zh-TW", "zh-TW"],
    ["zh-HK", "zh-HK"],
    ["zh-MO", "zh-HK"],
  ])("speaks Traditional Chinese for the display language %s", async (displayLanguage, tag) => {
    const chinese = await loadChineseScript(displayLanguage);
    expect([chinese.script, chinese.tag]).toEqual(["Hant", tag]);
    const { container } = render(
      <App gateway={createFakeGateway()} initialLanguage="zh" chinese={chinese} />,
    );

    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("FUNNEL 銷售漏斗");
    expect(screen.getByRole("tab", { name: "階段指南" })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByRole("heading", { level: 2, name: "銷售漏斗的七個階段" })).toBeInTheDocument();
    expect(screen.getAllByText(/立項客戶/).length).toBeGreaterThan(0);
    expect(container.querySelector(`[lang="${tag}"]`)).not.toBeNull();
    await userEvent.click(screen.getByRole("tab", { name: "範本" }));
    expect(await screen.findByRole("heading", { level: 2, name: "評估範本" })).toBeInTheDocument();
  });

  it("stays in Simplified Chinese, loading nothing, for zh-CN and English display languages", async () => {
    expect(await loadChineseScript("zh-CN")).toBe(SIMPLIFIED);
    expect(await loadChineseScript("en-US")).toBe(SIMPLIFIED);
  });

  it("answers in English when the user chose English, whatever the script", async () => {
    window.localStorage.setItem(LANGUAGE_PREFERENCE_KEY, "en");
    render(
      <App gateway={createFakeGateway()} initialLanguage="zh" chinese={await loadChineseScript("zh-TW")} />,
    );
    expect(screen.getByRole("tab", { name: "Guide" })).toBeInTheDocument();
  });
});
