import { readPipeline } from "../pipeline";
import { DEFAULT_SCHEME } from "../stages";
import { datedRuns, snapshotDateTaken, snapshotTable, snapshotTableName } from "./snapshotAppend";

describe("datedRuns", () => {
  it("finds the runs of a day's rows, any time of the day, last run first", () => {
    expect(datedRuns([45800, 45838, 45838.5, 45900, 45838], 45838)).toEqual([
      { start: 4, count: 1 },
      { start: 1, count: 2 },
    ]);
    expect(datedRuns(["45838", "", 45837.99], 45838)).toEqual([]);
  });
});

describe("snapshotTable", () => {
  it("types the rows to append: blanks as null, ids as text, named after the history table", () => {
    const read = readPipeline(
      { header: ["商机编号", "商机", "阶段", "金额"], rows: [["007", "ERP", "谈判", ""]] },
      { scheme: DEFAULT_SCHEME },
    );
    if (!read.ok) throw new Error(read.error.message.en);
    const table = snapshotTable(read.value, 45838, DEFAULT_SCHEME, "en");
    expect(table.tableName).toBe("PipelineSnapshots");
    expect(table.sheetName).toBe("Pipeline snapshots");
    expect(table.rows[0].slice(0, 3)).toEqual([45838, "007", "ERP"]);
    expect(table.rows[0][6]).toBeNull();
    expect(snapshotTableName("zh")).toBe("管线快照");
  });
});

describe("snapshotDateTaken", () => {
  it("says which day and how many rows, in both languages", () => {
    const result = snapshotDateTaken(45838, 3);
    expect(!result.ok && result.error.message.zh).toMatch(/2025-06-30.*3 行/);
  });
});
