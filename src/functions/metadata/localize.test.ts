// localize.cjs is plain CommonJS (webpack.config.js requires it), so the test requires it too.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("./localize.cjs") as {
  localizeMetadata(metadataJsonText: string, table: object): string;
};

const METADATA = {
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      description: "The stage. Example: =FUNNEL.STAGE(B2)",
      id: "STAGE",
      name: "STAGE",
      parameters: [
        { description: "A stage.", name: "input", type: "any", dimensionality: "matrix" },
        { description: "The form.", name: "form", optional: true, type: "string", customEnumId: "Form" },
      ],
      result: {},
    },
    {
      description: "The rate. Example: =FUNNEL.WINRATE(C2:C9)",
      id: "WINRATE",
      name: "WINRATE",
      parameters: [{ description: "Stages.", name: "stages", type: "any", dimensionality: "matrix" }],
      result: {},
    },
  ],
  enums: [
    {
      id: "Form",
      type: "string",
      values: [
        { name: "Chinese", stringValue: "zh", tooltip: "Chinese name" },
        { name: "English", stringValue: "en", tooltip: "English name" },
      ],
    },
  ],
};

const TABLE = {
  functions: {
    STAGE: {
      description: "阶段。示例：=FUNNEL.STAGE(B2)",
      parameters: { input: "一个阶段。", form: "写法。" },
    },
    WINRATE: { description: "赢单率。示例：=FUNNEL.WINRATE(C2:C9)", parameters: { stages: "阶段。" } },
  },
  enums: { Form: { Chinese: "中文名称", English: "英文名称" } },
};

const text = JSON.stringify(METADATA, null, 4);

/** The message localizeMetadata throws for `table` (fails the test if it does not throw). */
function problemsWith(table: object): string {
  try {
    localizeMetadata(text, table);
  } catch (caught) {
    return (caught as Error).message;
  }
  throw new Error("expected localizeMetadata to throw");
}

describe("localizeMetadata", () => {
  it("throws on metadata that is not JSON", () => {
    expect(() => localizeMetadata("{ not json", TABLE)).toThrow(SyntaxError);
  });

  it("throws listing every function and parameter missing from the table", () => {
    const message = problemsWith({
      functions: { STAGE: { description: "阶段。", parameters: { input: "一个阶段。" } } },
      enums: TABLE.enums,
    });
    expect(message).toContain("missing translation: function STAGE: parameter form");
    expect(message).toContain("missing translation: function WINRATE: description");
    expect(message).toContain("missing translation: function WINRATE: parameter stages");
    expect(message).not.toContain("parameter input");
  });

  it("treats an empty translation as missing", () => {
    const message = problemsWith({
      ...TABLE,
      functions: { ...TABLE.functions, WINRATE: { description: " ", parameters: { stages: "" } } },
    });
    expect(message).toContain("function WINRATE: description");
    expect(message).toContain("function WINRATE: parameter stages");
  });

  it("throws listing enum values missing from the table", () => {
    const message = problemsWith({ ...TABLE, enums: { Form: { Chinese: "中文名称" } } });
    expect(message).toContain("missing translation: enum Form: value English");
  });

  it("throws listing table entries the metadata no longer has", () => {
    const message = problemsWith({
      functions: {
        ...TABLE.functions,
        STAGE: {
          ...TABLE.functions.STAGE,
          parameters: { ...TABLE.functions.STAGE.parameters, old: "旧参数。" },
        },
        GONE: { description: "已删除。", parameters: {} },
      },
      enums: { ...TABLE.enums, Old: { A: "甲" } },
    });
    expect(message).toContain("translated but not in the metadata: function STAGE: parameter old");
    expect(message).toContain("translated but not in the metadata: function GONE");
    expect(message).toContain("translated but not in the metadata: enum Old");
  });

  it("throws for an empty table", () => {
    expect(problemsWith({})).toContain("function STAGE: description");
  });

  it("replaces descriptions and tooltips and keeps everything else", () => {
    const localized = JSON.parse(localizeMetadata(text, TABLE));
    expect(localized.functions[0].description).toBe("阶段。示例：=FUNNEL.STAGE(B2)");
    expect(localized.functions[0].parameters.map((p: { description: string }) => p.description)).toEqual([
      "一个阶段。",
      "写法。",
    ]);
    expect(localized.functions[1].parameters[0].description).toBe("阶段。");
    expect(localized.enums[0].values.map((v: { tooltip: string }) => v.tooltip)).toEqual([
      "中文名称",
      "英文名称",
    ]);

    const strip = (metadata: typeof METADATA) =>
      JSON.stringify(metadata, (key, value) =>
        key === "description" || key === "tooltip" ? undefined : value,
      );
    expect(strip(localized)).toBe(strip(METADATA));
  });

  it("translates an enum value's name where the table gives one, keeping the value the formula receives", () => {
    const table = {
      ...TABLE,
      enums: { Form: { Chinese: { name: "中文", tooltip: "中文名称" }, English: "英文名称" } },
    };
    const localized = JSON.parse(localizeMetadata(text, table));
    const values = localized.enums[0].values as { name: string; tooltip: string; stringValue: string }[];
    expect(values.map((v) => [v.name, v.tooltip])).toEqual([
      ["中文", "中文名称"],
      ["English", "英文名称"],
    ]);
    expect(values.map((v) => v.stringValue)).toEqual(
      (METADATA.enums[0].values as readonly { stringValue: string }[]).map((v) => v.stringValue),
    );
  });

  it("counts an enum value whose translation has a name but no tooltip as missing", () => {
    expect(
      problemsWith({ ...TABLE, enums: { Form: { Chinese: { name: "中文" }, English: "英文名称" } } }),
    ).toContain("missing translation: enum Form: value Chinese");
  });

  it("writes the JSON indented as the metadata generator does", () => {
    const localized = localizeMetadata(text, TABLE);
    expect(localized).toBe(JSON.stringify(JSON.parse(localized), null, 4));
  });
});
