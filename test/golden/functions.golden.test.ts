/**
 * The custom functions' metadata, generated from src/functions/functions.ts by the same generator the
 * webpack plugin runs and completed as the build completes it (errorInputs.cjs), compared with the
 * committed golden file test/golden/functions.json; and the Chinese file derived from it.
 * After an intended change, rewrite the golden file: UPDATE_GOLDEN=1 npx jest test/golden
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";
import zhTable from "../../src/functions/metadata/zh-CN.json";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("../../src/functions/metadata/localize.cjs") as {
  localizeMetadata(metadataJsonText: string, table: object): string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { allowErrorInputs } = require("../../src/functions/metadata/errorInputs.cjs") as {
  allowErrorInputs(metadataJsonText: string): string;
};

const ROOT = path.resolve(__dirname, "../..");
const SOURCE = path.join(ROOT, "src/functions/functions.ts");
const GOLDEN = path.join(__dirname, "functions.json");

interface ParameterMetadata {
  readonly name: string;
  readonly description?: string;
  readonly type?: string;
  readonly dimensionality?: string;
}
interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly ParameterMetadata[];
}
interface Metadata {
  readonly allowErrorForDataTypeAny?: boolean;
  readonly functions: readonly FunctionMetadata[];
  readonly enums?: readonly { id: string; values: readonly { name: string; tooltip?: string }[] }[];
}

let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
/** functions.json as the build writes it. */
let metadataJson: string;
let metadata: Metadata;

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata([SOURCE], true);
  metadataJson = allowErrorInputs(generated.metadataJson || "{}");
  metadata = JSON.parse(metadataJson) as Metadata;
});

it("generates the metadata without errors", () => {
  expect(generated.errors).toEqual([]);
  expect(metadata.functions.length).toBeGreaterThan(0);
});

it("matches the golden functions.json", () => {
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, `${metadataJson}\n`);
  expect(existsSync(GOLDEN)).toBe(true);
  expect(metadataJson).toBe(readFileSync(GOLDEN, "utf8").trimEnd());
});

it("lets an Excel error in a range reach the function, in both metadata files", () => {
  // Excel's flag is top-level and applies to the parameters typed any: every range parameter must be one.
  const localized = JSON.parse(localizeMetadata(metadataJson, zhTable)) as Metadata;
  for (const file of [metadata, localized]) {
    expect(file.allowErrorForDataTypeAny).toBe(true);
    const ranges = file.functions.flatMap((fn) =>
      fn.parameters
        .filter((p) => p.dimensionality === "matrix")
        .map((p) => `${fn.id}.${p.name}: ${p.type ?? "any"}`),
    );
    expect(ranges.length).toBeGreaterThan(20);
    expect(ranges.filter((range) => !range.endsWith(": any"))).toEqual([]);
  }
});

it("offers the functions the add-in promises", () => {
  expect(metadata.functions.map((fn) => fn.id).sort()).toEqual(
    [
      "ACTIONS",
      "BRIDGE",
      "CONVERSION",
      "COVERAGE",
      "CYCLETIME",
      "DAYSINSTAGE",
      "FORECAST",
      "GAPS",
      "GATE",
      "MARKERS",
      "PLAN",
      "PROBABILITY",
      "PUSHCOUNT",
      "READY",
      "REQUIRED",
      "STAGE",
      "VELOCITY",
      "WEIGHTED",
      "WINRATE",
      "WINWORTH",
    ].sort(),
  );
});

it("describes every function, its examples left to the help page its helpUrl opens (functionsHelp.test.ts)", () => {
  for (const fn of metadata.functions) {
    expect({ id: fn.id, described: (fn.description ?? "").trim().length > 20 }).toEqual({
      id: fn.id,
      described: true,
    });
  }
});

it("describes every parameter", () => {
  for (const fn of metadata.functions) {
    for (const parameter of fn.parameters) {
      expect({
        fn: fn.id,
        parameter: parameter.name,
        described: (parameter.description ?? "").trim() !== "",
      }).toEqual({
        fn: fn.id,
        parameter: parameter.name,
        described: true,
      });
    }
  }
});

it("gives every enum value a tooltip", () => {
  for (const customEnum of metadata.enums ?? []) {
    for (const value of customEnum.values) expect(value.tooltip ?? "").not.toBe("");
  }
});

it("associates every function id with an exported function of functions.ts", () => {
  const associated = generated.associate.map((item) => item.id).sort();
  expect(associated).toEqual(metadata.functions.map((fn) => fn.id).sort());
  const exported = functions as unknown as Record<string, unknown>;
  for (const item of generated.associate) expect(typeof exported[item.functionName]).toBe("function");
});

it("has a Chinese translation for every function, parameter and enum value", () => {
  const localized = JSON.parse(localizeMetadata(metadataJson, zhTable)) as Metadata;
  expect(localized.functions.map((fn) => fn.name)).toEqual(metadata.functions.map((fn) => fn.name));
  for (const fn of localized.functions) expect(fn.description).toMatch(/\p{Script=Han}/u);
});
