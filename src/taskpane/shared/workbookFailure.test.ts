import { unexpectedFailure } from "./workbookFailure";

describe("unexpectedFailure", () => {
  it("names a thrown value that is not an Error", () => {
    expect(unexpectedFailure("gone").message).toEqual({
      zh: "无法访问工作簿：gone",
      en: "Could not reach the workbook: gone",
    });
  });

  it("gives an Error's message in both languages, as a VALUE failure", () => {
    const failure = unexpectedFailure(new Error("host gone"));
    expect(failure.code).toBe("VALUE");
    expect(failure.message.en).toBe("Could not reach the workbook: host gone");
    expect(failure.message.zh).toBe("无法访问工作簿：host gone");
  });
});
