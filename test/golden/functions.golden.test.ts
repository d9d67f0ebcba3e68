/**
 * The custom functions' metadata, generated from src/functions/functions.ts by the same generator the
 * webpack plugin runs, compared with the committed golden file test/golden/functions.json.
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

const ROOT = path.resolve(__dirname, "../..");
const SOURCE = path.join(ROOT, "src/functions/functions.ts");
const GOLDEN = path.join(__dirname, "functions.json");

interface ParameterMetadata {
  readonly name: string;
  readonly description?: string;
}
interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly ParameterMetadata[];
}
interface Metadata {
  readonly functions: readonly FunctionMetadata[];
  readonly enums?: readonly { id: string; values: readonly { name: string; tooltip?: string }[] }[];
}

let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
let metadata: Metadata;

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata([SOURCE], true);
  metadata = JSON.parse(generated.metadataJson || "{}") as Metadata;
});

it("generates the metadata without errors", () => {
  expect(generated.errors).toEqual([]);
  expect(metadata.functions.length).toBeGreaterThan(0);
});

it("matches the golden functions.json", () => {
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, `${generated.metadataJson}\n`);
  expect(existsSync(GOLDEN)).toBe(true);
  expect(generated.metadataJson).toBe(readFileSync(GOLDEN, "utf8").trimEnd());
});

it("offers the functions the add-in promises", () => {
  expect(metadata.functions.map((fn) => fn.id).sort()).toEqual(
    [
      "ACTIONS",
      "CONVERSION",
      "COVERAGE",
      "CYCLETIME",
      "DAYSINSTAGE",
      "FORECAST",
      "MARKERS",
      "PROBABILITY",
      "STAGE",
      "VELOCITY",
      "WEIGHTED",
      "WINRATE",
      "WINWORTH",
    ].sort(),
  );
});

it("describes every function with an example of use", () => {
  for (const fn of metadata.functions) {
    expect({ id: fn.id, description: fn.description ?? "" }).toEqual({
      id: fn.id,
      description: expect.stringContaining(`=FUNNEL.${fn.id}(`),
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

it("has a Chinese translation for every function, parameter and enum value, each with an example", () => {
  const localized = JSON.parse(localizeMetadata(generated.metadataJson, zhTable)) as Metadata;
  expect(localized.functions.map((fn) => fn.name)).toEqual(metadata.functions.map((fn) => fn.name));
  for (const fn of localized.functions) {
    expect(fn.description).toContain(`=FUNNEL.${fn.id}(`);
    expect(fn.description).toMatch(/\p{Script=Han}/u);
  }
});
