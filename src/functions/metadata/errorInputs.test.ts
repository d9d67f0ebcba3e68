// errorInputs.cjs is plain CommonJS (webpack.config.js requires it), so the test requires it too.
export {};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { allowErrorInputs } = require("./errorInputs.cjs") as {
  allowErrorInputs(metadataJsonText: string): string;
};

const METADATA = {
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      id: "WINRATE",
      name: "WINRATE",
      parameters: [
        { name: "stages", type: "any", dimensionality: "matrix" },
        { name: "form", optional: true, type: "string" },
      ],
      result: {},
    },
  ],
  enums: [{ id: "Form", type: "string", values: [] }],
};

const text = (metadata: object) => JSON.stringify(metadata, null, 4);

describe("allowErrorInputs", () => {
  it("throws on metadata that is not JSON", () => {
    expect(() => allowErrorInputs("{ not json")).toThrow(SyntaxError);
  });

  it("refuses a range parameter typed other than any, naming it: Excel would answer its error cells itself", () => {
    const typed = {
      ...METADATA,
      functions: [
        {
          ...METADATA.functions[0],
          parameters: [
            { name: "amounts", type: "number", dimensionality: "matrix" },
            { name: "labels", type: "string", dimensionality: "matrix" },
            { name: "any", dimensionality: "matrix" },
          ],
        },
      ],
    };
    expect(() => allowErrorInputs(text(typed))).toThrow(
      /WINRATE: amounts \(number\[\]\[\]\), WINRATE: labels \(string\[\]\[\]\)$/,
    );
  });

  it("sets the top-level flag after allowCustomDataForDataTypeAny and keeps everything else", () => {
    const result = JSON.parse(allowErrorInputs(text(METADATA))) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual([
      "allowCustomDataForDataTypeAny",
      "allowErrorForDataTypeAny",
      "functions",
      "enums",
    ]);
    expect(result.allowErrorForDataTypeAny).toBe(true);
    expect({ ...result, allowErrorForDataTypeAny: undefined }).toEqual({
      ...METADATA,
      allowErrorForDataTypeAny: undefined,
    });
  });

  it("gives the same text when run twice, indented as the metadata generator writes", () => {
    const once = allowErrorInputs(text(METADATA));
    expect(allowErrorInputs(once)).toBe(once);
    expect(once).toBe(JSON.stringify(JSON.parse(once), null, 4));
  });
});
