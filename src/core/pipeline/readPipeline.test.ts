import { isoDate, serialFromDate } from "../kernel";
import { SAMPLE_COLUMN, samplePipeline } from "../../workbench/samplePipeline";
import { schemeFromList, DEFAULT_SCHEME, LOST_POSITION, positionAt } from "../stages";
import { errorOf, valueOf } from "../kernel/testing/results";
import { readPipeline, type PipelineTable } from "./readPipeline";
import type { Deal } from "./types";

const scheme = DEFAULT_SCHEME;
const at = (index: number) => positionAt(scheme, index);
const day = (year: number, month: number, date: number) =>
  serialFromDate({ year, month, day: date }) as number;

/** A messy export: headers with extra spaces and line breaks, mixed languages, text amounts and dates. */
const HEADER = [
  "  商机编号 ",
  "Opportunity\nName",
  "客户",
  "Owner",
  "销售  阶段",
  "金额（元）",
  "Created Date",
  "预计成交\r\n日期",
  "Stage entered",
  "Outcome",
  "Lost at",
  "最近活动",
];
type Field = "id" | "name" | "customer" | "owner" | "stage" | "amount" | "created" | "close" | "entered";
type Cells = Partial<Record<Field | "outcome" | "lostAt" | "activity", unknown>>;
const FIELDS = [
  "id",
  "name",
  "customer",
  "owner",
  "stage",
  "amount",
  "created",
  "close",
  "entered",
  "outcome",
  "lostAt",
  "activity",
] as const;
const row = (cells: Cells): unknown[] => FIELDS.map((field) => cells[field] ?? "");

const CORPUS: PipelineTable = {
  header: HEADER,
  rows: [
    /* 0 */ row({
      id: "D1",
      name: "ERP 升级",
      customer: "华东",
      owner: "张伟",
      stage: "谈判",
      amount: "¥1,200,000",
      created: 45600,
      close: "2025/7/15",
      entered: 45800,
      activity: 45830,
    }),
    /* 1 */ ["", null, "  ", "\u3000", "", "", "", "", "", "", "", ""],
    /* 2 */ row({
      id: "D2",
      name: "库存优化",
      owner: " Wang Fang ",
      stage: "Prospect",
      amount: "RMB 30,000",
      created: "2024-01-15",
      close: "2025.8.15",
    }),
    /* 3 */ row({
      id: "D3",
      name: "成本管理",
      owner: "李娜",
      stage: "意向客户",
      amount: "12万",
      close: "下周",
    }),
    /* 4 */ row({
      id: "D4",
      name: "Qualified one",
      stage: "Qualified",
      amount: 5000,
    }),
    /* 5 */ row({
      id: "D1",
      name: "ERP 升级",
      customer: "华东",
      owner: "张伟",
      stage: "成交",
      amount: "1,250,000",
      created: 45600,
      close: 45830,
      entered: 45820,
    }),
    /* 6 */ row({ id: "D5", stage: "立项", amount: "50,000", outcome: "输" }),
    /* 7 */ row({
      id: "D6",
      stage: "丢单",
      amount: 80000,
      lostAt: "Negotiation",
    }),
    /* 8 */ row({
      id: "D7",
      stage: "谈判客户",
      amount: "9,000 元",
      outcome: "赢",
    }),
    /* 9 */ row({ owner: "赵敏", customer: "某客户" }),
    /* 10 */ row({ id: "D8", stage: "Target", amount: "about 5k" }),
    /* 11 */ row({
      id: "D9",
      stage: "acknowledged",
      created: "1950-01-01",
      close: "2099-12-31",
    }),
    /* 12 */ row({ id: "D10", stage: "意向", outcome: "maybe" }),
    /* 13 */ row({ id: "D11", stage: "成交", outcome: "lost" }),
    /* 14 */ row({ id: "D12", stage: "丢单", lostAt: "xyz" }),
    /* 15 */ row({ name: "Same name", stage: "目标" }),
    /* 16 */ row({ name: "Same name", customer: "另一家", stage: "目标" }),
    /* 17 */ row({ id: "D13", stage: "Target", outcome: "进行中" }),
    /* 18 */ row({ id: "D14", stage: "谈判", entered: "" }),
    /* 19 */ row({ id: "D14", stage: "立项", entered: 45000 }),
    /* 20 */ row({ id: "D15", stage: "认可", entered: "2025-02-01" }),
    /* 21 */ row({ id: "D15", stage: "意向", entered: "2025-01-01" }),
    /* 22 */ row({ id: "D16", stage: "closed_won", amount: "(1,000)" }),
    /* 23 */ ["D17", "Short row", "", "", "Ｎｅｇｏｔｉａｔｉｏｎ"],
    /* 24 */ row({ stage: "Closed Lost", outcome: "", lostAt: "认可" }),
  ],
};

const read = () => valueOf(readPipeline(CORPUS, { scheme }));
const dealAt = (rowIndex: number): Deal | undefined => read().deals.find((deal) => deal.row === rowIndex);
const reasonOf = (rowIndex: number) => read().skipped.find((s) => s.row === rowIndex)?.reason;

describe("readPipeline: the table", () => {
  it("refuses a table without a stage column, listing its headers", () => {
    const error = errorOf(readPipeline({ header: ["Name", "Amount"], rows: [["A", 1]] }, { scheme }));
    expect(error.code).toBe("VALUE");
    expect(error.message.en).toContain("No stage column");
    expect(error.message.en).toContain("Name, Amount");
    expect(error.message.zh).toContain("找不到阶段列");
  });

  it("refuses a mapping without a stage or with a column outside the table", () => {
    const table = { header: ["a", "b"], rows: [] };
    expect(errorOf(readPipeline(table, { scheme, mapping: { amount: 1 } })).message.en).toContain(
      "No stage column",
    );
    expect(errorOf(readPipeline(table, { scheme, mapping: { stage: 2 } })).message.en).toContain("outside");
    expect(errorOf(readPipeline(table, { scheme, mapping: { stage: 0, amount: -1 } })).code).toBe("VALUE");
    expect(errorOf(readPipeline(table, { scheme, mapping: { stage: 0.5 } })).code).toBe("VALUE");
  });

  it("reads a table with no rows as no deals", () => {
    expect(valueOf(readPipeline({ header: ["阶段"], rows: [] }, { scheme }))).toEqual({
      mapping: { stage: 0 },
      deals: [],
      histories: [],
      skipped: [],
      rowsRead: 0,
      rowsUsed: 0,
      unreadable: [],
    });
  });

  it("uses the mapping it is given instead of the header", () => {
    const table = { header: ["Stage", "x"], rows: [["谈判", "意向"]] };
    const value = valueOf(readPipeline(table, { scheme, mapping: { stage: 1 } }));
    expect(value.mapping).toEqual({ stage: 1 });
    expect(value.deals[0].position).toBe(at(2));
  });

  it("recognises the messy headers of the corpus", () => {
    expect(read().mapping).toEqual({
      dealId: 0,
      opportunity: 1,
      customer: 2,
      owner: 3,
      stage: 4,
      amount: 5,
      createdDate: 6,
      closeDate: 7,
      stageEnteredDate: 8,
      outcome: 9,
      lostAt: 10,
      lastActivity: 11,
    });
  });

  it("accounts for every row: rows read = rows used + rows skipped", () => {
    const value = read();
    expect(value.rowsRead).toBe(CORPUS.rows.length);
    expect(value.skipped.map((s) => s.row)).toEqual([1, 4, 9, 12, 13, 14]);
    expect(value.rowsUsed).toBe(CORPUS.rows.length - 6);
    const historyRows = value.histories.reduce((n, h) => n + h.length, 0);
    expect(value.deals.length + historyRows - value.histories.length).toBe(value.rowsUsed);
  });
});

describe("readPipeline: skipped rows", () => {
  it("skips blank rows", () => {
    expect(reasonOf(1)).toEqual({ zh: "空行。", en: "Blank row." });
  });

  it("skips an unknown stage, naming the label", () => {
    expect(reasonOf(4)?.en).toContain("“Qualified”");
    expect(reasonOf(4)?.zh).toContain("“Qualified”");
  });

  it("skips a row with neither stage nor outcome", () => {
    expect(reasonOf(9)?.en).toContain("No stage");
  });

  it("skips an outcome that is neither won, lost nor blank, naming it", () => {
    expect(reasonOf(12)?.en).toContain("“maybe”");
    expect(reasonOf(12)?.zh).toContain("“maybe”");
  });

  it("skips a deal lost at the won stage and a stage of loss that cannot be read", () => {
    expect(reasonOf(13)?.en).toContain("cannot be lost");
    expect(reasonOf(14)?.en).toContain("Lost at");
    expect(reasonOf(14)?.en).toContain("“xyz”");
  });
});

describe("readPipeline: deals", () => {
  it("reads amounts written as text with separators, currency signs, 万 and parentheses", () => {
    expect(dealAt(5)?.amount).toBe(1_250_000);
    expect(dealAt(2)?.amount).toBe(30_000);
    expect(dealAt(3)?.amount).toBe(120_000);
    expect(dealAt(8)?.amount).toBe(9_000);
    expect(dealAt(22)?.amount).toBe(-1_000);
    expect(dealAt(11)?.amount).toBeNull();
  });

  it("reads serial and text dates, and keeps dates within 1950–2100", () => {
    expect(dealAt(2)?.created).toBe(day(2024, 1, 15));
    expect(dealAt(2)?.closeDate).toBe(day(2025, 8, 15));
    expect(dealAt(5)?.closeDate).toBe(45830);
    expect(dealAt(11)?.created).toBe(day(1950, 1, 1));
    expect(dealAt(11)?.closeDate).toBe(day(2099, 12, 31));
  });

  it("keeps a deal whose amount or date cannot be read, with null there, and lists the cell", () => {
    expect(dealAt(3)?.closeDate).toBeNull();
    expect(dealAt(10)?.amount).toBeNull();
    const unreadable = read().unreadable;
    expect(unreadable.map(({ row, role }) => [row, role])).toEqual([
      [3, "closeDate"],
      [10, "amount"],
    ]);
    expect(unreadable[0].reason.en).toContain("“下周”");
    expect(unreadable[1].reason.zh).toContain("“about 5k”");
  });

  it("resolves stage names in either language, full-width too", () => {
    expect(dealAt(2)?.position).toBe(at(1));
    expect(dealAt(3)?.position).toBe(at(2));
    expect(dealAt(11)?.position).toBe(at(4));
    expect(dealAt(23)?.position).toBe(at(5));
    expect(dealAt(22)?.position).toBe(at(6));
  });

  it("reads the stages' earlier English names as it reads the current ones, so that no workbook breaks", () => {
    const earlier = ["Target", "Intent", "Project established", "Acknowledged", "Won"];
    const current = ["Target account", "Interested", "Project approved", "Shortlisted", "Closed won"];
    const positions = (labels: string[]) =>
      valueOf(readPipeline({ header: ["阶段"], rows: labels.map((label) => [label]) }, { scheme })).deals.map(
        (deal) => deal.position,
      );
    expect(positions(earlier)).toEqual(positions(current));
    expect(positions(current)).toEqual([at(0), at(2), at(3), at(4), at(6)]);
  });

  it("reads outcomes as FUNNEL.CONVERSION does: won wins, lost is lost at the stage cell, open words are blank", () => {
    expect(dealAt(8)).toMatchObject({ position: at(6), lostAtIndex: null });
    expect(dealAt(6)).toMatchObject({
      position: LOST_POSITION,
      lostAtIndex: 3,
    });
    expect(dealAt(17)).toMatchObject({ position: at(0), lostAtIndex: null });
  });

  it("takes the stage of loss from the lost-at column of a lost deal", () => {
    expect(dealAt(7)).toMatchObject({
      position: LOST_POSITION,
      lostAtIndex: 5,
    });
    expect(dealAt(24)).toMatchObject({
      position: LOST_POSITION,
      lostAtIndex: 4,
    });
  });

  it("trims texts and names a deal by its id, else its opportunity, else its sheet row", () => {
    expect(dealAt(2)).toMatchObject({
      id: "D2",
      opportunity: "库存优化",
      owner: "Wang Fang",
      customer: null,
    });
    expect(dealAt(15)?.id).toBe("Same name");
    expect(dealAt(24)?.id).toBe("row 26");
    const moved = valueOf(readPipeline({ ...CORPUS, headerRow: 4 }, { scheme }));
    expect(moved.deals.find((deal) => deal.row === 24)?.id).toBe("row 30");
  });

  it("reads a short row's missing cells as blank", () => {
    expect(dealAt(23)).toMatchObject({
      id: "D17",
      amount: null,
      created: null,
      owner: null,
    });
  });
});

describe("readPipeline: repeated deal ids", () => {
  it("keeps one current deal per id, in order of first appearance", () => {
    const ids = read().deals.map((deal) => deal.id);
    expect(new Set(ids.filter((id) => id.startsWith("D"))).size).toBe(
      ids.filter((id) => id.startsWith("D")).length,
    );
    expect(ids.slice(0, 3)).toEqual(["D1", "D2", "D3"]);
  });

  it("makes the rows of a repeated id its history, the latest by stage-entered date being current", () => {
    const history = read().histories.find((h) => h[0].id === "D1") as Deal[];
    expect(history.map((deal) => deal.row)).toEqual([0, 5]);
    expect(dealAt(5)?.position).toBe(at(6));
    expect(dealAt(0)).toBeUndefined();

    const reordered = read().histories.find((h) => h[0].id === "D15") as Deal[];
    expect(reordered.map((deal) => deal.row)).toEqual([21, 20]);
    expect(read().deals.find((deal) => deal.id === "D15")?.row).toBe(20);
  });

  it("orders a history by row when a row has no stage-entered date", () => {
    const history = read().histories.find((h) => h[0].id === "D14") as Deal[];
    expect(history.map((deal) => deal.row)).toEqual([18, 19]);
    expect(read().deals.find((deal) => deal.id === "D14")?.position).toBe(at(3));
  });

  it("does not merge rows that share only an opportunity name", () => {
    expect(
      read()
        .deals.filter((deal) => deal.id === "Same name")
        .map((deal) => deal.row),
    ).toEqual([15, 16]);
    expect(read().histories).toHaveLength(3);
  });
});

describe("readPipeline: what messy workbooks hold", () => {
  const header = ["Deal ID", "Opportunity", "Owner", "Stage", "Amount", "Close Date"];

  it("gives every skipped row the kind of its reason", () => {
    expect(read().skipped.map((skip) => [skip.row, skip.kind])).toEqual([
      [1, "blank"],
      [4, "stage"],
      [9, "noStage"],
      [12, "outcome"],
      [13, "stage"],
      [14, "lostAt"],
    ]);
  });

  it("skips a copy of an earlier row, naming that row as the user sees it", () => {
    const rows = [
      ["D1", "ERP", "张伟", "谈判", 100, 45900],
      ["D1", "ERP ", "张伟", "谈判", 100, 45900],
      ["", "CRM", "王芳", "意向", 5, ""],
      ["", "CRM", "王芳", "意向", 5, ""],
      ["", "", "", "意向", 5, ""],
      ["", "", "", "意向", 5, ""],
    ];
    const value = valueOf(readPipeline({ header, rows, headerRow: 3 }, { scheme }));
    expect(value.skipped.map((skip) => [skip.row, skip.kind])).toEqual([
      [1, "duplicate"],
      [3, "duplicate"],
    ]);
    expect(value.skipped[0].reason.en).toContain("A copy of row 5");
    expect(value.skipped[1].reason.zh).toContain("与第 7 行完全相同");
    expect(value.deals.map((deal) => deal.row)).toEqual([0, 2, 4, 5]);
    expect(value.histories).toEqual([]);
  });

  it("keeps a repeated deal id with other cells as its history, and skips its copies", () => {
    const rows = [
      ["D1", "ERP", "张伟", "意向", 100, 45900],
      ["D1", "ERP", "张伟", "谈判", 100, 45900],
      ["D1", "ERP", "张伟", "谈判", 100, 45900],
    ];
    const value = valueOf(readPipeline({ header, rows }, { scheme }));
    expect(value.histories.map((history) => history.map((deal) => deal.row))).toEqual([[0, 1]]);
    expect(value.deals.map((deal) => deal.row)).toEqual([1]);
    expect(value.skipped.map((skip) => skip.kind)).toEqual(["duplicate"]);
  });

  it("leaves out amounts in another currency than most of the column, listing them", () => {
    const rows = [
      ["D1", "", "", "谈判", "¥1,200,000", ""],
      ["D2", "", "", "谈判", "$30,000", ""],
      ["D3", "", "", "谈判", "RMB 80,000", ""],
      ["D4", "", "", "谈判", 5000, ""],
    ];
    const value = valueOf(readPipeline({ header, rows }, { scheme }));
    expect(value.deals.map((deal) => deal.amount)).toEqual([1_200_000, null, 80_000, 5000]);
    expect(value.unreadable.map(({ row, role }) => [row, role])).toEqual([[1, "amount"]]);
    expect(value.unreadable[0].reason.en).toContain("in USD but most of the column is in CNY");
  });

  it("lists, in row order, the cells of a row that cannot be read, however they were found", () => {
    const rows = [
      ["D1", "#N/A", "#REF!", "谈判", "$5", "TBD"],
      ["D2", "", "", "谈判", "¥5", ""],
      ["D3", "", "", "谈判", "¥6", "1900-01-01"],
    ];
    const value = valueOf(readPipeline({ header, rows }, { scheme }));
    expect(value.unreadable.map(({ row, role }) => [row, role])).toEqual([
      [0, "opportunity"],
      [0, "owner"],
      [0, "amount"],
      [0, "closeDate"],
      [2, "closeDate"],
    ]);
    expect(value.deals[0]).toMatchObject({
      id: "D1",
      opportunity: null,
      owner: null,
      amount: null,
    });
  });

  it("names a deal by its sheet row when its id cell holds an error value", () => {
    const value = valueOf(readPipeline({ header, rows: [["#N/A", "", "", "谈判", 1, ""]] }, { scheme }));
    expect(value.deals[0].id).toBe("row 2");
    expect(value.unreadable.map((cell) => cell.role)).toEqual(["dealId"]);
  });

  it("reads stage labels written in two languages", () => {
    const rows = [
      ["D1", "", "", "谈判 Negotiation", 1, ""],
      ["D2", "", "", "立项/Project", 1, ""],
    ];
    const value = valueOf(readPipeline({ header, rows }, { scheme }));
    expect(value.deals.map((deal) => deal.position)).toEqual([at(5), at(3)]);
  });
});

describe("readPipeline: the sample pipeline", () => {
  it.each(["zh", "en"] as const)("reads every %s row with nothing skipped or unreadable", (language) => {
    const sample = samplePipeline({ language, seed: 3 });
    const value = valueOf(readPipeline(sample, { scheme }));
    expect(value.skipped).toEqual([]);
    expect(value.unreadable).toEqual([]);
    expect(value.rowsUsed).toBe(sample.rows.length);
    expect(value.deals).toHaveLength(sample.rows.length);
    value.deals.forEach((deal, i) => {
      const cells = sample.rows[i];
      expect(deal.row).toBe(i);
      expect(deal.amount).toBe(cells[SAMPLE_COLUMN.amount]);
      expect(deal.stageEntered).toBe(cells[SAMPLE_COLUMN.stageEntered]);
      expect(deal.lostAtIndex === null).toBe(cells[SAMPLE_COLUMN.lostAt] === null);
    });
  });

  it("reads the same deals from both languages", () => {
    const zh = valueOf(readPipeline(samplePipeline({ language: "zh", seed: 9 }), { scheme })).deals;
    const en = valueOf(readPipeline(samplePipeline({ language: "en", seed: 9 }), { scheme })).deals;
    zh.forEach((deal, i) => {
      expect(deal.position).toBe(en[i].position);
      expect(deal.lostAtIndex).toBe(en[i].lostAtIndex);
      expect(deal.closeDate).toBe(en[i].closeDate);
    });
  });

  it("reads the same deals from a 1904 workbook's table, its serials converted and its text dates as written", () => {
    const sample = samplePipeline({ language: "en", seed: 9 });
    const dated: number[] = [SAMPLE_COLUMN.created, SAMPLE_COLUMN.expectedClose, SAMPLE_COLUMN.stageEntered];
    const rows = sample.rows.map((cells, i) =>
      cells.map((cell, col) =>
        !dated.includes(col) || typeof cell !== "number" ? cell : i % 2 === 0 ? cell - 1462 : isoDate(cell),
      ),
    );
    const in1900 = valueOf(readPipeline(sample, { scheme }));
    const in1904 = valueOf(readPipeline({ header: sample.header, rows, dateSystem: 1904 }, { scheme }));
    expect(in1904.deals).toEqual(in1900.deals);
    expect(in1904.unreadable).toEqual([]);
  });

  it("reads a team's own stage list", () => {
    const custom = valueOf(schemeFromList([["Prospecting"], ["Engaging"], ["Won"], ["Lost"]]));
    const table = {
      header: ["deal_stage", "close_value"],
      rows: [
        ["Engaging", "1,000"],
        ["Won", 5],
        ["Lost", 2],
      ],
    };
    const value = valueOf(readPipeline(table, { scheme: custom }));
    expect(value.deals.map((deal) => deal.position.kind)).toEqual(["open", "won", "lost"]);
    expect(value.deals[2].lostAtIndex).toBeNull();
  });

  it("reads day-first text dates when told so", () => {
    const table = {
      header: ["Stage", "Close Date"],
      rows: [["谈判", "05/03/2024"]],
    };
    expect(valueOf(readPipeline(table, { scheme, dateOrder: "dmy" })).deals[0].closeDate).toBe(
      day(2024, 3, 5),
    );
    expect(valueOf(readPipeline(table, { scheme, dateOrder: "mdy" })).deals[0].closeDate).toBe(
      day(2024, 5, 3),
    );
    expect(valueOf(readPipeline(table, { scheme })).unreadable).toHaveLength(1);
  });
});

describe("readPipeline: large tables", () => {
  it("reads 100,000 rows exactly, with numbers or with text amounts and dates", () => {
    const sample = samplePipeline({ language: "zh", deals: 100_000 });
    const isoText = (serial: number) =>
      new Date(Date.UTC(1899, 11, 30) + serial * 864e5).toISOString().slice(0, 10);
    const asText = sample.rows.map((cells) =>
      cells.map((cell, column) => {
        if (column === SAMPLE_COLUMN.amount) return `¥${(cell as number).toLocaleString("en-US")}`;
        return column === SAMPLE_COLUMN.created ? isoText(cell as number) : cell;
      }),
    );
    for (const rows of [sample.rows, asText]) {
      const value = valueOf(readPipeline({ header: sample.header, rows }, { scheme }));
      expect(value.rowsUsed).toBe(100_000);
      expect(value.unreadable).toEqual([]);
      expect(value.deals[7].created).toBe(sample.rows[7][SAMPLE_COLUMN.created]);
      expect(value.deals[7].amount).toBe(sample.rows[7][SAMPLE_COLUMN.amount]);
    }
  });
});
