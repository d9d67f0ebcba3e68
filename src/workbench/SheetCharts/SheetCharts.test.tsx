/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import type { ChartSpec, SheetSpec } from "../../core/sheet";
import { valueOf } from "../../core/kernel/testing/results";
import { renderSpec } from "../engine/renderSpec";
import { WorkbookEngine } from "../engine/workbookEngine";
import { RowLayout } from "../rowLayout";
import { anchorFrame, SheetCharts } from "./SheetCharts";

// What jsdom lacks and the charts measure with: text widths, element resizes and a canvas.
beforeAll(() => {
  class NoResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(globalThis, { ResizeObserver: NoResizeObserver });
  Object.assign(SVGElement.prototype, {
    getComputedTextLength(this: SVGElement) {
      return (this.textContent ?? "").length * 7;
    },
    getBBox: () => ({ x: 0, y: 0, width: 40, height: 12 }),
  });
  Object.assign(HTMLElement.prototype, {
    getBoundingClientRect: () => ({
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      right: 400,
      bottom: 240,
      width: 400,
      height: 240,
    }),
  });
  Object.assign(HTMLCanvasElement.prototype, {
    getContext: () => ({ measureText: (text: string) => ({ width: text.length * 7 }), font: "" }),
  });
});

const lines = (row: number, col: number, rows: number) => ({ row, col, rows, cols: 1 });
const chart = (kind: ChartSpec["kind"], title: string, anchorRow: number): ChartSpec => ({
  kind,
  title,
  categories: lines(1, 0, 3),
  series: [{ name: "Deals", values: lines(1, 1, 3) }],
  anchor: { row: anchorRow, col: 3, rows: 10, cols: 4 },
});

const REPORT: SheetSpec = {
  name: "Health",
  cells: [
    { row: 0, col: 0, value: "Stage" },
    { row: 0, col: 1, value: "Deals" },
    { row: 0, col: 2, value: "Amount" },
    { row: 1, col: 0, value: "Prospect" },
    { row: 1, col: 1, value: 12 },
    { row: 1, col: 2, value: 900 },
    { row: 2, col: 0, value: "Negotiation" },
    { row: 2, col: 1, formula: "=B2/2" },
    { row: 2, col: 2, value: 500 },
    { row: 3, col: 0, value: "Won" },
    { row: 3, col: 1, value: 2 },
    { row: 3, col: 2, value: 300 },
  ],
  columnWidths: { 3: 75 },
  charts: [
    chart("funnel", "Deals by stage", 0),
    chart("bar", "Stuck deals by stage", 10),
    {
      ...chart("column", "Pipeline by stage", 20),
      series: [
        { name: "Deals", values: lines(1, 1, 3) },
        { name: "Amount", values: lines(1, 2, 3) },
      ],
    },
    chart("line", "Deals over stages", 30),
  ],
};

function renderCharts() {
  const engine = WorkbookEngine.create();
  const { sheet } = valueOf(renderSpec(engine, REPORT));
  const layout = new RowLayout(24, new Map());
  const view = (version: number) => (
    <FluentProvider theme={webLightTheme}>
      <SheetCharts engine={engine} version={version} sheet={sheet} layout={layout} />
    </FluentProvider>
  );
  const { rerender } = render(view(engine.version));
  return { engine, sheet, redraw: () => rerender(view(engine.version)) };
}

describe("SheetCharts", () => {
  it("draws nothing on a sheet without charts", () => {
    const engine = WorkbookEngine.create();
    render(<SheetCharts engine={engine} version={0} sheet="Sheet1" layout={new RowLayout(24, new Map())} />);
    expect(screen.queryByRole("figure")).not.toBeInTheDocument();
  });

  it("places a chart over exactly its anchor cells", () => {
    const layout = new RowLayout(24, new Map([[1, 60]]));
    expect(
      anchorFrame({ row: 2, col: 1, rows: 3, cols: 2 }, (col) => (col === 0 ? 50 : 100), layout),
    ).toEqual({
      top: 84,
      left: 50,
      width: 200,
      height: 72,
    });
  });

  it("draws each chart as a figure named by its title, over its anchor", () => {
    renderCharts();
    const names = screen.getAllByRole("figure").map((figure) => figure.getAttribute("aria-label"));
    expect(names).toEqual([
      "Deals by stage",
      "Stuck deals by stage",
      "Pipeline by stage",
      "Deals over stages",
    ]);
    const funnel = screen.getByRole("figure", { name: "Deals by stage" });
    expect(funnel).toHaveAttribute("data-chart-kind", "funnel");
    expect(funnel).toHaveStyle({ top: "0px", left: "300px", width: "400px", height: "240px" });
    expect(screen.getByRole("figure", { name: "Stuck deals by stage" })).toHaveStyle({ top: "240px" });
  });

  it("names each funnel band with its stage, count and conversion to the next stage, in order", () => {
    renderCharts();
    const funnel = screen.getByRole("figure", { name: "Deals by stage" });
    const labels = within(funnel)
      .getAllByRole("option")
      .map((option) => option.getAttribute("aria-label"));
    expect(labels).toEqual(["Prospect, 12.", "Negotiation, 6.", "Won, 2."]);
    const texts = Array.from(funnel.querySelectorAll("text")).map((text) => text.textContent);
    expect(texts).toEqual(
      expect.arrayContaining(["Prospect", "12", "↓ 50.0%", "Negotiation", "6", "↓ 33.3%", "Won", "2"]),
    );
    expect(within(funnel).getByText("Deals by stage", { selector: "figcaption" })).toBeInTheDocument();
  });

  it("writes each value in the chart's number format, as the tables show it", () => {
    const engine = WorkbookEngine.create();
    const spec: SheetSpec = {
      ...REPORT,
      charts: [{ ...chart("bar", "Amount by stage", 0), numberFormat: "0.0%", dataLabels: true }],
    };
    const { sheet } = valueOf(renderSpec(engine, spec));
    engine.setCell(sheet, { row: 1, col: 1 }, 0.706);
    render(
      <SheetCharts
        engine={engine}
        version={engine.version}
        sheet={sheet}
        layout={new RowLayout(24, new Map())}
      />,
    );
    const bars = screen.getByRole("figure", { name: "Amount by stage" });
    const texts = Array.from(bars.querySelectorAll("text")).map((text) => text.textContent);
    expect(texts).toEqual(["Prospect", "70.6%", "Negotiation", "35.3%", "Won", "200.0%"]);
  });

  it("says why a chart of nothing is empty and what to do, in place of the chart", () => {
    const engine = WorkbookEngine.create();
    const note = "No open deals close in these periods: check the close dates.";
    const spec: SheetSpec = {
      ...REPORT,
      cells: REPORT.cells.map((cell) =>
        cell.col === 1 && cell.row > 0 ? { row: cell.row, col: 1, value: 0 } : cell,
      ),
      charts: [{ ...chart("line", "Forecast range", 0), emptyNote: note }],
    };
    const { sheet } = valueOf(renderSpec(engine, spec));
    render(
      <SheetCharts
        engine={engine}
        version={engine.version}
        sheet={sheet}
        layout={new RowLayout(24, new Map())}
      />,
    );
    const figure = screen.getByRole("figure", { name: "Forecast range" });
    expect(within(figure).getByText(note)).toBeInTheDocument();
    expect(figure.querySelector("svg")).toBeNull();
  });

  it("draws a bridge's steps floating on its hidden base, stacked, with no legend", () => {
    const engine = WorkbookEngine.create();
    const spec: SheetSpec = {
      name: "Bridge",
      cells: [
        ["Pipeline at start", 0, 0, 0, 400],
        ["New", 400, 50, 0, 0],
        ["Won", 150, 0, 300, 0],
        ["Pipeline at end", 0, 0, 0, 150],
      ].flatMap((line, row) => line.map((value, col) => ({ row, col, value }))),
      charts: [
        {
          kind: "stackedColumn",
          title: "Pipeline bridge",
          categories: lines(0, 0, 4),
          series: [
            { name: "Base", values: lines(0, 1, 4), hidden: true },
            { name: "Increase", values: lines(0, 2, 4) },
            { name: "Decrease", values: lines(0, 3, 4) },
            { name: "Total", values: lines(0, 4, 4) },
          ],
          anchor: { row: 5, col: 0, rows: 12, cols: 6 },
          numberFormat: "#,##0",
          seriesColors: ["#FFFFFF", "#548235", "#C00000", "#1F4E79"],
        },
      ],
    };
    const { sheet } = valueOf(renderSpec(engine, spec));
    render(
      <SheetCharts
        engine={engine}
        version={engine.version}
        sheet={sheet}
        layout={new RowLayout(24, new Map())}
      />,
    );
    const figure = screen.getByRole("figure", { name: "Pipeline bridge" });
    expect(figure).toHaveAttribute("data-chart-kind", "stackedColumn");
    const bars = (name: string) =>
      Array.from(figure.querySelectorAll(`rect[data-series="${name}"]`)).map((rect) => ({
        top: Number(rect.getAttribute("y")),
        height: Number(rect.getAttribute("height")),
      }));
    expect(bars("Base")).toEqual([]);
    const [start, end] = bars("Total").filter((bar) => bar.height > 0);
    const [added] = bars("Increase").filter((bar) => bar.height > 0);
    const [won] = bars("Decrease").filter((bar) => bar.height > 0);
    // New floats on the start (its bottom at 400), Won hangs from 450 down to the end's 150.
    expect(added.top + added.height).toBeCloseTo(start.top, 5);
    expect(won.top).toBeCloseTo(added.top, 5);
    expect(won.top + won.height).toBeCloseTo(end.top, 5);
    expect(within(figure).queryByLabelText("legend")).not.toBeInTheDocument();
  });

  it("labels every category under a column chart, however long: wrapped, else turned, none dropped", () => {
    const names = ["Pipeline at start", "Amount not comparable", "Pulled in", "Pushed out", "Removed"];
    const drawn = (cols: number) => {
      const engine = WorkbookEngine.create();
      const steps = { ...chart("column", `Steps ${cols}`, 6), anchor: { row: 6, col: 0, rows: 10, cols } };
      const spec: SheetSpec = {
        name: `Long ${cols}`,
        cells: names.flatMap((name, row) => [
          { row, col: 0, value: name },
          { row, col: 1, value: 10 * (row + 1) },
        ]),
        charts: [
          { ...steps, categories: lines(0, 0, 5), series: [{ name: "Amount", values: lines(0, 1, 5) }] },
        ],
      };
      const { sheet } = valueOf(renderSpec(engine, spec));
      render(
        <SheetCharts
          engine={engine}
          version={engine.version}
          sheet={sheet}
          layout={new RowLayout(24, new Map())}
        />,
      );
      const figure = screen.getByRole("figure", { name: `Steps ${cols}` });
      const categories = within(figure).getByLabelText("categories");
      const texts = Array.from(categories.querySelectorAll("text"));
      return {
        mode: categories.getAttribute("data-labels"),
        names: texts.map((text) => text.querySelector("title")?.textContent),
        shown: texts.map((text) =>
          Array.from(text.querySelectorAll("tspan"))
            .map((line) => line.textContent)
            .join(" "),
        ),
      };
    };
    const wide = drawn(7);
    expect(wide).toEqual({ mode: "flat", names, shown: names });
    const narrow = drawn(3);
    expect(narrow.mode).toBe("turned");
    expect(narrow.names).toEqual(names);
    expect(narrow.shown).toHaveLength(names.length);
    expect(narrow.shown.every((text) => text.length > 0)).toBe(true);
  });

  it("follows an edit to a cell it plots", () => {
    const { engine, sheet, redraw } = renderCharts();
    engine.setCell(sheet, { row: 1, col: 1 }, 30);
    redraw();
    const funnel = screen.getByRole("figure", { name: "Deals by stage" });
    expect(within(funnel).getByRole("option", { name: "Negotiation, 15." })).toBeInTheDocument();
  });
});
