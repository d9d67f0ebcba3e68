import { serialFromDate } from "../kernel";
import { DEFAULT_SCHEME } from "../stages";
import { snapshotChanges } from "./changes";
import { historyFromTables, type UserSnapshotTable } from "./userSnapshots";

const serial = (year: number, month: number, day: number) => serialFromDate({ year, month, day }) as number;
const NOV_20 = serial(2026, 11, 20);
const NOV_27 = serial(2026, 11, 27);

/** A Salesforce-style weekly export. */
const salesforce = (rows: readonly (readonly unknown[])[]): UserSnapshotTable["data"] => ({
  header: ["Opportunity Name", "Account Name", "Stage", "Amount", "Close Date"],
  rows,
});

/** A Chinese CRM's weekly export. */
const chineseCrm = (rows: readonly (readonly unknown[])[]): UserSnapshotTable["data"] => ({
  header: ["商机名称", "客户名称", "阶段", "金额", "预计成交日期"],
  rows,
});

describe("historyFromTables", () => {
  const week1 = salesforce([
    ["ERP rollout", "Acme", "Prospect", 120_000, "2026-12-31"],
    ["CRM upgrade", "Globex", "Negotiation", 80_000, "2026-12-15"],
    ["Data lake", "Initech", "Interested", 50_000, "2027-01-31"],
  ]);
  const week2 = salesforce([
    ["ERP rollout", "Acme", "Interested", 150_000, "2027-01-31"],
    ["CRM upgrade", "Globex", "Closed Won", 80_000, "2026-11-25"],
    ["Data lake", "Initech", "Closed Lost", 50_000, "2027-01-31"],
    ["BI suite", "Umbrella", "Target account", 30_000, "2027-03-31"],
  ]);

  it("reads Salesforce-style weekly exports dated by their sheet names into a history the bridge uses", () => {
    const read = historyFromTables(
      [
        { name: "Pipeline 2026-11-27", data: week2 },
        { name: "Pipeline 2026-11-20", data: week1 },
      ],
      { scheme: DEFAULT_SCHEME },
    );
    expect(read.leftOut).toEqual([]);
    expect(read.used).toEqual([
      { index: 1, name: "Pipeline 2026-11-20", asOf: NOV_20, dateFrom: "name" },
      { index: 0, name: "Pipeline 2026-11-27", asOf: NOV_27, dateFrom: "name" },
    ]);
    expect(read.history.snapshots.map((s) => [s.asOf, s.label, s.read.deals.length])).toEqual([
      [NOV_20, "Pipeline 2026-11-20", 3],
      [NOV_27, "Pipeline 2026-11-27", 4],
    ]);
    expect(read.history.notes).toEqual([]);
    const changes = snapshotChanges(read.history, { from: 0, to: 1, scheme: DEFAULT_SCHEME });
    expect(changes.ok).toBe(true);
    if (!changes.ok) return;
    expect(changes.value.bridge.start).toEqual({ count: 3, amount: 250_000 });
    expect(changes.value.bridge.end).toEqual({ count: 2, amount: 180_000 });
    expect(changes.value.bridge.pairing.matched.map((m) => m.key)).toEqual([
      "erp rollout|acme",
      "crm upgrade|globex",
      "data lake|initech",
    ]);
  });

  it("reads a Chinese CRM's exports beside an English one, noting the columns only some have", () => {
    const chinese = chineseCrm([
      ["ERP rollout", "Acme", "意向客户", 150_000, "2027年1月31日"],
      ["CRM upgrade", "Globex", "成交客户", 80_000, "2026年11月25日"],
    ]);
    const noClose: UserSnapshotTable["data"] = {
      header: ["商机名称", "客户名称", "阶段", "金额"],
      rows: [["ERP rollout", "Acme", "潜在客户", 120_000]],
    };
    const read = historyFromTables(
      [
        { name: "管线 2026年11月13日", data: noClose },
        { name: "管线 2026年11月27日", data: chinese },
      ],
      { scheme: DEFAULT_SCHEME },
    );
    expect(read.history.snapshots.map((s) => s.asOf)).toEqual([serial(2026, 11, 13), NOV_27]);
    expect(read.history.snapshots[1].read.deals[0].closeDate).toBe(serial(2027, 1, 31));
    expect(read.history.notes.map((n) => n.kind)).toEqual(["columns"]);
    expect(read.history.notes[0].message.zh).toBe(
      "“预计成交日期”列只有部分快照有（缺少：管线 2026年11月13日）；相关数字只来自有该列的快照。",
    );
  });

  it("uses a typed date over the name's, and lists tables without a date or unreadable with the reason", () => {
    const read = historyFromTables(
      [
        { name: "Deals", asOf: NOV_20, data: week1 },
        { name: "Opportunities", data: week2 },
        { name: "Export 05-11-2026", data: week2 },
        { name: "Notes 2026-11-27", data: { header: ["Note", "Who"], rows: [["call back", "Ann"]] } },
        { name: "Pipeline 2026-11-27", asOf: serial(2026, 11, 28), data: week2 },
      ],
      { scheme: DEFAULT_SCHEME },
    );
    expect(read.used).toEqual([
      { index: 0, name: "Deals", asOf: NOV_20, dateFrom: "typed" },
      { index: 4, name: "Pipeline 2026-11-27", asOf: serial(2026, 11, 28), dateFrom: "typed" },
    ]);
    expect(read.leftOut.map((t) => [t.name, t.kind])).toEqual([
      ["Opportunities", "noDate"],
      ["Export 05-11-2026", "unclearDate"],
      ["Notes 2026-11-27", "unreadable"],
    ]);
    expect(read.leftOut[0].reason.en).toBe("There is no date in the name; type the as-of date.");
    expect(read.leftOut[2].reason.en).toMatch(/No stage column/);
  });

  it("keeps two tables of one date in the order chosen, and names them in a note", () => {
    const read = historyFromTables(
      [
        { name: "Pipeline 2026-11-27", data: week2 },
        { name: "Table1", asOf: NOV_27, data: week1 },
      ],
      { scheme: DEFAULT_SCHEME },
    );
    expect(read.used.map((t) => t.name)).toEqual(["Pipeline 2026-11-27", "Table1"]);
    expect(read.history.notes.filter((n) => n.kind === "sameDate").map((n) => n.message.en)).toEqual([
      "“Pipeline 2026-11-27”, “Table1” are all dated 2026-11-27; they are compared in the order chosen. Correct a date if one is wrong.",
    ]);
  });

  it("reads dates of a 1904 workbook's table in its own system", () => {
    const read = historyFromTables(
      [
        {
          name: "Pipeline 2026-11-20",
          data: {
            ...salesforce([["ERP rollout", "Acme", "Prospect", 1, NOV_20 + 40 - 1462]]),
            dateSystem: 1904,
          },
        },
      ],
      { scheme: DEFAULT_SCHEME },
    );
    expect(read.history.snapshots[0].read.deals[0].closeDate).toBe(NOV_20 + 40);
  });
});
