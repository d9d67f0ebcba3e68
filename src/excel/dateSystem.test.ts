import { pipelineHealth } from "../core/health";
import { dateFromSerial, DATE_SYSTEM_OFFSET, type DateSystem, toSerial1900 } from "../core/kernel";
import { valueOf } from "../core/kernel/testing/results";
import { readPipeline } from "../core/pipeline";
import { buildHealthReport } from "../core/reports";
import { showsDate, type SheetSpec } from "../core/sheet";
import { DEFAULT_SCHEME } from "../core/stages";
import { TEMPLATES } from "../core/templates";
import { DEFAULT_SAMPLE_AS_OF, SAMPLE_COLUMN, samplePipeline } from "../workbench/samplePipeline";
import { createOfficeGateway } from "./officeGateway";
import { installRecordingExcel } from "./testing/recordingExcel";

const SAMPLE = samplePipeline({ language: "zh", deals: 300 });
const DATE_COLUMNS: readonly number[] = [
  SAMPLE_COLUMN.created,
  SAMPLE_COLUMN.expectedClose,
  SAMPLE_COLUMN.stageEntered,
];

/** The sample as a workbook of `system` holds it: its date cells are that system's serials of the same days. */
function sampleIn(system: DateSystem): unknown[][] {
  const shift = system === 1904 ? DATE_SYSTEM_OFFSET : 0;
  return SAMPLE.rows.map((row) =>
    row.map((cell, col) => (DATE_COLUMNS.includes(col) && typeof cell === "number" ? cell - shift : cell)),
  );
}

/** Reads the sample from a workbook of `system` through the Office gateway. */
async function readSample(system: DateSystem) {
  const excel = installRecordingExcel({
    dateSystem: system,
    grids: { 商机: { values: [SAMPLE.header, ...sampleIn(system)] } },
  });
  const table = valueOf(await createOfficeGateway().readTable({ kind: "sheet", sheet: "商机" }));
  return { table, syncs: excel.syncs() };
}

/** The cells of a written sheet Excel shows as dates, by address: the day each shows in the workbook's system. */
function datesShown(excel: ReturnType<typeof installRecordingExcel>, sheet: string, system: DateSystem) {
  const shown: Record<string, unknown> = {};
  for (const [address, cell] of excel.sheet(sheet).cells) {
    if (
      typeof cell.input === "number" &&
      typeof cell.numberFormat === "string" &&
      showsDate(cell.numberFormat)
    ) {
      shown[address] = dateFromSerial(toSerial1900(cell.input, system));
    }
  }
  return shown;
}

/** Every cell's content of a written sheet, by address, date cells left out. */
function otherContents(excel: ReturnType<typeof installRecordingExcel>, sheet: string) {
  const contents: Record<string, unknown> = {};
  for (const [address, cell] of excel.sheet(sheet).cells) {
    const dated = typeof cell.numberFormat === "string" && showsDate(cell.numberFormat);
    if (!(dated && typeof cell.input === "number")) contents[address] = cell.input;
  }
  return contents;
}

describe("the workbook's date system", () => {
  it("is read as 1904 from a 1904 workbook, in the sync that locates the table: no round trip more", async () => {
    const [in1900, in1904] = [await readSample(1900), await readSample(1904)];
    expect([in1900.table.dateSystem, in1904.table.dateSystem]).toEqual([1900, 1904]);
    expect(in1904.syncs).toBe(in1900.syncs);
    expect(in1904.syncs).toBe(3);
  });

  it("makes a table's dates read from a 1904 workbook the same deal dates as the same table in a 1900 workbook", async () => {
    const [in1900, in1904] = [await readSample(1900), await readSample(1904)];
    expect(in1904.table.rows).not.toEqual(in1900.table.rows);
    const deals1900 = valueOf(readPipeline(in1900.table, { scheme: DEFAULT_SCHEME }));
    const deals1904 = valueOf(readPipeline(in1904.table, { scheme: DEFAULT_SCHEME }));
    expect(deals1904.deals).toEqual(deals1900.deals);
    expect(deals1904.unreadable).toEqual(deals1900.unreadable);
    expect(deals1900.deals.filter((deal) => deal.closeDate !== null).length).toBeGreaterThan(250);
  });

  it("writes a report into a 1904 workbook with serials that show the same calendar days, in as many round trips", async () => {
    const read = valueOf(
      readPipeline({ header: SAMPLE.header, rows: SAMPLE.rows }, { scheme: DEFAULT_SCHEME }),
    );
    const health = pipelineHealth(read, DEFAULT_SCHEME, { asOf: DEFAULT_SAMPLE_AS_OF });
    const source = {
      sheet: "商机",
      headerRow: 0,
      firstCol: 0,
      rowCount: SAMPLE.rows.length,
      mapping: read.mapping,
    };
    const spec = buildHealthReport(health, source, { language: "en", forecast: { deals: read.deals } });
    const write = async (system: DateSystem) => {
      const excel = installRecordingExcel({
        dateSystem: system,
        grids: { 商机: { values: [SAMPLE.header, ...sampleIn(system)] } },
      });
      const sheet = valueOf(await createOfficeGateway().writeReport("pipelineHealth", spec)).sheet;
      return { excel, sheet, syncs: excel.syncs() };
    };
    const [in1900, in1904] = [await write(1900), await write(1904)];
    const shown1900 = datesShown(in1900.excel, in1900.sheet, 1900);
    expect(Object.keys(shown1900).length).toBeGreaterThanOrEqual(3); // the as-of tile, the forecast periods
    expect(Object.values(shown1900)).toContainEqual({ year: 2025, month: 6, day: 30 });
    expect(datesShown(in1904.excel, in1904.sheet, 1904)).toEqual(shown1900);
    expect(otherContents(in1904.excel, in1904.sheet)).toEqual(otherContents(in1900.excel, in1900.sheet));
    expect(in1904.syncs).toBe(in1900.syncs);
  });

  it("writes a template's date into a 1904 workbook as the same day, in the template's 3 round trips", async () => {
    const template = TEMPLATES.find((t) =>
      t
        .build({ language: "en", date: DEFAULT_SAMPLE_AS_OF })
        .cells.some((c) => c.value === DEFAULT_SAMPLE_AS_OF),
    );
    const spec: SheetSpec = template!.build({ language: "en", customer: "Acme", date: DEFAULT_SAMPLE_AS_OF });
    const write = async (system: DateSystem) => {
      const excel = installRecordingExcel({ dateSystem: system });
      const sheet = valueOf(await createOfficeGateway().createSheet(spec)).sheet;
      return { shown: datesShown(excel, sheet, system), syncs: excel.syncs(), raw: excel.sheet(sheet).cells };
    };
    const [in1900, in1904] = [await write(1900), await write(1904)];
    expect(Object.values(in1900.shown)).toEqual([{ year: 2025, month: 6, day: 30 }]);
    expect(in1904.shown).toEqual(in1900.shown);
    const [address] = Object.keys(in1904.shown);
    expect(in1904.raw.get(address)?.input).toBe(DEFAULT_SAMPLE_AS_OF - DATE_SYSTEM_OFFSET);
    expect([in1900.syncs, in1904.syncs]).toEqual([3, 3]);
  });
});
