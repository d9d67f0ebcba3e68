import { SAMPLE_PIPELINE_HEADERS } from "../../workbench/samplePipeline";
import { COLUMN_ROLES, COLUMN_ROLE_NAMES, REQUIRED_ROLES, headerKey, recogniseColumns } from "./columns";

describe("recogniseColumns", () => {
  it("recognises nothing in an empty or unknown header", () => {
    expect(recogniseColumns([])).toEqual({ mapping: {}, unrecognised: [] });
    expect(recogniseColumns(["备注", "", null, 42, "Product"])).toEqual({
      mapping: {},
      unrecognised: [0, 1, 2, 3, 4],
    });
  });

  it("gives each role to the first column naming it and leaves repeats unrecognised", () => {
    const { mapping, unrecognised } = recogniseColumns(["阶段", "Stage", "金额", "Amount"]);
    expect(mapping).toEqual({ stage: 0, amount: 2 });
    expect(unrecognised).toEqual([1, 3]);
  });

  it("reads the sample pipeline's headers in both languages", () => {
    const expected = {
      opportunity: 0,
      customer: 1,
      owner: 2,
      stage: 3,
      amount: 4,
      createdDate: 5,
      closeDate: 6,
      stageEnteredDate: 7,
      lostAt: 8,
    };
    for (const language of ["zh", "en"] as const) {
      const { mapping, unrecognised } = recogniseColumns(SAMPLE_PIPELINE_HEADERS.map((h) => h[language]));
      expect(mapping).toEqual(expected);
      expect(unrecognised).toEqual([]);
    }
  });

  it("reads the Maven CRM export's snake_case headers", () => {
    const header = [
      "opportunity_id",
      "sales_agent",
      "product",
      "account",
      "deal_stage",
      "engage_date",
      "close_date",
      "close_value",
    ];
    expect(recogniseColumns(header)).toEqual({
      mapping: {
        dealId: 0,
        owner: 1,
        customer: 3,
        stage: 4,
        createdDate: 5,
        closeDate: 6,
        amount: 7,
      },
      unrecognised: [2],
    });
  });

  it("reads Salesforce-style and other CRM headers", () => {
    const header = [
      "Opportunity Name",
      "Account Name",
      "Opportunity Owner",
      "StageName",
      "Amount",
      "CloseDate",
      "Created Date",
      "Deal ID",
      "Last Activity",
      "Outcome",
      "Lost Stage",
      "Stage Date",
    ];
    expect(recogniseColumns(header).mapping).toEqual({
      opportunity: 0,
      customer: 1,
      owner: 2,
      stage: 3,
      amount: 4,
      closeDate: 5,
      createdDate: 6,
      dealId: 7,
      lastActivity: 8,
      outcome: 9,
      lostAt: 10,
      stageEnteredDate: 11,
    });
  });

  it("reads Chinese CRM headers", () => {
    const header = [
      "商机编号",
      "商机名称",
      "客户名称",
      "销售",
      "销售阶段",
      "预计金额",
      "赢输",
      "最近活动",
      "阶段日期",
    ];
    expect(recogniseColumns(header).mapping).toEqual({
      dealId: 0,
      opportunity: 1,
      customer: 2,
      owner: 3,
      stage: 4,
      amount: 5,
      outcome: 6,
      lastActivity: 7,
      stageEnteredDate: 8,
    });
  });

  it("ignores case, full-width letters, extra spaces, line breaks, _ and -, units in parentheses and marks", () => {
    const cases: [string, string][] = [
      ["  STAGE  ", "stage"],
      ["Ａｍｏｕｎｔ", "amount"],
      ["Close\nDate", "closeDate"],
      ["预计成交\r\n日期", "closeDate"],
      ["stage-entered", "stageEnteredDate"],
      ["进入 当前阶段 日期", "stageEnteredDate"],
      ["Expected   close", "closeDate"],
      ["金额（元）", "amount"],
      ["Deal Value (USD)", "amount"],
      ["阶段 *", "stage"],
      ["负责人：", "owner"],
      ["LOST_AT", "lostAt"],
    ];
    for (const [header, role] of cases) expect(recogniseColumns([header]).mapping).toEqual({ [role]: 0 });
  });
});

describe("recogniseColumns: headers in two languages", () => {
  it("reads a header naming the same role in both languages", () => {
    const header = [
      "阶段 Stage",
      "金额/Amount",
      "Close Date | 预计成交日期",
      "\ufeff负责人Owner",
      "客户（Customer）",
    ];
    expect(recogniseColumns(header)).toEqual({
      mapping: { stage: 0, amount: 1, closeDate: 2, owner: 3, customer: 4 },
      unrecognised: [],
    });
  });

  it("leaves a header whose parts name different roles, or nothing, unrecognised", () => {
    expect(recogniseColumns(["阶段 Amount", "金额 Notes", "备注 Memo"])).toEqual({
      mapping: {},
      unrecognised: [0, 1, 2],
    });
  });
});

describe("headerKey", () => {
  it("is empty for blank headers and the text of other values", () => {
    expect(headerKey(null)).toBe("");
    expect(headerKey(undefined)).toBe("");
    expect(headerKey("   ")).toBe("");
    expect(headerKey(2024)).toBe("2024");
  });

  it("folds the ways a header is written to one key", () => {
    expect(headerKey(" Close_Date\n(UTC) ")).toBe("closedate");
    expect(headerKey("CloseDate")).toBe("closedate");
    expect(headerKey("预计成交日期：")).toBe("预计成交日期");
  });
});

describe("role names", () => {
  it("name every role in both languages and require the stage", () => {
    expect(new Set(COLUMN_ROLES).size).toBe(12);
    for (const role of COLUMN_ROLES) {
      expect(COLUMN_ROLE_NAMES[role].zh).not.toBe("");
      expect(COLUMN_ROLE_NAMES[role].en).not.toBe("");
    }
    expect(REQUIRED_ROLES).toEqual(["stage"]);
  });
});
