import { DEFAULT_SCHEME } from "../../core/stages";
import { dataSourceOptions } from "../shared/dataSources";
import { createFakeGateway } from "../testing/fakeGateway";
import { readUserSnapshots, snapshotChoices } from "./userSnapshotsRun";

const EXPORT = {
  header: ["商机名称", "客户名称", "阶段", "金额", "预计成交日期"],
  rows: [["ERP 二期", "华信", "潜在客户", 120_000, "2027年1月31日"]],
};

describe("snapshotChoices", () => {
  it("offers tables and sheets, but not the selection, the snapshot table or its sheet", () => {
    const options = dataSourceOptions(
      [
        { name: "PipelineSnapshots", sheet: "Pipeline snapshots", rows: 80 },
        { name: "Week48", sheet: "CRM", rows: 40 },
      ],
      ["CRM", "Pipeline snapshots", "管线 2026年11月27日"],
    );
    expect(snapshotChoices(options).map((c) => [c.key, c.name])).toEqual([
      ["table:Week48", "Week48"],
      ["sheet:CRM", "CRM"],
      ["sheet:管线 2026年11月27日", "管线 2026年11月27日"],
    ]);
  });
});

describe("readUserSnapshots", () => {
  it("reads each chosen sheet, and leaves out one the workbook cannot read, with its reason", async () => {
    const gateway = createFakeGateway({
      sheetData: {
        "管线 2026年11月20日": { sheet: "管线 2026年11月20日", ...EXPORT },
        "管线 2026年11月27日": { sheet: "管线 2026年11月27日", ...EXPORT },
      },
    });
    const choice = (sheet: string) => ({
      choice: { key: `sheet:${sheet}`, source: { kind: "sheet" as const, sheet }, name: sheet },
    });
    const reading: string[] = [];
    const read = await readUserSnapshots(
      gateway,
      {
        chosen: [choice("管线 2026年11月20日"), choice("Gone"), choice("管线 2026年11月27日")],
        scheme: DEFAULT_SCHEME,
        dateOrder: "ymd",
      },
      (name) => reading.push(name),
    );
    expect(reading).toEqual(["管线 2026年11月20日", "Gone", "管线 2026年11月27日"]);
    expect(read.ok && read.value.history.snapshots.map((s) => s.label)).toEqual([
      "管线 2026年11月20日",
      "管线 2026年11月27日",
    ]);
    expect(read.ok && read.value.leftOut).toEqual([
      {
        name: "Gone",
        kind: "unreadable",
        reason: { zh: "工作表“Gone”中没有数据。", en: "There is no data in sheet “Gone”." },
      },
    ]);
  });

  it("resolves with a failure when the workbook throws", async () => {
    const gateway = createFakeGateway();
    gateway.readTable = () => Promise.reject(new Error("host gone"));
    const read = await readUserSnapshots(gateway, {
      chosen: [{ choice: { key: "sheet:A", source: { kind: "sheet", sheet: "A" }, name: "A" } }],
      scheme: DEFAULT_SCHEME,
      dateOrder: "ymd",
    });
    expect(!read.ok && read.error.message.en).toMatch(/host gone/);
  });
});
