import { errorDetail } from "./errorDetail";

describe("errorDetail", () => {
  it("gives an Error's message, not its name or stack", () => {
    expect(errorDetail(new RangeError("index 9 is not a stage"))).toBe("index 9 is not a stage");
  });

  it("gives any other thrown value as text", () => {
    expect(errorDetail("host gone")).toBe("host gone");
    expect(errorDetail(404)).toBe("404");
    expect(errorDetail(undefined)).toBe("undefined");
    expect(errorDetail({ code: "ItemNotFound" })).toBe("[object Object]");
  });
});
