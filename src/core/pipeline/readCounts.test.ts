import { DEFAULT_SCHEME } from "../stages";
import { valueOf } from "../kernel/testing/results";
import { readCounts } from "./readCounts";
import { readPipeline } from "./readPipeline";
import { at, deal, readOf } from "./testing/dealFixtures";

describe("readCounts", () => {
  it("counts a table's rows by what became of them", () => {
    const table = {
      header: ["Deal ID", "Stage", "Amount", "Close Date"],
      rows: [
        ["D1", "意向", "TBD", "TBD"],
        ["", "", "", ""],
        ["D1", "意向", "TBD", "TBD"],
        ["D2", "Foo", 1, ""],
        ["D3", "谈判", 5, 45900],
        ["D3", "成交", 5, 45900],
        ["D4", "", 1, ""],
      ],
    };
    expect(readCounts(valueOf(readPipeline(table, { scheme: DEFAULT_SCHEME })))).toEqual({
      rowsRead: 7,
      rowsUsed: 3,
      rowsSkipped: 4,
      skippedBy: {
        other: 0,
        blank: 1,
        noStage: 1,
        stage: 1,
        outcome: 0,
        lostAt: 0,
        duplicate: 1,
      },
      unreadableBy: { amount: 1, closeDate: 1 },
      deals: 2,
      histories: 1,
    });
  });

  it("counts a skipped row without a kind as other", () => {
    const read = readOf([deal(0, at(2))], [], [{ row: 1, reason: { zh: "x", en: "x" } }]);
    expect(readCounts(read)).toMatchObject({
      rowsRead: 2,
      rowsSkipped: 1,
      skippedBy: { other: 1, blank: 0 },
    });
  });
});
