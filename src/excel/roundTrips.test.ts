/**
 * Round-trip budgets, deterministic and exact so that a regression fails: every `context.sync()` is a round trip
 * to Excel (tens of milliseconds on the web). A template takes 3: read, write, finish (see finishSheet.ts); a
 * pipeline-health report costs, to read its data, 1 + one per chunk of ~4 MB, and to write it, 3 — the first time and
 * when it regenerates the earlier report in place (what that report's sheet holds, to empty it, is read with the
 * workbook) — plus one per further ~4 MB of report, whatever the number of rows otherwise: its links to its deals
 * are HYPERLINK formulas written with its contents (linkFormulas.ts), not one call each.
 * The third request finishes the sheet with the calls some hosts refuse (native funnel charts, links that cannot be
 * formulas, print scaling, frozen panes after activation, protection), each a part that Excel may refuse alone, so that a refusal
 * costs a note and not the sheet; it also hides the report's marker, which Excel may ignore in the request that
 * adds the name (office-js #3878). That step is what the templates' second → third request pays for. Each part
 * Excel refuses costs at most one request more (none when it is the last): a template or report whose host
 * refuses print scaling, frozen panes, a funnel chart's title or the links set by call takes one more.
 * No request and no reply goes over 4 MB.
 */
import { pipelineHealth } from "../core/health";
import { readPipeline } from "../core/pipeline";
import { buildHealthReport } from "../core/reports";
import { PLAN_MARGIN, READ_BUDGET_BYTES } from "./readChunks";
import { DEFAULT_SAMPLE_AS_OF, samplePipeline } from "../workbench/samplePipeline";
import { DEFAULT_SCHEME } from "../core/stages";
import type { SheetSpec } from "../core/sheet";
import { TEMPLATES } from "../core/templates";
import { valueOf } from "../core/kernel/testing/results";
import { createOfficeGateway } from "./officeGateway";
import { WRITE_BUDGET_BYTES } from "./requestBudget";
import { installRecordingExcel } from "./testing/recordingExcel";

/** The round trips of a template: read, write, finish. */
const TEMPLATE_SYNCS = 3;
/** The budget of a template, in round trips: its syncs and one per part of finishing that Excel may refuse. */
const TEMPLATE_BUDGET = TEMPLATE_SYNCS + 1;

const EACH_TEMPLATE = TEMPLATES.flatMap((t) =>
  (["zh", "en"] as const).map((language) => [t.id, language, t] as const),
);

describe("round trips of a template", () => {
  it.each(EACH_TEMPLATE)("%s (%s): 3, within the budget of 4", async (_id, language, template) => {
    const excel = installRecordingExcel();
    const result = await createOfficeGateway().createSheet(template.build({ language, customer: "Acme" }));
    expect(result).toEqual({ ok: true, value: { sheet: expect.any(String) } });
    expect(excel.syncs()).toBe(TEMPLATE_SYNCS);
    expect(excel.syncs()).toBeLessThanOrEqual(TEMPLATE_BUDGET);
    expect(Math.max(...excel.requests())).toBeLessThanOrEqual(WRITE_BUDGET_BYTES);
  });

  /** The call a template makes for each part of finishing it that some hosts refuse; undefined: it makes none. */
  const REFUSABLE: [string, (spec: SheetSpec) => string | undefined][] = [
    ["print scaling", () => "pageLayout.zoom"],
    [
      "frozen panes",
      ({ freeze }) =>
        freeze === undefined || (freeze.rows === 0 && freeze.cols === 0)
          ? undefined
          : freeze.rows > 0 && freeze.cols > 0
            ? "freezePanes.freezeAt"
            : freeze.rows > 0
              ? "freezePanes.freezeRows"
              : "freezePanes.freezeColumns",
    ],
    ["protection", (spec) => (spec.protect ? "protection.protect" : undefined)],
  ];

  // A refused part costs a request only for the parts after it: protection, last, costs none.
  it.each(REFUSABLE.map(([part, callOf], i) => [part, i < REFUSABLE.length - 1 ? 1 : 0, callOf] as const))(
    "every template where Excel refuses its %s: a note, and %i request(s) more",
    async (_part, extra, callOf) => {
      for (const [id, language, template] of EACH_TEMPLATE) {
        const spec = template.build({ language, customer: "Acme" });
        const call = callOf(spec);
        const excel = installRecordingExcel({ failOn: call });
        const result = await createOfficeGateway().createSheet(spec);
        const notes = call === undefined ? 0 : 1;
        expect([id, language, result.ok, valueOf(result).notes?.length ?? 0]).toEqual([
          id,
          language,
          true,
          notes,
        ]);
        expect(excel.syncs()).toBe(TEMPLATE_SYNCS + notes * extra);
        expect(excel.syncs()).toBeLessThanOrEqual(TEMPLATE_BUDGET);
      }
    },
  );
});

/**
 * Reads a sample pipeline of `deals` rows through the gateway, builds its report (with the forecast section
 * where `forecast`), writes it twice; resolves the round trips and request sizes of each step.
 */
async function reportRoundTrips(deals: number, forecast: boolean, failOn?: string) {
  const sample = samplePipeline({ language: "zh", deals });
  const excel = installRecordingExcel({
    grids: { 商机: { values: [sample.header, ...sample.rows] } },
    failOn,
  });
  const gateway = createOfficeGateway();
  const step = async (run: () => Promise<unknown>) => {
    const [syncs, sent] = [excel.syncs(), excel.requests().length];
    await run();
    return { syncs: excel.syncs() - syncs, requests: excel.requests().slice(sent) };
  };
  let table: Parameters<typeof readPipeline>[0] | undefined;
  const read = await step(async () => {
    table = valueOf(await gateway.readTable({ kind: "sheet", sheet: "商机" }));
  });
  const pipeline = valueOf(readPipeline(table!, { scheme: DEFAULT_SCHEME }));
  const health = pipelineHealth(pipeline, DEFAULT_SCHEME, { asOf: DEFAULT_SAMPLE_AS_OF });
  const source = { sheet: "商机", headerRow: 0, firstCol: 0, rowCount: deals, mapping: pipeline.mapping };
  const spec = buildHealthReport(health, source, {
    language: "zh",
    ...(forecast ? { forecast: { deals: pipeline.deals } } : {}),
  });
  let notes = 0;
  const write = async () =>
    (notes = valueOf(await gateway.writeReport("pipelineHealth", spec)).notes?.length ?? 0);
  const first = await step(write);
  const again = await step(write);
  return {
    read,
    first,
    again,
    notes,
    replies: excel.payloads(),
    calls: excel.callLog(),
    anomalies: health.anomalies.length,
  };
}

/**
 * The most syncs reading a table may take, given the bytes of its replies: locate, probe, a last partial chunk,
 * and one chunk per 4 MB ÷ 1.08 (each is planned at the bytes per cell the last one measured, + 8 %).
 */
const readSyncs = (replies: readonly number[]) =>
  1 + 1 + 1 + Math.ceil((PLAN_MARGIN * replies.reduce((sum, bytes) => sum + bytes, 0)) / READ_BUDGET_BYTES);

describe("round trips of a pipeline-health report", () => {
  it("of 1,000 deals: reads in 3, writes in 3 (the third finishes it), regenerates in place in 3 (the earlier report's holdings read with the workbook)", async () => {
    const { read, first, again, replies, calls } = await reportRoundTrips(1_000, true);
    expect(read.syncs).toBe(3);
    expect(read.syncs).toBeLessThanOrEqual(readSyncs(replies));
    expect(first.syncs).toBe(3);
    expect(again.syncs).toBe(3);
    // Its links to its deals are formulas of its contents: not a call each.
    expect(calls.filter((call) => call === "range.hyperlink")).toEqual([]);
    expect(Math.max(...replies)).toBeLessThanOrEqual(READ_BUDGET_BYTES);
    expect(Math.max(...first.requests, ...again.requests)).toBeLessThanOrEqual(WRITE_BUDGET_BYTES);
  });

  it.each([
    ["a funnel chart's title", "chart.title@Funnel"],
    ["print scaling", "pageLayout.zoom"],
  ])(
    "of 1,000 deals where Excel refuses %s: writes in 4, rewrites in 4, with a note",
    async (_what, call) => {
      const { first, again, notes } = await reportRoundTrips(1_000, true, call);
      expect([first.syncs, again.syncs, notes]).toEqual([4, 4, 1]);
    },
  );

  it("of 100,000 deals: reads in 1 + probe + 3 chunks, writes in 3, regenerates in 3: 8 in all (issue 19)", async () => {
    const { read, first, again, replies, anomalies } = await reportRoundTrips(100_000, false);
    // 11 MB of table: the probe, then three chunks of about 3.7 MB (issue 19: it took six of about 2 MB).
    expect(read.syncs).toBe(5);
    expect(read.syncs).toBeLessThanOrEqual(readSyncs(replies));
    expect(anomalies).toBeGreaterThan(10_000);
    // The report lists every anomaly, each linked to its deal: as HYPERLINK formulas they go with the main write
    // (as calls, about 4 MB by the budget's estimate, they took a request of finishing more).
    const [, main, ...finishing] = first.requests;
    expect(main).toBeLessThanOrEqual(WRITE_BUDGET_BYTES);
    expect(finishing).toHaveLength(1);
    expect(first.syncs).toBe(3);
    expect(again.syncs).toBe(3);
    // Issue 19 asks ≤ 8 in all for the read and the regenerated write (it took 10, see docs/performance.md).
    expect(read.syncs + first.syncs).toBe(8);
    expect(read.syncs + again.syncs).toBe(8);
    expect(Math.max(...replies)).toBeLessThanOrEqual(READ_BUDGET_BYTES);
    expect(Math.max(...first.requests, ...again.requests)).toBeLessThanOrEqual(WRITE_BUDGET_BYTES);
  });
});
