import { failureOf } from "./testing/failure";
import { ratingsArg, weightsArg, worthOutputArg } from "./worth";

describe("bad arguments", () => {
  it("rejects an unreadable rating, naming the cell", () => {
    expect(failureOf(() => ratingsArg([[8], ["great"]])).message.en).toMatch(
      /^“ratings” row 2: “great” is not a rating/,
    );
  });

  it("rejects text among the weights", () => {
    expect(failureOf(() => weightsArg([[1, "x"]])).message.en).toBe(
      "“weights” column 2: “x” is not a number.",
    );
  });

  it("rejects an unknown output", () => {
    expect(failureOf(() => worthOutputArg("chart")).message.en).toContain("“output”: “chart”");
  });
});

describe("ratingsArg", () => {
  it("reads numbers, marks and blanks in order", () => {
    expect(ratingsArg([[8], ["+"], [null], ["－"], [" 6 "]])).toEqual([8, 10, null, 0, 6]);
  });
});

describe("weightsArg", () => {
  it("is undefined when omitted or all blank", () => {
    expect(weightsArg(null)).toBeUndefined();
    expect(weightsArg([[null, ""]])).toBeUndefined();
  });

  it("keeps blank weights as null between numbers", () => {
    expect(weightsArg([[3, null, "1"]])).toEqual([3, null, 1]);
  });
});

describe("worthOutputArg", () => {
  it("is the score by default and reads both languages", () => {
    expect(worthOutputArg(undefined)).toBe("score");
    expect(worthOutputArg("结论")).toBe("verdict");
    expect(worthOutputArg("Score")).toBe("score");
  });
});
