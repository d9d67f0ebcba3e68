import { readFunctionsMetadata } from "./functionsMetadata";

describe("readFunctionsMetadata", () => {
  it.each([null, [], {}, { functions: "x" }])("refuses %p, which is not functions.json", (json) => {
    expect(() => readFunctionsMetadata(json)).toThrow(/functions\.json/);
  });

  it("refuses a function without an id", () => {
    expect(() => readFunctionsMetadata({ functions: [{ name: "X" }] })).toThrow(/function 1 has no id/);
  });

  it("refuses a name Excel would not accept", () => {
    expect(() => readFunctionsMetadata({ functions: [{ id: "A", name: "A B" }] })).toThrow(/name/);
  });

  it("refuses two functions of the same name", () => {
    expect(() => readFunctionsMetadata({ functions: [{ id: "A" }, { id: "B", name: "a" }] })).toThrow(
      /two functions/,
    );
  });

  it("refuses an unknown dimensionality and a required parameter after an optional one", () => {
    expect(() =>
      readFunctionsMetadata({
        functions: [{ id: "A", parameters: [{ name: "p", dimensionality: "cube" }] }],
      }),
    ).toThrow(/dimensionality/);
    expect(() =>
      readFunctionsMetadata({
        functions: [{ id: "A", parameters: [{ name: "p", optional: true }, { name: "q" }] }],
      }),
    ).toThrow(/required parameter after an optional/);
  });

  it("reads parameters, result and options with Excel's defaults", () => {
    const [weighted, actions] = readFunctionsMetadata({
      functions: [
        {
          id: "weighted",
          name: "WEIGHTED",
          parameters: [
            { name: "amounts", type: "any", dimensionality: "matrix" },
            { name: "stageList", dimensionality: "matrix", optional: true },
          ],
          result: {},
        },
        {
          id: "ACTIONS",
          name: "ACTIONS",
          parameters: [{ name: "stage", type: "string" }],
          result: { dimensionality: "matrix" },
          options: { volatile: true, requiresAddress: true },
        },
      ],
    });
    expect(weighted).toEqual({
      id: "WEIGHTED",
      name: "WEIGHTED",
      parameters: [
        { name: "amounts", type: "any", dimensionality: "matrix", optional: false, repeating: false },
        { name: "stageList", type: "any", dimensionality: "matrix", optional: true, repeating: false },
      ],
      result: "scalar",
      volatile: false,
      needsInvocation: false,
      streaming: false,
    });
    expect(actions.result).toBe("matrix");
    expect(actions.parameters[0].dimensionality).toBe("scalar");
    expect(actions.volatile).toBe(true);
    expect(actions.needsInvocation).toBe(true);
  });
});
