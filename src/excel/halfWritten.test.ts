/**
 * No half-written sheet: whichever call Excel refuses while a template or a report is written, and whichever
 * request is refused whole (a cancelled request), the workbook is left as it was. Regenerating a report, which
 * writes into the earlier report's sheet in place: the user's content is as it was and exactly one marked report
 * sheet is left — the same sheet, so the user's references to it still resolve — holding the whole new report,
 * the earlier report untouched (when Excel refused before anything of it changed), or, when Excel refused the
 * write midway, a notice that the report could not be regenerated: the earlier report's contents are NOT kept
 * then, and no half report that looks complete is left.
 * A call refused while the sheet is finished (see finishSheet.ts) costs a part of it, named in a note, never the
 * sheet: the template or report is there, its contents whole.
 */
import { valueOf } from "../core/kernel/testing/results";
import type { SheetSpec } from "../core/sheet";
import { TEMPLATES } from "../core/templates";
import { createOfficeGateway } from "./officeGateway";
import { installRecordingExcel, type RecordingExcelOptions } from "./testing/recordingExcel";
import { KIND, markers, report, USER_SHEETS } from "./testing/reportFixtures";

type Excel = ReturnType<typeof installRecordingExcel>;

/**
 * The calls (1-based) at which to fail a batch whose calls were `log`: all of them when `stride` is 1, else each
 * kind of call where it first and last occurs and every `stride`-th call (none but those when `stride` is 0).
 */
function failurePoints(log: readonly string[], stride = 1): number[] {
  const points = new Set<number>();
  log.forEach((call, i) => {
    if ((stride > 0 && i % stride === 0) || log.indexOf(call) === i || log.lastIndexOf(call) === i) {
      points.add(i + 1);
    }
  });
  return [...points];
}

/** The calls a successful run of `write` makes on a fresh workbook from `options`, after `prepare`. */
async function callsOf(
  options: RecordingExcelOptions,
  write: () => Promise<unknown>,
  prepare: () => Promise<unknown> = async () => {},
) {
  const excel = installRecordingExcel(options);
  await prepare();
  const from = excel.calls();
  await write();
  return excel.callLog().slice(from);
}

/** A user's workbook in which every name a template wants is taken. */
const TAKEN: RecordingExcelOptions = {
  sheets: { 商机: { A1: "mine" } },
  names: ["FUNNEL_STAGES", "FUNNEL_STAGE_LIST"],
  tables: ["FunnelPipeline", "FunnelStageSettings"],
};

/**
 * Runs `write` on a fresh workbook from `options` after `fail` set up Excel's refusal; checks that the user's
 * content is as it was and that either nothing of the sheet is left, or it is there with its contents whole and
 * a note for each part Excel refused (`notes`: how many; none for a part that needs none). Resolves whether the
 * sheet was kept.
 */
async function refusedWhileWriting(
  options: RecordingExcelOptions,
  fail: (excel: Excel) => void,
  write: () => Promise<Awaited<ReturnType<ReturnType<typeof createOfficeGateway>["createSheet"]>>>,
  whole: { cells: unknown; notes: (number | undefined)[] },
): Promise<boolean> {
  const excel = installRecordingExcel(options);
  const before = excel.userContent();
  fail(excel);
  const result = await write();
  excel.failAt(undefined);
  excel.abortAt(undefined);
  if (!result.ok) {
    expect(excel.userContent()).toEqual(before);
    return false;
  }
  const { sheet, notes } = valueOf(result);
  expect(excel.userContent([sheet])).toEqual(before);
  expect([...excel.sheet(sheet).cells]).toEqual(whole.cells);
  expect(whole.notes).toContain(notes?.length);
  return true;
}

describe("createSheet refused midway", () => {
  /** Templates failed at every call (one with names, tables and a totals row); the others at each kind of call. */
  const EVERY_CALL = new Set(["stageSettings"]);

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    "%s leaves the workbook as it was, or adds the whole template with a note, whichever call Excel refuses",
    async (id, template) => {
      const spec = template.build({ language: "zh", customer: "Acme", date: 45_800 });
      const options = { ...TAKEN, sheets: { ...TAKEN.sheets, [spec.name]: { A1: "mine" } } };
      const reference = installRecordingExcel(options);
      const made = valueOf(await createOfficeGateway().createSheet(spec));
      const cells = [...reference.sheet(made.sheet).cells];
      const log = await callsOf(options, () => createOfficeGateway().createSheet(spec));
      const points = failurePoints(log, EVERY_CALL.has(id) ? 1 : 0);
      expect(points.length).toBeGreaterThan(EVERY_CALL.has(id) ? 150 : 20);
      const kept = [];
      for (const point of points) {
        const write = () => createOfficeGateway().createSheet(spec);
        const fail = (excel: Excel) => excel.failAt(point);
        kept.push(await refusedWhileWriting(options, fail, write, { cells, notes: [1] }));
      }
      // Each call of finishing it: print scaling; the view (activation, selection, frozen panes); protection.
      const finishing = 3 + (spec.freeze ? 1 : 0) + (spec.protect ? 1 : 0);
      expect(kept.filter(Boolean)).toHaveLength(finishing);
      expect(kept.filter((k) => !k).length).toBeGreaterThan(EVERY_CALL.has(id) ? 150 : 20);
    },
  );

  it("leaves the workbook as it was when Excel refuses a later part of a sheet too large for one request", async () => {
    const rows = 10_000;
    const note = "需要在本季度内完成评估，并确认预算、决策人与采购流程。".repeat(8);
    const spec: SheetSpec = {
      name: "Large",
      cells: Array.from({ length: rows }, (_, row) => [
        { row, col: 0, value: `客户 ${row} 的备注：${note}` },
        // Two lines: no HYPERLINK formula shows it (linkFormulas.ts), so each link is set by a call.
        { row, col: 1, value: `D${row}\n第 ${row + 1} 行`, link: { sheet: "商机", address: `A${row + 1}` } },
      ]).flat(),
    };
    const reference = installRecordingExcel(TAKEN);
    expect((await createOfficeGateway().createSheet(spec)).ok).toBe(true);
    const cells = [...reference.sheet("Large").cells];
    const log = reference.callLog();
    // Read; the contents in two requests or more; the links, with the rest of finishing, in two more.
    const syncs = reference.syncs();
    expect(syncs).toBeGreaterThan(4);
    const failures: ((excel: Excel) => void)[] = [
      ...Array.from({ length: syncs - 1 }, (_, i) => (excel: Excel) => excel.abortAt(i + 2)),
      ...[log.length - 1, log.lastIndexOf("range.formulas") + 1, log.lastIndexOf("range.hyperlink") + 1].map(
        (call) => (excel: Excel) => excel.failAt(call),
      ),
    ];
    const kept = [];
    for (const fail of failures) {
      const write = () => createOfficeGateway().createSheet(spec);
      kept.push(await refusedWhileWriting(TAKEN, fail, write, { cells, notes: [1] }));
    }
    // Refused in its contents, the sheet goes; refused in its links or its view, it stays with a note.
    expect(kept).toEqual([false, false, ...Array.from({ length: syncs - 3 }, () => true), true, false, true]);
  });

  it("says which sheet to delete when Excel refuses to remove the half-written sheet too", async () => {
    const spec = TEMPLATES[0].build({ language: "en" });
    const excel = installRecordingExcel({ ...TAKEN, failOn: "dataValidation.rule" });
    excel.abortAt(3);
    const result = await createOfficeGateway().createSheet(spec);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message.en).toContain(
        `the half-written sheet "${spec.name}" either; please delete it`,
      );
      expect(result.error.message.zh).toContain(`未能删除写了一半的工作表“${spec.name}”`);
    }
    expect(excel.workbook.sheets.map((s) => s.name)).toContain(spec.name);
  });

  it("leaves the workbook as it was when either of its requests is refused whole (a cancelled request)", async () => {
    const spec = TEMPLATES[0].build({ language: "en" });
    for (const sync of [1, 2]) {
      const excel = installRecordingExcel(TAKEN);
      const before = excel.userContent();
      excel.abortAt(sync);
      const result = await createOfficeGateway().createSheet(spec);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message.en).toContain("RequestAborted");
      expect(excel.userContent()).toEqual(before);
    }
  });
});

/** The state of a report sheet that must be whole: its contents, looks, names, links and charts. */
const reportState = (excel: Excel, sheet: string) => {
  const { cells, names, links, charts, merges, validations } = excel.sheet(sheet);
  return structuredClone({ cells: [...cells], names, links, charts, merges, validations });
};

/**
 * The workbook holds exactly one report sheet, marked; resolves its name. (A marker pointing at #REF! is not
 * counted: the next report drops it.)
 */
function theReport(excel: Excel, userSheets: readonly string[]): string {
  const marked = markers(excel).filter((marker) => !marker.broken);
  expect(marked).toHaveLength(1);
  expect(excel.workbook.sheets.map((s) => s.name).filter((s) => !userSheets.includes(s))).toEqual([
    marked[0].sheet,
  ]);
  return marked[0].sheet;
}

/** Whether a report sheet's state is the notice of a report not regenerated, and nothing else. */
const isNotice = (state: ReturnType<typeof reportState>) =>
  state.cells.length === 2 &&
  /^此报告未能重新生成：.*。请重新生成。$/.test(String(state.cells[0][1].input)) &&
  /^This report could not be regenerated: .*\. Generate it again\.$/.test(String(state.cells[1][1].input)) &&
  [state.names, state.links, state.charts, state.merges, state.validations].every(
    (list) => list.length === 0,
  );

/**
 * Regenerates `next` over `first`, failing at each of `points` in turn (or refusing each request whole); after
 * each, the user's content is as it was and exactly one report is left, in the same sheet: `next` whole when the
 * write succeeded; when it failed, `first` untouched or the notice that it could not be regenerated.
 */
async function regenerateFailing(
  first: SheetSpec,
  next: SheetSpec,
  options: RecordingExcelOptions,
  fail: (excel: Excel) => void,
) {
  const excel = installRecordingExcel(options);
  const gateway = createOfficeGateway();
  const userSheets = excel.workbook.sheets.map((s) => s.name);
  const written = await gateway.writeReport(KIND, first);
  if (!written.ok) throw new Error(written.error.message.en);
  const { sheet } = written.value;
  const { id } = excel.sheet(sheet);
  const before = excel.userContent([sheet]);
  const earlier = reportState(excel, sheet);
  fail(excel);
  const result = await gateway.writeReport(KIND, next);
  excel.failAt(undefined);
  excel.abortAt(undefined);
  const left = theReport(excel, userSheets);
  expect(excel.userContent([left, sheet])).toEqual(before);
  expect(left).toBe(sheet);
  expect(excel.sheet(left).id).toBe(id);
  const state = reportState(excel, left);
  if (result.ok) {
    expect(result.value.sheet).toBe(left);
    return { left, state, ok: true, untouched: false };
  }
  const untouched = JSON.stringify(state) === JSON.stringify(earlier);
  expect([untouched, isNotice(state)]).toContainEqual(true);
  return { left, state, ok: false, untouched };
}

/**
 * A report with a bit of everything a report holds: a table, names, links to deals — a HYPERLINK formula and, for
 * a text of two lines, a call — and a chart.
 */
function richReport(title: string): SheetSpec {
  const base = report(title, true);
  return {
    ...base,
    cells: [
      ...base.cells,
      { row: 4, col: 0, value: "D7", link: { sheet: "商机", address: "A8" } },
      { row: 5, col: 0, value: "D8\nD9", link: { sheet: "商机", address: "A9" } },
    ],
    charts: [
      {
        kind: "funnel",
        title: "漏斗",
        categories: { row: 2, col: 0, rows: 2, cols: 1 },
        series: [{ name: "金额", values: { row: 2, col: 1, rows: 2, cols: 1 } }],
        anchor: { row: 0, col: 4, rows: 10, cols: 6 },
      },
    ],
  };
}

describe("writeReport refused midway", () => {
  const options: RecordingExcelOptions = {
    sheets: { ...USER_SHEETS, Notes: { B2: "mine" } },
    names: ["KEEP"],
  };

  it("the first time: leaves the workbook as it was, or keeps the whole report with a note, whichever call Excel refuses", async () => {
    const reference = installRecordingExcel(options);
    const made = valueOf(await createOfficeGateway().writeReport(KIND, richReport("v1")));
    const cells = [...reference.sheet(made.sheet).cells];
    const log = reference.callLog();
    expect(log).toEqual(
      expect.arrayContaining([
        "range.hyperlink",
        "charts.add",
        "tables.add",
        "sheet.names.add",
        "name.visible",
      ]),
    );
    const kept = [];
    for (const point of failurePoints(log)) {
      const write = () => createOfficeGateway().writeReport(KIND, richReport("v1"));
      const fail = (excel: Excel) => excel.failAt(point);
      // Refusing to hide the marker costs no note: the report is recognised by its marker, hidden or not.
      const whole = await refusedWhileWriting(options, fail, write, { cells, notes: [undefined, 1] });
      kept.push(whole);
      if (!whole) expect(markers(installRecordingExcel(options))).toEqual([]);
    }
    // The marker's hiding, the funnel chart (drawn as bars instead), the link, print scaling and the view.
    expect(kept.filter(Boolean).length).toBeGreaterThanOrEqual(5);
    expect(kept.filter((k) => !k).length).toBeGreaterThan(5);
  });

  it("again: keeps one report in the same sheet, whichever call Excel refuses — the new one whole, the earlier one untouched, or a notice", async () => {
    const [v1, v2] = [richReport("v1"), richReport("v2")];
    const reference = await regenerateFailing(v1, v2, options, () => {});
    const log = await callsOf(
      options,
      () => createOfficeGateway().writeReport(KIND, v2),
      () => createOfficeGateway().writeReport(KIND, v1),
    );
    const outcomes = { whole: 0, untouched: 0, notice: 0 };
    for (const point of failurePoints(log)) {
      const outcome = await regenerateFailing(v1, v2, options, (excel) => excel.failAt(point));
      // A refused part of finishing costs a note, not the report: the new one is there, its contents whole.
      if (outcome.ok) expect(outcome.state.cells).toEqual(reference.state.cells);
      outcomes[outcome.ok ? "whole" : outcome.untouched ? "untouched" : "notice"] += 1;
    }
    expect(outcomes.whole).toBeGreaterThanOrEqual(5);
    expect(outcomes.notice).toBeGreaterThan(5);
  });

  it("again: says so when Excel refuses to clear the half-written report too, and the next report writes over it", async () => {
    const excel = installRecordingExcel(options);
    const gateway = createOfficeGateway();
    await gateway.writeReport(KIND, richReport("v1"));
    excel.failOn("range.clear");
    const result = await gateway.writeReport(KIND, richReport("v2"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.en).toContain("could not be cleared");
    excel.failOn(undefined);
    expect(await gateway.writeReport(KIND, richReport("v3"))).toEqual({
      ok: true,
      value: { sheet: "管线健康 (2)" },
    });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["商机", "管线健康", "Notes", "管线健康 (2)"]);
    expect(excel.sheet("管线健康 (2)").cells.get("A1")?.input).toBe("v3");
    expect(excel.sheet("管线健康 (2)").charts).toHaveLength(1);
  });

  it("again: keeps the earlier report untouched when its read (with what it holds) or its write is refused whole (a cancelled request)", async () => {
    for (const sync of [1, 2]) {
      const outcome = await regenerateFailing(report("v1"), report("v2"), options, (excel) =>
        excel.abortAt(sync),
      );
      expect([sync, outcome.ok, outcome.untouched]).toEqual([sync, false, true]);
    }
  });

  it("again: regenerates the report when the request finishing the new one is refused whole", async () => {
    const outcome = await regenerateFailing(report("v1"), report("v2"), options, (excel) => excel.abortAt(3));
    expect(outcome.ok).toBe(true);
    expect(outcome.state.cells).toContainEqual(["A1", { input: "v2" }]);
  });
});
