import { DEFAULT_SCHEME } from "../core/stages";
import { readList } from "./args";
import { copiedRows, PaneRows, readBadRows } from "./badRows";
import { column } from "./testing/cells";
import { failureOf } from "./testing/failure";

const list = (name: string, ...values: unknown[]) => readList(column(...values), name);

describe("bad arguments", () => {
  it("rejects a word that is not error or skip, naming the argument", () => {
    expect(failureOf(() => readBadRows("often", "badRows")).message.en).toMatch(
      /^“badRows”: “often” is not one of error/,
    );
  });

  it("rejects ids that do not line up with the columns", () => {
    const failure = failureOf(() => copiedRows(list("badRows", "D1"), [list("stages", "谈判", "谈判")]));
    expect(failure.message.en).toContain("must be the same size");
  });
});

describe("readBadRows", () => {
  it("reads error by default and the words in both languages", () => {
    expect([null, "skip", "跳过", "Error", "报错"].map((v) => readBadRows(v, "badRows").mode)).toEqual([
      "error",
      "skip",
      "skip",
      "error",
      "error",
    ]);
  });

  it("reads a column as skip by those deal ids", () => {
    const setting = readBadRows(column("D1", "D2"), "badRows");
    expect([setting.mode, setting.copiesBy?.length]).toEqual(["skip", 2]);
  });
});

describe("copiedRows", () => {
  it("finds a row with an earlier row's id and the same cells, spaces around texts aside", () => {
    const copy = copiedRows(list("ids", "D1", "D2", " D1 ", "D1"), [
      list("stages", "谈判", "谈判", "谈判 ", "成交"),
    ]);
    expect([0, 1, 2, 3].map(copy)).toEqual([false, false, true, false]);
  });

  it("never takes a row without an id for a copy", () => {
    const copy = copiedRows(list("ids", null, null), [list("stages", "谈判", "谈判")]);
    expect([copy(0), copy(1)]).toEqual([false, false]);
  });
});

describe("PaneRows", () => {
  const rows = new PaneRows(DEFAULT_SCHEME, undefined, []);

  it("passes over a row whose stage the pane cannot read, and reads two-language labels", () => {
    const stages = list("stages", "banana", "谈判 Negotiation", { type: "Error", basicValue: "#N/A" }, null);
    expect([0, 1, 2, 3].map((i) => rows.placementAt(stages, undefined, i)?.position ?? null)).toEqual([
      null,
      { kind: "open", index: 5 },
      null,
      null,
    ]);
  });

  it("reads amounts as the pane does: a percentage and text are blank, yuan text a number", () => {
    const amounts = list("amounts", "50%", "５０％", "n/a", "¥1,200", "12万", 300);
    const amountAt = rows.amounts(amounts, () => true);
    expect([0, 1, 2, 3, 4, 5].map(amountAt)).toEqual([null, null, null, 1200, 120000, 300]);
  });

  it("leaves out the amounts in a currency other than most of the column's deals", () => {
    const amounts = list("amounts", "$30,000", "¥1,200", "¥80,000");
    expect([0, 1, 2].map(rows.amounts(amounts, () => true))).toEqual([null, 1200, 80000]);
  });

  it("reads a date the pane cannot use as blank", () => {
    const dates = list("closed", "2025-07-15", "TBD", "9999-12-31", 45853);
    expect([0, 1, 2, 3].map((i) => rows.dateAt(dates, i))).toEqual([45853, null, null, 45853]);
  });
});
