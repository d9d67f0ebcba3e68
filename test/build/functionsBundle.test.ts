/**
 * The built functions.js, loaded as Excel loads it (a script run in a context whose only add-in
 * global is CustomFunctions), registers every id of the built functions.json, and the registered
 * functions answer correctly on ordinary, blank-laden and bad inputs.
 */
import vm from "vm";
import {
  CustomFunctionError,
  installCustomFunctionsRuntime,
} from "../../src/workbench/engine/customFunctionsRuntime";
import { builtFile } from "./productionBuild";

jest.setTimeout(300_000);

type Fn = (...args: unknown[]) => unknown;
let registered: Map<string, Fn>;
let metadata: { functions: { id: string; name: string; parameters: unknown[] }[] };

beforeAll(() => {
  const sandbox: Record<string, unknown> = { console };
  registered = installCustomFunctionsRuntime(sandbox);
  vm.runInNewContext(builtFile("functions.js"), sandbox, { filename: "functions.js" });
  metadata = JSON.parse(builtFile("functions.json"));
});

const call = (id: string, ...args: unknown[]) => {
  const fn = registered.get(id);
  if (!fn) throw new Error(`${id} is not registered`);
  return fn(...args);
};

describe("the built functions.js", () => {
  it("registers exactly the ids listed in the built functions.json", () => {
    const ids = metadata.functions.map((f) => f.id).sort();
    expect([...registered.keys()].sort()).toEqual(ids);
    expect(ids).toEqual(
      expect.arrayContaining([
        "STAGE",
        "PROBABILITY",
        "CONVERSION",
        "WEIGHTED",
        "WINWORTH",
        "ACTIONS",
        "MARKERS",
      ]),
    );
  });

  it("answers an unknown stage with #VALUE! and a message naming it", () => {
    const [[result]] = call("PROBABILITY", "Bogus stage") as CustomFunctionError[][];
    expect(result).toBeInstanceOf(CustomFunctionError);
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toContain("Bogus stage");
  });

  it("answers amounts and stages of different sizes with #VALUE!", () => {
    const result = call("WEIGHTED", [[100], [200]], [["谈判"]]) as CustomFunctionError;
    expect(result).toBeInstanceOf(CustomFunctionError);
    expect(result.code).toBe("#VALUE!");
  });

  it("resolves a stage label as Excel passes it", () => {
    expect(call("STAGE", [["谈判"]], "en")).toEqual([["Negotiation"]]);
    expect(call("STAGE", [["谈判"], ["closedwon"]], "en")).toEqual([["Negotiation"], ["Closed won"]]);
    expect(call("PROBABILITY", "立项")).toEqual([[0.35]]);
  });

  it("weights open deals by stage probability and skips blank rows", () => {
    const amounts = [[1000], [null], [""], [2000], [500], [300]];
    const stages = [["谈判"], [null], [""], ["Prospect"], ["成交"], ["丢单"]];
    expect(call("WEIGHTED", amounts, stages)).toBeCloseTo(1000 * 0.75 + 2000 * 0.1);
  });
});
