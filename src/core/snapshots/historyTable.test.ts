import { readPipeline } from "../pipeline";
import { DEFAULT_SCHEME } from "../stages";
import { readSnapshotTable, snapshotHeader, snapshotRows } from "./historyTable";
import { pairDeals } from "./identity";

const CURRENT = {
  header: ["商机编号", "商机", "客户", "负责人", "阶段", "金额", "预计成交日期"],
  rows: [
    ["007", "ERP 二期", "Acme", "王芳", "谈判", 120000, 45900],
    ["", "CRM", "Beta", "李雷", "丢单", "", ""],
  ],
};

function read() {
  const result = readPipeline(CURRENT, { scheme: DEFAULT_SCHEME });
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

describe("snapshotRows", () => {
  it("writes one row per deal: the date, ids as text, stage names, blanks as empty", () => {
    const rows = snapshotRows(read(), 45838.75, DEFAULT_SCHEME, "zh");
    expect(rows[0]).toEqual([45838, "007", "ERP 二期", "Acme", "王芳", "谈判客户", 120000, "", 45900, ""]);
    expect(rows[1][1]).toBe(""); // no id cell: not the opportunity name
    expect(rows[1][5]).toBe(DEFAULT_SCHEME.lostName.zh);
  });

  it("heads the table with names in the chosen language", () => {
    expect(snapshotHeader("en").slice(0, 3)).toEqual(["Snapshot date", "Deal ID", "Opportunity"]);
    expect(snapshotHeader("zh")[0]).toBe("快照日期");
  });
});

describe("readSnapshotTable", () => {
  it("reads back what snapshotRows wrote, one snapshot per date, oldest first", () => {
    const rows = [
      ...snapshotRows(read(), 45900, DEFAULT_SCHEME, "en"),
      ...snapshotRows(read(), 45838, DEFAULT_SCHEME, "en"),
      ["", "", "", "", "", "", "", "", "", ""],
    ];
    const result = readSnapshotTable({ header: snapshotHeader("en"), rows }, { scheme: DEFAULT_SCHEME });
    if (!result.ok) throw new Error(result.error.message.en);
    const { snapshots } = result.value.history;
    expect(snapshots.map((s) => s.asOf)).toEqual([45838, 45900]);
    expect(snapshots[0].read.deals.map((d) => d.id)).toEqual(["007", "CRM"]);
    expect(snapshots[0].read.deals[0].amount).toBe(120000);
    const pairing = pairDeals(snapshots[0].read, snapshots[1].read);
    expect(pairing.matched.map((m) => m.rule)).toEqual(["id", "name"]);
  });

  it("lists rows whose snapshot date cannot be read", () => {
    const rows = [["下周", "1", "A", "", "", "谈判", 1, "", "", ""]];
    const result = readSnapshotTable({ header: snapshotHeader("zh"), rows }, { scheme: DEFAULT_SCHEME });
    expect(result.ok && result.value.undated).toEqual([0]);
  });

  it("asks for a snapshot date column when there is none", () => {
    const result = readSnapshotTable(CURRENT, { scheme: DEFAULT_SCHEME });
    expect(!result.ok && result.error.message.en).toMatch(/Snapshot date/);
  });
});
