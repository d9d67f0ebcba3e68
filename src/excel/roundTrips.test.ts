/**
 * Round-trip budgets, deterministic and exact so that a regression fails: every `context.sync()` is a round trip
 * to Excel (tens of milliseconds on the web). A template costs at most 3 (it takes 2); a pipeline-health report
 * costs, to read its data, 1 + one per chunk of ~4 MB, and to write it, 2 (3 when it replaces the earlier
 * report) plus one per further ~4 MB of report — whatever the number of rows otherwise. No request and no reply
 * goes over 4 MB.
 */
import { pipelineHealth } from "../core/health";
import { readPipeline } from "../core/pipeline";
import { buildHealthReport } from "../core/reports";
import { READ_BUDGET_BYTES } from "./readChunks";
import { DEFAULT_SAMPLE_AS_OF, samplePipeline } from "../workbench/samplePipeline";
import { DEFAULT_SCHEME } from "../core/stages";
import { TEMPLATES } from "../core/templates";
import { valueOf } from "../core/kernel/testing/results";
import { createOfficeGateway } from "./officeGateway";
import { WRITE_BUDGET_BYTES } from "./requestBudget";
import { installRecordingExcel } from "./testing/recordingExcel";

/** The budget of a template, in round trips. */
const TEMPLATE_BUDGET = 3;

describe("round trips of a template", () => {
  it.each(TEMPLATES.flatMap((t) => (["zh", "en"] as const).map((language) => [t.id, language, t] as const)))(
    "%s (%s): 2, within the budget of 3",
    async (_id, language, template) => {
      const excel = installRecordingExcel();
      const result = await createOfficeGateway().createSheet(template.build({ language, customer: "Acme" }));
      expect(result.ok).toBe(true);
      expect(excel.syncs()).toBe(2);
      expect(excel.syncs()).toBeLessThanOrEqual(TEMPLATE_BUDGET);
      expect(Math.max(...excel.requests())).toBeLessThanOrEqual(WRITE_BUDGET_BYTES);
    },
  );
});

/**
 * Reads a sample pipeline of `deals` rows through the gateway, builds its report (with the forecast section
 * where `forecast`), writes it twice; resolves the round trips and request sizes of each step.
 */
async function reportRoundTrips(deals: number, forecast: boolean) {
  const sample = samplePipeline({ language: "zh", deals });
  const excel = installRecordingExcel({ grids: { 商机: { values: [sample.header, ...sample.rows] } } });
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
  const first = await step(async () => valueOf(await gateway.writeReport("pipelineHealth", spec)));
  const again = await step(async () => valueOf(await gateway.writeReport("pipelineHealth", spec)));
  return { read, first, again, replies: excel.payloads(), anomalies: health.anomalies.length };
}

/**
 * The most syncs reading a table may take, given the bytes of its replies: locate, probe, a last partial chunk,
 * and at most two chunks per 4 MB (each is planned at twice the bytes per cell the last one measured).
 */
const readSyncs = (replies: readonly number[]) =>
  1 + 1 + 1 + 2 * Math.ceil(replies.reduce((sum, bytes) => sum + bytes, 0) / READ_BUDGET_BYTES);

describe("round trips of a pipeline-health report", () => {
  it("of 1,000 deals: reads in 3, writes in 2, rewrites in 3", async () => {
    const { read, first, again, replies } = await reportRoundTrips(1_000, true);
    expect(read.syncs).toBe(3);
    expect(read.syncs).toBeLessThanOrEqual(readSyncs(replies));
    expect(first.syncs).toBe(2);
    expect(again.syncs).toBe(3);
    expect(Math.max(...replies)).toBeLessThanOrEqual(READ_BUDGET_BYTES);
    expect(Math.max(...first.requests, ...again.requests)).toBeLessThanOrEqual(WRITE_BUDGET_BYTES);
  });

  it("of 100,000 deals: reads in 1 + 6 chunks, writes in 2 + one per further 4 MB of report", async () => {
    const { read, first, again, replies, anomalies } = await reportRoundTrips(100_000, false);
    expect(read.syncs).toBe(8);
    expect(read.syncs).toBeLessThanOrEqual(readSyncs(replies));
    expect(anomalies).toBeGreaterThan(10_000);
    // The report lists every anomaly, each linked to its deal: about 5 MB to send, so one request more.
    const sent = first.requests.reduce((sum, bytes) => sum + bytes, 0);
    expect(first.syncs).toBe(2 + Math.ceil(sent / WRITE_BUDGET_BYTES) - 1);
    expect(first.syncs).toBe(3);
    expect(again.syncs).toBe(first.syncs + 1);
    expect(Math.max(...replies)).toBeLessThanOrEqual(READ_BUDGET_BYTES);
    expect(Math.max(...first.requests, ...again.requests)).toBeLessThanOrEqual(WRITE_BUDGET_BYTES);
  });
});
