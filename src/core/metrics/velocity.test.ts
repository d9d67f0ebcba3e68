import { errorOf, valueOf } from "../kernel/testing/results";
import { pipelineVelocity } from "./velocity";

const inputs = { openDeals: 10, winRate: 0.25, averageWonSize: 120000, averageCycleDays: 60 };

describe("pipelineVelocity", () => {
  it("rejects a negative or fractional count of open deals", () => {
    expect(errorOf(pipelineVelocity({ ...inputs, openDeals: -1 })).code).toBe("VALUE");
    expect(errorOf(pipelineVelocity({ ...inputs, openDeals: 2.5 })).code).toBe("VALUE");
  });

  it("rejects a win rate outside 0..1", () => {
    expect(errorOf(pipelineVelocity({ ...inputs, winRate: 1.5 })).code).toBe("VALUE");
    expect(errorOf(pipelineVelocity({ ...inputs, winRate: Number.NaN })).code).toBe("VALUE");
  });

  it("names the missing win rate", () => {
    const error = errorOf(pipelineVelocity({ ...inputs, winRate: null }));
    expect(error.code).toBe("DIV0");
    expect(error.message.en).toContain("win rate");
    expect(error.message.zh).toContain("赢单率");
  });

  it("names the missing average won size", () => {
    const error = errorOf(pipelineVelocity({ ...inputs, averageWonSize: null }));
    expect(error.code).toBe("DIV0");
    expect(error.message.en).toContain("average won size");
  });

  it("names the missing average sales cycle", () => {
    const error = errorOf(pipelineVelocity({ ...inputs, averageCycleDays: null }));
    expect(error.code).toBe("DIV0");
    expect(error.message.en).toContain("average sales cycle");
  });

  it("cannot divide by an average cycle of 0 days", () => {
    const error = errorOf(pipelineVelocity({ ...inputs, averageCycleDays: 0 }));
    expect(error.code).toBe("DIV0");
    expect(error.message.en).toContain("0 days");
  });

  it("is open deals × win rate × average won size ÷ average cycle days", () => {
    // 10 × 0.25 × 120000 ÷ 60 = 5000 a day
    expect(valueOf(pipelineVelocity(inputs))).toBe(5000);
  });

  it("is 0 when no deal is open", () => {
    expect(valueOf(pipelineVelocity({ ...inputs, openDeals: 0 }))).toBe(0);
  });
});
