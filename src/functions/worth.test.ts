import { readList } from "./args";
import { readChoice } from "./options";
import { failureOf } from "./testing/failure";
import { readRatings, readWeights, WORTH_OUTPUTS } from "./worth";

const ratings = (cells: unknown) => readRatings(readList(cells, "ratings"));
const weights = (cells: unknown) => readWeights(readList(cells, "weights"));
const output = (value: unknown) => readChoice(value, "output", WORTH_OUTPUTS);

describe("bad arguments", () => {
  it("rejects an unreadable rating, naming the cell", () => {
    expect(failureOf(() => ratings([[8], ["great"]])).message.en).toMatch(
      /^“ratings” row 2: “great” is not a rating/,
    );
  });

  it("rejects text among the weights", () => {
    expect(failureOf(() => weights([[1, "x"]])).message.en).toBe("“weights” column 2: “x” is not a number.");
  });

  it("rejects an unknown output", () => {
    expect(failureOf(() => output("chart")).message.en).toContain("“output”: “chart”");
  });
});

describe("readRatings", () => {
  it("reads numbers, marks and blanks in order, a dash as the − mark", () => {
    expect(ratings([[8], ["+"], [null], ["－"], [" 6 "], ["-"]])).toEqual([8, 10, null, 0, 6, 0]);
  });
});

describe("readWeights", () => {
  it("is undefined when omitted or all blank", () => {
    expect(readWeights(undefined)).toBeUndefined();
    expect(weights([[null, ""]])).toBeUndefined();
  });

  it("keeps blank weights as null between numbers", () => {
    expect(weights([[3, null, "1"]])).toEqual([3, null, 1]);
  });
});

describe("the output choice", () => {
  it("is the score by default and reads both languages", () => {
    expect(output(undefined)).toBe("score");
    expect(output("结论")).toBe("verdict");
    expect(output("Score")).toBe("score");
  });
});
