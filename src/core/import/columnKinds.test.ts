import { looksLikeIds, planColumns, suggestDateOrder } from "./columnKinds";

describe("planColumns", () => {
  it("writes ids and codes as text: the deal-id column, leading zeros and ids longer than 15 digits", () => {
    const columns = planColumns(
      ["Deal ID", "客户编码", "身份证号", "Count"],
      [
        ["123", "00123", "123456789012345678", "7"],
        ["124", "00456", "223456789012345678", "8"],
      ],
    );
    expect(columns.map((c) => [c.kind, c.id])).toEqual([
      ["text", true],
      ["text", true],
      ["text", true],
      ["number", false],
    ]);
    expect(columns[0].role).toBe("dealId");
  });

  it("writes dates and amounts by their role or their values, and names and labels as text", () => {
    const columns = planColumns(
      ["Close Date", "Amount", "Signed on", "Stage", "Owner", "Budget", "Note"],
      [
        ["01-03-17", "¥1,200", "2024/3/5", "3", "007", "12万", "x"],
        ["", "", "2024/3/6", "4", "008", "", "12%"],
      ],
    );
    expect(columns.map((c) => c.kind)).toEqual(["date", "number", "date", "text", "text", "number", "text"]);
    expect(columns.map((c) => c.role)).toEqual([
      "closeDate",
      "amount",
      undefined,
      "stage",
      "owner",
      undefined,
      undefined,
    ]);
  });

  it("reads a column whose header names a date as dates when most values are, so the others are rejected rows", () => {
    const sample = [
      ["01-03-17", "01-03-17"],
      ["02-03-17", "x"],
      ["soon", "y"],
    ];
    expect(planColumns(["Close Date", "Note"], sample).map((c) => c.kind)).toEqual(["date", "text"]);
  });

  it("keeps a bare eight-digit number a number unless the header names a date", () => {
    const columns = planColumns(["Ref", "Created"], [["20240305", "20240305"]]);
    expect(columns.map((c) => c.kind)).toEqual(["number", "date"]);
  });

  it("writes an empty column as text, or as a date when its header names one", () => {
    expect(planColumns(["x", "Close Date"], [["", "-"]]).map((c) => c.kind)).toEqual(["text", "date"]);
  });
});

describe("looksLikeIds", () => {
  it("needs every value all digits", () => {
    expect(looksLikeIds(["00123", "A1"])).toBe(false);
    expect(looksLikeIds([])).toBe(false);
  });
});

describe("suggestDateOrder", () => {
  const dates = [{ header: "d", kind: "date", id: false }] as const;
  it("suggests the order a day or month over 12 shows, else none", () => {
    expect(suggestDateOrder(dates, [["01-03-17"], ["25-03-17"]])).toBe("dmy");
    expect(suggestDateOrder(dates, [["03/25/2017"]])).toBe("mdy");
    expect(suggestDateOrder(dates, [["2017-03-25"]])).toBe("ymd");
    expect(suggestDateOrder(dates, [["01-03-17"]])).toBeUndefined();
    expect(suggestDateOrder(dates, [["13-01-17"], ["01-13-17"]])).toBeUndefined();
  });
});
