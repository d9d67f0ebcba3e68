import { unexpectedFailure } from "./workbookFailure";

describe("unexpectedFailure", () => {
  it("names a thrown value that is not an Error", () => {
    expect(unexpectedFailure("gone").message).toEqual({
      zh: "发生意外错误：gone",
      en: "Something went wrong unexpectedly: gone",
    });
  });

  it("gives an Error's message in both languages, as a VALUE failure", () => {
    const failure = unexpectedFailure(new Error("host gone"));
    expect(failure.code).toBe("VALUE");
    expect(failure.message.en).toBe("Something went wrong unexpectedly: host gone");
    expect(failure.message.zh).toBe("发生意外错误：host gone");
  });
});
