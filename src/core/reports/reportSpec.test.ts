import { type CellSpec, type SheetSpec, checkSheetSpec, cellAddress } from "../sheet";
import { formulaReferences, specProblems } from "../sheet/testing/specChecks";
import { cellAt, theCell } from "../sheet/testing/specQueries";
import { valueOf } from "../kernel/testing/results";
import { dataNames } from "./dataNames";
import { FORECAST_DEALS } from "./testing/forecastFixture";
import { MAPPING, HEALTH, SOURCE } from "./testing/healthFixture";
import { buildHealthReport } from "./reportSpec";
import type { PipelineHealth } from "../health";

const zh = buildHealthReport(HEALTH, SOURCE, { language: "zh" });
const en = buildHealthReport(HEALTH, SOURCE, { language: "en" });
const withLostAt = buildHealthReport(
  HEALTH,
  { ...SOURCE, mapping: { ...MAPPING, lostAt: 8 } },
  { language: "zh" },
);

/** What a cell holds: its formula, else its value, else undefined (a styled blank). */
const content = (cell: CellSpec | undefined) => cell?.formula ?? cell?.value;
const at = (spec: SheetSpec, row: number, col: number) => content(cellAt(spec, row, col));
/** The row below a (unique) head text: the first data row of its table. */
const firstRowUnder = (spec: SheetSpec, head: string) => theCell(spec, head).row + 1;

describe("buildHealthReport", () => {
  it("refuses a source that is not a table position and a stage-list name Excel refuses", () => {
    expect(() => buildHealthReport(HEALTH, { ...SOURCE, headerRow: -1 }, { language: "zh" })).toThrow(
      RangeError,
    );
    expect(() => buildHealthReport(HEALTH, SOURCE, { language: "zh", stageListName: "A1" })).toThrow(
      RangeError,
    );
  });

  it("is a well-formed landscape report sheet, not protected, named in the sheet's language", () => {
    for (const spec of [zh, en, withLostAt]) {
      expect(valueOf(checkSheetSpec(spec))).toBe(spec);
      // Every same-sheet reference is filled; the only names used are the data names.
      const dataNameList = dataNames(SOURCE).map((n) => n.name);
      expect(specProblems({ ...spec, names: [] }, [...dataNameList, "FUNNEL_DATA_LOSTAT"])).toEqual([]);
      expect(spec.page).toEqual({ orientation: "landscape" });
      expect(spec.protect).toBe(false);
      expect(spec.freeze).toEqual({ rows: 2, cols: 0 });
    }
    expect([zh.name, en.name]).toEqual(["管线健康", "Pipeline health"]);
  });

  it("defines names over exactly the data rows of the mapped columns", () => {
    expect(zh.names).toEqual(dataNames(SOURCE));
    expect(zh.names?.find((n) => n.name === "FUNNEL_DATA_AMOUNT")).toMatchObject({
      sheet: "Deals",
      range: { row: 3, col: 5, rows: 12, cols: 1 },
    });
  });

  it("shows each KPI tile's figure: live formulas for weighted pipeline and win rate, values otherwise", () => {
    const second = theCell(zh, "截至日期").row; // the second row of tiles starts with the as-of date
    const first = second - 3;
    const expected: [number, number, string, unknown][] = [
      [first, 0, "进行中商机金额", 1500],
      [first, 1, "加权商机金额", '=FUNNEL.WEIGHTED(FUNNEL_DATA_AMOUNT,FUNNEL_DATA_STAGE,,"skip")'],
      [first, 2, "赢单率", '=FUNNEL.WINRATE(FUNNEL_DATA_STAGE,,,,"skip")'],
      [first, 3, "平均成交金额", 450],
      [
        first,
        4,
        "平均销售周期（天）",
        '=FUNNEL.CYCLETIME(FUNNEL_DATA_CREATED,FUNNEL_DATA_CLOSE,FUNNEL_DATA_STAGE,,"skip")',
      ],
      [
        first,
        5,
        "管线速度（每天）",
        '=FUNNEL.VELOCITY(FUNNEL_DATA_AMOUNT,FUNNEL_DATA_STAGE,FUNNEL_DATA_CREATED,FUNNEL_DATA_CLOSE,,"skip")',
      ],
      [first, 6, "瓶颈（转化率最低）", "意向客户"],
      [first, 7, "瓶颈（停留最久）", "立项客户"],
      [second, 0, "截至日期", 45838],
      [second, 1, "进行中商机", 6],
      [second, 2, "成交商机", 2],
      [second, 3, "丢单商机", 2],
      [second, 4, "异常商机", 3],
      [second, 5, "读取行数", 12],
      [second, 6, "使用行数", 10],
      [second, 7, "跳过行数", 2],
    ];
    for (const [row, col, label, figure] of expected) {
      expect([label, at(zh, row + 1, col)]).toEqual([at(zh, row, col), figure]);
    }
    expect(cellAt(zh, second + 1, 0)?.style?.numberFormat).toBe("yyyy-mm-dd");
    expect(cellAt(zh, first + 1, 2)?.style).toMatchObject({ numberFormat: "0.0%", fill: "#E2EFDA" });
    expect(cellAt(zh, first + 1, 0)?.style?.numberFormat).toBe("#,##0");
    // Under a live figure: its value when the report was made, labelled so by its number format.
    const made = (format: string) => ({ style: { numberFormat: `"生成时："${format}` } });
    expect(cellAt(zh, first + 2, 1)).toMatchObject({ value: 530, ...made("#,##0") });
    expect(cellAt(zh, first + 2, 2)).toMatchObject({ value: 0.5, ...made("0.0%") });
    expect(cellAt(zh, first + 2, 4)).toMatchObject({ value: 90, ...made("0.0") });
    expect(cellAt(zh, first + 2, 5)).toMatchObject({ value: 15, ...made("#,##0") });
    expect(content(cellAt(zh, first + 2, 0))).toBeUndefined();
    // Under the deals with anomalies: how many anomalies they have.
    expect(at(zh, second + 2, 4)).toBe("3 项异常");
  });

  it("writes weighted pipeline, cycle and velocity as values when an outcome column is read", () => {
    const spec = buildHealthReport(
      HEALTH,
      { ...SOURCE, mapping: { ...MAPPING, outcome: 8 } },
      { language: "en" },
    );
    const tile = theCell(spec, "As of").row - 3;
    expect([1, 4, 5].map((col) => at(spec, tile + 1, col))).toEqual([530, 90, 15]);
    expect(at(spec, tile + 1, 2)).toBe('=FUNNEL.WINRATE(FUNNEL_DATA_STAGE,FUNNEL_DATA_OUTCOME,,,"skip")');
  });

  it("lists every stage's figures, conversions as one live FUNNEL.CONVERSION per column over the stage names", () => {
    const first = firstRowUnder(zh, "下一阶段转化率");
    const last = first + HEALTH.stages.length;
    // Next step: from each stage but the last to the one after it; cumulative: from the first to each.
    expect([at(zh, first, 5), at(zh, first, 6)]).toEqual([
      `=FUNNEL.CONVERSION(FUNNEL_DATA_STAGE,A${first + 1}:A${last - 1},A${first + 2}:A${last},,,,,,"skip")`,
      `=FUNNEL.CONVERSION(FUNNEL_DATA_STAGE,$A$${first + 1},A${first + 1}:A${last},,,,,,"skip")`,
    ]);
    // The cells the next-step formula names hold the stages and the stages after them, row for row.
    const [from, to] = formulaReferences(at(zh, first, 5) as string).ranges;
    expect([from.rows, to.rows, to.row - from.row]).toEqual([
      HEALTH.stages.length - 1,
      HEALTH.stages.length - 1,
      1,
    ]);
    HEALTH.stages.forEach((stage, k) => {
      const r = first + k;
      expect([0, 1, 2, 3, 4, 7, 8, 9].map((col) => at(zh, r, col))).toEqual([
        stage.stage.name.zh,
        stage.current,
        stage.reached,
        stage.amount,
        stage.weightedAmount,
        stage.averageDaysInStage ?? undefined,
        stage.medianDaysInStage ?? undefined,
        stage.stuck,
      ]);
      if (k < HEALTH.stages.length - 1) {
        expect([at(zh, from.row + k, from.col), at(zh, to.row + k, to.col)]).toEqual([
          stage.stage.name.zh,
          HEALTH.stages[k + 1].stage.name.zh,
        ]);
      }
      // Below the first stage, the conversion cells are left empty for the spills.
      if (k > 0) expect([at(zh, r, 5), at(zh, r, 6)]).toEqual([undefined, undefined]);
    });
    expect(cellAt(zh, first + 2, 5)?.style).toMatchObject({ numberFormat: "0.0%", fill: "#E2EFDA" });
    expect(cellAt(zh, first + 3, 3)?.style?.numberFormat).toBe("#,##0");
    // The bottleneck stages (意向客户 by conversion, 立项客户 by time) stand out.
    expect([2, 3, 4].map((k) => cellAt(zh, first + k, 0)?.style?.fill)).toEqual([
      "#FCE4D6",
      "#FCE4D6",
      undefined,
    ]);
  });

  it("passes a lost-at column to FUNNEL.CONVERSION and FUNNEL.WINRATE as their outcomes", () => {
    const first = firstRowUnder(withLostAt, "下一阶段转化率");
    const last = first + HEALTH.stages.length;
    expect(at(withLostAt, first, 5)).toBe(
      `=FUNNEL.CONVERSION(FUNNEL_DATA_STAGE,A${first + 1}:A${last - 1},A${first + 2}:A${last},FUNNEL_DATA_LOSTAT,,,,,"skip")`,
    );
    expect(
      withLostAt.cells.some(
        (cell) => cell.formula === '=FUNNEL.WINRATE(FUNNEL_DATA_STAGE,FUNNEL_DATA_LOSTAT,,,"skip")',
      ),
    ).toBe(true);
  });

  it("writes as values the figures whose calls would receive more than Excel on the web's 5 MB, and says why", () => {
    const large = { ...SOURCE, rowCount: 100_000 };
    const spec = buildHealthReport(HEALTH, large, { language: "en", forecast: { deals: FORECAST_DEALS } });
    expect(at(spec, 3, 0)).toContain(
      "With 100,000 data rows, one call of FUNNEL.FORECAST, FUNNEL.CYCLETIME, FUNNEL.VELOCITY would receive about 9.6 MB",
    );
    const formulas = spec.cells.flatMap((cell) => (cell.formula === undefined ? [] : [cell.formula]));
    // Only the calls passed at most two columns (4.8 MB) stay live: weighted pipeline, win rate, conversions.
    expect(formulas.map((formula) => formula.slice(0, formula.indexOf("(")))).toEqual([
      "=FUNNEL.WEIGHTED",
      "=FUNNEL.WINRATE",
      "=FUNNEL.CONVERSION",
      "=FUNNEL.CONVERSION",
    ]);
    const months = theCell(spec, "Forecast by month").row + 2;
    expect([at(spec, months, 3), at(spec, months, 4)].map((figure) => typeof figure)).toEqual([
      "number",
      "number",
    ]);
  });

  it("writes the conversions as the model's values when the table has both outcome and lost-at columns, and says why", () => {
    const withBoth = buildHealthReport(
      HEALTH,
      { ...SOURCE, mapping: { ...MAPPING, lostAt: 8, outcome: 9 } },
      { language: "zh" },
    );
    const first = firstRowUnder(withBoth, "下一阶段转化率");
    HEALTH.stages.forEach((stage, k) => {
      expect([at(withBoth, first + k, 5), at(withBoth, first + k, 6)]).toEqual([
        stage.nextStepConversion ?? undefined,
        stage.cumulativeConversion ?? undefined,
      ]);
    });
    expect(
      withBoth.cells.some((cell) => String(cell.value ?? "").includes("不能同时读取结果列和“丢单阶段”列")),
    ).toBe(true);
  });

  it("puts each owner's headline figures side by side, blank where a figure is missing", () => {
    const first = firstRowUnder(en, "Owner");
    const row = (r: number) => Array.from({ length: 11 }, (_, col) => at(en, r, col));
    expect(row(first)).toEqual(["Zhang Wei", 6, 4, 1, 1, 1000, 400, 0.5, 500, 80, 12.5]);
    expect(row(first + 1)).toEqual(["Li Na", 4, 2, 1, 1, 500, 130, 0.5, 400, undefined, undefined]);
  });

  it("lists open and weighted pipeline by close month", () => {
    const first = firstRowUnder(en, "Close month");
    expect([0, 1, 2].map((col) => at(en, first, col))).toEqual(["2025-07", 700, 205]);
    expect([0, 1, 2].map((col) => at(en, first + 1, col))).toEqual(["2025-08", 800, 325]);
  });

  it("lists the abnormal deals, each deal linked to its row on the data sheet", () => {
    const first = firstRowUnder(zh, "说明");
    const rows = HEALTH.anomalies.map((_, i) => [0, 1, 2, 3].map((col) => at(zh, first + i, col)));
    expect(rows).toEqual([
      ["停滞", "OPP-0004", 7, "在立项客户停留 95 天"],
      ["逾期未成交", "OPP-0006", 9, "预计成交日期已过"],
      ["缺少金额", "OPP-0009", 12, "没有金额"],
    ]);
    // Data row r is on sheet row headerRow + 1 + r (0-based), from the table's first column (B).
    expect(HEALTH.anomalies.map((_, i) => cellAt(zh, first + i, 1)?.link)).toEqual([
      { sheet: "Deals", address: "B7" },
      { sheet: "Deals", address: "B9" },
      { sheet: "Deals", address: "B12" },
    ]);
  });

  it("lists the rows not used with their reasons, each linked to its row", () => {
    const head = theCell(en, "Reason");
    const cells = [0, 1].map((i) => cellAt(en, head.row + 1 + i, 0));
    expect(cells.map((c) => [c?.value, c?.link?.address])).toEqual([
      [14, "B14"],
      [15, "B15"],
    ]);
    expect(at(en, head.row + 1, 1)).toBe("Unknown stage “Pilot”");
  });

  it("draws the charts over the cells of the stage and close-month tables, beside the tables", () => {
    const stages = firstRowUnder(zh, "下一阶段转化率");
    const months = firstRowUnder(zh, "预计成交月份");
    const column = (row: number, col: number, rows: number) => ({ row, col, rows, cols: 1 });
    const charts = zh.charts ?? [];
    expect(charts.map((c) => [c.kind, c.title])).toEqual([
      ["funnel", "各阶段到达商机数"],
      ["bar", "各阶段当前商机金额"],
      ["bar", "到下一阶段的转化率"],
      ["column", "按预计成交月份的加权商机"],
      ["bar", "各阶段停滞商机"],
    ]);
    // Every stage for deals reached and amounts; the open stages (not won) for conversion and stuck deals.
    for (const chart of [charts[0], charts[1]]) expect(chart.categories).toEqual(column(stages, 0, 7));
    for (const chart of [charts[2], charts[4]]) expect(chart.categories).toEqual(column(stages, 0, 6));
    expect(charts.map((c) => c.series.map((s) => [s.name, s.values.col]))).toEqual([
      [["到达商机数", 2]],
      [["金额", 3]],
      [["下一阶段转化率", 5]],
      [
        ["进行中金额", 1],
        ["加权金额", 2],
      ],
      [["停滞商机", 9]],
    ]);
    expect(charts[3].categories).toEqual(column(months, 0, 2));
    expect(charts[3].series.every((s) => s.values.row === months && s.values.rows === 2)).toBe(true);
    expect(charts.flatMap((c) => c.series).filter((s) => s.values.row === stages).length).toBe(4);
    // Beside the widest table (11 columns), one under another, inside the print area.
    const anchors = charts.map((c) => c.anchor);
    expect(anchors.every((a) => a.col >= 11)).toBe(true);
    anchors
      .slice(1)
      .forEach((a, i) => expect(a.row).toBeGreaterThanOrEqual(anchors[i].row + anchors[i].rows));
    const area = zh.printArea!;
    expect(anchors.every((a) => a.row + a.rows <= area.rows && a.col + a.cols <= area.cols)).toBe(true);
  });

  it("says so where a list is empty, and draws no close-month chart without close months", () => {
    const quiet: PipelineHealth = {
      ...HEALTH,
      anomalies: [],
      skipped: [],
      weightedByCloseMonth: [],
      owners: [],
    };
    const spec = buildHealthReport(quiet, SOURCE, { language: "en" });
    expect(valueOf(checkSheetSpec(spec))).toBe(spec);
    expect(spec.cells.filter((c) => c.value === "(none)")).toHaveLength(4);
    expect(spec.charts?.map((c) => c.title)).toEqual([
      "Deals reached by stage",
      "Amount now in each stage",
      "Conversion to the next stage",
      "Stuck deals by stage",
    ]);
  });

  it("writes an English sheet in English and a Chinese sheet in Chinese", () => {
    const texts = (spec: SheetSpec) =>
      spec.cells
        .flatMap((c) => (typeof c.value === "string" ? [c.value] : []))
        .concat(
          (spec.charts ?? []).flatMap((c) => [
            c.title,
            ...c.series.map((s) => s.name),
            ...(c.emptyNote === undefined ? [] : [c.emptyNote]),
            ...(c.funnelKey === undefined ? [] : [c.funnelKey]),
          ]),
        );
    expect(texts(en).filter((text) => /[\u3400-\u9fff]/.test(text))).toEqual([]);
    expect(cellAt(en, 0, 0)?.value).toBe("Sales pipeline health");
    expect(cellAt(zh, 0, 0)?.value).toBe("销售管线健康报告");
    expect(at(en, 1, 0)).toMatch(
      /^Data: Deals, rows 4–15 \(a plain range\)\. Rows added below it are not counted/,
    );
    expect(at(zh, 1, 0)).toMatch(/^数据来源：Deals 第 4–15 行（普通区域）。在其下方新增的行不会计入/);
    expect(theCell(en, "Median days in stage").row).toBe(theCell(zh, "停留天数中位数").row);
    // The stuck rule under the stage table, beside the medians it rests on.
    const rule = en.cells.find(
      (c) => typeof c.value === "string" && c.value.startsWith("Stuck: an open deal"),
    );
    expect(rule?.row).toBe(firstRowUnder(en, "Median days in stage") + HEALTH.stages.length);
    expect(cellAddress(theCell(en, "Stuck").row, 0)).toBe(cellAddress(theCell(zh, "停滞").row, 0));
  });

  describe("from an Excel table", () => {
    const header = Array.from({ length: 12 }, (_, i) => `Column ${i + 1}`);
    const fromTable = { ...SOURCE, table: { name: "Deals", header }, readAt: 46360 + 340 / 1440 };
    const tableEn = buildHealthReport(HEALTH, fromTable, { language: "en" });
    const tableZh = buildHealthReport(HEALTH, fromTable, { language: "zh" });

    it("names the table, and says rows added, removed or refreshed flow into the live figures", () => {
      expect(at(tableEn, 1, 0)).toMatch(
        /^Data: table "Deals" \(sheet Deals, rows 4–15 now\)\. Rows added to/,
      );
      expect(at(tableZh, 1, 0)).toMatch(/^数据来源：表格“Deals”（工作表 Deals，目前第 4–15 行）/);
      expect(tableEn.names?.every((name) => name.tableColumns?.table === "Deals")).toBe(true);
    });

    it("says when the rows were counted, and marks the counts stale once the table's rows change", () => {
      const label = theCell(tableEn, "Rows read");
      expect(cellAt(tableEn, label.row + 2, label.col)?.formula).toBe(
        '=IF(ROWS(FUNNEL_DATA_STAGE)=12,"Counted 2026-12-04 05:40","Stale: "&ROWS(FUNNEL_DATA_STAGE)&" rows now, refresh")',
      );
      const zhLabel = theCell(tableZh, "读取行数");
      expect(cellAt(tableZh, zhLabel.row + 2, zhLabel.col)?.formula).toContain('"统计于 2026-12-04 05:40"');
    });

    it("says only when the rows were counted for a plain range, whose names cannot follow", () => {
      const plain = buildHealthReport(HEALTH, { ...SOURCE, readAt: 46360.5 }, { language: "en" });
      const label = theCell(plain, "Rows read");
      expect(cellAt(plain, label.row + 2, label.col)?.value).toBe("Counted 2026-12-04 12:00");
    });
  });
});
