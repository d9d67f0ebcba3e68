/**
 * Reading a table that fills the sheet — 1,048,576 rows: the header and 1,048,575 deals — through the Office.js
 * gateway: no reply over the 4 MB budget (the recording Excel measures the JSON of every value each sync loads),
 * one sync per chunk (the first, the probe, with the request that locates the table); and where a run of long texts follows short ones, Excel's refusal of a reply over its
 * 5 MB limit is met by reading that chunk again in halves.
 */
import { PLAN_MARGIN, READ_BUDGET_BYTES } from "./readChunks";
import { SAMPLE_PIPELINE_HEADERS } from "../workbench/samplePipeline";
import { createOfficeGateway } from "./officeGateway";
import { EXCEL_PAYLOAD_LIMIT, installRecordingExcel } from "./testing/recordingExcel";

/** Excel's rows: a table filling the sheet has the header and this many minus one deals. */
const SHEET_ROWS = 1_048_576;
const DEALS = SHEET_ROWS - 1;
const HEADER = SAMPLE_PIPELINE_HEADERS.map((h) => h.zh);
const STAGES = ["目标", "潜在", "意向", "立项", "认可", "谈判", "成交"];
const NOTE = "客户要求在下季度前完成系统集成并提供本地化支持，".repeat(80); // 2,000 characters, 6 KB in UTF-8

/** Deal i's nine cells; `note(i)` for its last. */
const deal = (i: number, note: (i: number) => string) => [
  `D${i + 1}`,
  `客户${i % 977}`,
  `Rep ${i % 13}`,
  STAGES[i % 7],
  1000 + (i % 5000) * 10,
  45_000 + (i % 700),
  45_400 + (i % 900),
  i % 11 === 0 ? "" : 45_300 + (i % 90),
  note(i),
];

/** A sheet-filling table whose rows are made when read (a million rows are not kept twice). */
function fullTable(note: (i: number) => string, payloadLimit?: number) {
  const rows = new Proxy(new Array<unknown[]>(SHEET_ROWS), {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) {
        const row = Number(key);
        return row === 0 ? HEADER : deal(row - 1, note);
      }
      return Reflect.get(target, key, receiver);
    },
  });
  return installRecordingExcel({
    grids: { 商机管线: { values: rows } },
    dataTables: [{ name: "Pipeline", sheet: "商机管线", address: `A1:I${SHEET_ROWS}` }],
    ...(payloadLimit === undefined ? {} : { payloadLimit }),
  });
}

async function readAll(excel: ReturnType<typeof installRecordingExcel>) {
  let chunks = 0;
  const result = await createOfficeGateway().readTable(
    { kind: "table", name: "Pipeline" },
    () => (chunks += 1),
  );
  if (!result.ok) throw new Error(result.error.message.en);
  const refused = excel.requests().length - excel.payloads().length;
  return { rows: result.value.rows, chunks, refused, replies: excel.payloads(), syncs: excel.syncs() };
}

describe("readTable on a table that fills the sheet", () => {
  it("reads 1,048,575 deals in one sync per chunk, the probe with the table's place, no reply over 4 MB", async () => {
    const excel = fullTable((i) => (i % 3 === 0 ? "" : `备注 ${i}`));
    const { rows, chunks, refused, replies, syncs } = await readAll(excel);
    expect(rows).toHaveLength(DEALS);
    expect(rows[DEALS - 1]).toEqual(deal(DEALS - 1, (i) => `备注 ${i}`));
    // The probe (the header and 255 deals, read with the table's place), then chunks planned at the bytes the last
    // chunk measured, + 8 %: at most the probe, a last partial chunk and one chunk per 4 MB ÷ 1.08 read.
    const read = replies.reduce((sum, bytes) => sum + bytes, 0);
    expect(chunks).toBe(23);
    expect(chunks).toBeLessThanOrEqual(2 + Math.ceil((read * PLAN_MARGIN) / READ_BUDGET_BYTES));
    expect(syncs).toBe(chunks);
    expect(refused).toBe(0);
    expect(replies).toHaveLength(syncs);
    expect(Math.max(...replies)).toBeLessThanOrEqual(READ_BUDGET_BYTES);
  });

  it("reads long Chinese notes in some cells, no reply over 4 MB", async () => {
    const excel = fullTable((i) => (i % 40 === 7 ? NOTE : ""));
    const { rows, chunks, refused, replies, syncs } = await readAll(excel);
    expect(rows).toHaveLength(DEALS);
    expect(rows.filter((row) => row[8] === NOTE)).toHaveLength(Math.floor((DEALS - 8) / 40) + 1);
    expect(syncs).toBe(chunks);
    expect(refused).toBe(0);
    expect(Math.max(...replies)).toBeLessThanOrEqual(READ_BUDGET_BYTES);
  });

  it("keeps every reply within 4 MB where the later rows hold much longer text, re-reading an oversized one in halves", async () => {
    // A host that refuses anything over the 4 MB budget: a reply planned from short rows that the long ones
    // make larger is refused and read again in halves, so no reply received is over 4 MB.
    const excel = fullTable((i) => (i >= 500_000 ? NOTE.slice(0, 200 + (i % 400)) : ""), READ_BUDGET_BYTES);
    const { rows, chunks, refused, replies, syncs } = await readAll(excel);
    expect(rows).toHaveLength(DEALS);
    expect(rows[DEALS - 1][8]).toBe(NOTE.slice(0, 200 + ((DEALS - 1) % 400)));
    expect(refused).toBeGreaterThan(0);
    expect(syncs).toBe(chunks + refused);
    expect(replies).toHaveLength(chunks);
    expect(Math.max(...replies)).toBeLessThanOrEqual(READ_BUDGET_BYTES);
  });

  it("reads a run of long notes after short ones again in halves when Excel refuses a reply as too large", async () => {
    const run = (i: number) => i >= 600_000 && i < 602_000;
    const excel = fullTable((i) => (run(i) ? NOTE : ""));
    const { rows, chunks, refused, replies, syncs } = await readAll(excel);
    expect(rows).toHaveLength(DEALS);
    expect(rows.filter((row) => row[8] === NOTE)).toHaveLength(2_000);
    expect(refused).toBeGreaterThan(0);
    expect(syncs).toBe(chunks + refused);
    expect(Math.max(...replies)).toBeLessThanOrEqual(EXCEL_PAYLOAD_LIMIT);
  });
});
