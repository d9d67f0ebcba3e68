import { reachedDefinition } from "./reachedDefinition";

describe("reachedDefinition names the rule for unknown stages of loss and how many deals it counts", () => {
  it("names the first-stage rule, the default", () => {
    const line = reachedDefinition({
      unknownLoss: { count: 3, rule: "firstStage" },
    });
    expect(line.en).toContain(
      "3 lost deals with unknown stage of loss are counted as: reached only the first stage.",
    );
    expect(line.zh).toContain("丢单阶段未知的丢单商机 3 个，只计为到达第一阶段。");
    expect(reachedDefinition({}).en).toContain("0 lost deals");
  });

  it("names the known-paths rule", () => {
    const line = reachedDefinition({
      unknownLoss: { count: 1, rule: "knownPaths" },
    });
    expect(line.en).toContain(
      "1 lost deal with unknown stage of loss is counted as: left out of the step conversions",
    );
    expect(line.zh).toContain("不计入各阶段转化率");
  });
});
