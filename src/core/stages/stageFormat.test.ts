import { formatStage, parseStageForm } from "./stageFormat";
import { DEFAULT_SCHEME, LOST_POSITION, type StageScheme } from "./stageScheme";
import { schemeFromList } from "./stageList";
import { valueOf } from "../kernel/testing/results";

describe("parseStageForm", () => {
  it.each(["fr", "name", 1, true, new Error("#REF!")])(
    "fails with VALUE naming the unknown form %p",
    (value) => {
      const result = parseStageForm(value);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe("VALUE");
      expect(result.error.message.en).toMatch(/Unknown stage form “.+”: use zh .*en .*id .*number/);
    },
  );

  it.each([null, undefined, "", "  "])("reads the blank %p as zh", (value) => {
    expect(valueOf(parseStageForm(value))).toBe("zh");
  });

  it.each([
    ["zh", "zh"],
    ["中文", "zh"],
    ["CN", "zh"],
    ["Chinese", "zh"],
    ["zh-CN", "zh"],
    ["en", "en"],
    ["English", "en"],
    ["英文", "en"],
    ["ID", "id"],
    ["key", "id"],
    ["number", "number"],
    ["序号", "number"],
    ["Ｎｕｍｂｅｒ", "number"],
  ])("reads %p as %p", (value, form) => {
    expect(valueOf(parseStageForm(value))).toBe(form);
  });
});

describe("formatStage", () => {
  it("throws a RangeError for an index outside the scheme", () => {
    expect(() => formatStage({ kind: "open", index: 7 }, DEFAULT_SCHEME, "zh")).toThrow(RangeError);
  });

  it("writes a default-scheme stage as its Chinese name, English name, id or number", () => {
    const project = valueOf(DEFAULT_SCHEME.resolve("立项"));
    expect(formatStage(project, DEFAULT_SCHEME, "zh")).toBe("立项客户");
    expect(formatStage(project, DEFAULT_SCHEME, "en")).toBe("Project approved");
    expect(formatStage(project, DEFAULT_SCHEME, "id")).toBe("project");
    expect(formatStage(project, DEFAULT_SCHEME, "number")).toBe(4);
    const won = valueOf(DEFAULT_SCHEME.resolve("Closed Won"));
    expect(formatStage(won, DEFAULT_SCHEME, "zh")).toBe("成交客户");
    expect(formatStage(won, DEFAULT_SCHEME, "number")).toBe(7);
  });

  it("writes lost as the scheme's lost name, “lost” and 0", () => {
    expect(formatStage(LOST_POSITION, DEFAULT_SCHEME, "zh")).toBe("丢单");
    expect(formatStage(LOST_POSITION, DEFAULT_SCHEME, "en")).toBe("Closed lost");
    expect(formatStage(LOST_POSITION, DEFAULT_SCHEME, "id")).toBe("lost");
    expect(formatStage(LOST_POSITION, DEFAULT_SCHEME, "number")).toBe(0);
  });

  it("writes a custom stage as the user's text, its key or its number", () => {
    const scheme: StageScheme = valueOf(
      schemeFromList([["Needs Analysis"], ["Closed Won"], ["Closed Lost"]]),
    );
    const position = valueOf(scheme.resolve("needs analysis"));
    expect(formatStage(position, scheme, "zh")).toBe("Needs Analysis");
    expect(formatStage(position, scheme, "en")).toBe("Needs Analysis");
    expect(formatStage(position, scheme, "id")).toBe("needs analysis");
    expect(formatStage(position, scheme, "number")).toBe(1);
    expect(formatStage(LOST_POSITION, scheme, "en")).toBe("Closed Lost");
  });
});
