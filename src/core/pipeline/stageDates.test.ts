import { DEFAULT_SCHEME, schemeFromList } from "../stages";
import { valueOf } from "../kernel/testing/results";
import { stageDateColumns, stageOfDateHeader } from "./stageDates";

describe("stageOfDateHeader reads the stage a per-stage date header names", () => {
  it('reads HubSpot\'s Date entered "Stage (Pipeline)" headers', () => {
    expect(stageOfDateHeader('Date entered "Negotiation (Sales Pipeline)"', DEFAULT_SCHEME)).toBe(5);
    expect(stageOfDateHeader('Date entered "Closed Won (Sales Pipeline)"', DEFAULT_SCHEME)).toBe(6);
    expect(stageOfDateHeader("Date exited “Intent (Sales Pipeline)”", DEFAULT_SCHEME)).toBe(2);
  });

  it("reads English and Chinese stage-date headers", () => {
    expect(stageOfDateHeader("Negotiation date", DEFAULT_SCHEME)).toBe(5);
    expect(stageOfDateHeader("Prospect stage entered date", DEFAULT_SCHEME)).toBe(1);
    expect(stageOfDateHeader("谈判日期", DEFAULT_SCHEME)).toBe(5);
    expect(stageOfDateHeader("进入谈判阶段日期", DEFAULT_SCHEME)).toBe(5);
    expect(stageOfDateHeader("意向客户阶段时间", DEFAULT_SCHEME)).toBe(2);
    expect(stageOfDateHeader("到达认可阶段的日期", DEFAULT_SCHEME)).toBe(4);
  });

  it("reads the names of the user's own stage list", () => {
    const scheme = valueOf(schemeFromList([["Lead"], ["Demo"], ["Proposal"], ["Won"]]));
    expect(stageOfDateHeader('Date entered "Demo (Sales Pipeline)"', scheme)).toBe(1);
    expect(stageOfDateHeader("Proposal date", scheme)).toBe(2);
    expect(stageOfDateHeader("Negotiation date", scheme)).toBeNull();
  });

  it("names no stage for other dates, the lost outcome or a bare number", () => {
    for (const header of [
      "Close Date",
      "Stage Date",
      "Lost date",
      "丢单日期",
      "1 date",
      "日期",
      "Negotiation",
      42,
      null,
    ]) {
      expect(stageOfDateHeader(header, DEFAULT_SCHEME)).toBeNull();
    }
  });
});

describe("stageDateColumns finds the per-stage date columns of a header", () => {
  it("takes the stage-date columns and leaves the columns of roles alone", () => {
    const header = [
      "Deal",
      "Stage",
      'Date entered "Qualified (Sales Pipeline)"',
      "谈判日期",
      "成交日期",
      "创建日期",
      "Target date",
    ];
    expect(stageDateColumns(header, DEFAULT_SCHEME, { stage: 1 })).toEqual([
      { column: 3, stage: 5 },
      { column: 6, stage: 0 },
    ]);
  });

  it("leaves out a column the mapping gives to a role", () => {
    expect(
      stageDateColumns(["Stage", "谈判日期"], DEFAULT_SCHEME, {
        stage: 0,
        closeDate: 1,
      }),
    ).toEqual([]);
  });
});
