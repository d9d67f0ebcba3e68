/**
 * The FUNNEL functions themselves (src/functions) registered in the workbench's engine with the metadata the
 * build writes (generated from functions.ts and completed as the build completes it): what the tests that
 * evaluate real FUNNEL formulas in the engine set up once.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as path from "path";
import * as funnel from "../../../functions/functions";
import { registerCustomFunctions } from "../customFunctionsPlugin";
import { type Associations, installCustomFunctionsRuntime } from "../customFunctionsRuntime";
import { readFunctionsMetadata } from "../functionsMetadata";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { allowErrorInputs } = require("../../../functions/metadata/errorInputs.cjs") as {
  allowErrorInputs(metadataJsonText: string): string;
};

/**
 * Installs the custom-functions runtime and registers every FUNNEL function in the engine, as the
 * workbench does with the built functions.js.
 * @example beforeAll(registerFunnelFunctions);
 */
export async function registerFunnelFunctions(): Promise<void> {
  installCustomFunctionsRuntime();
  const generated = await generateCustomFunctionsMetadata(
    [path.join(__dirname, "../../../functions/functions.ts")],
    true,
  );
  const functions = readFunctionsMetadata(JSON.parse(allowErrorInputs(generated.metadataJson)));
  // What the CustomFunctions.associate calls the build appends to functions.js record: id → function.
  const associations: Associations = new Map(
    functions.map((fn) => [
      fn.id,
      (funnel as unknown as Record<string, (...args: unknown[]) => unknown>)[fn.id],
    ]),
  );
  registerCustomFunctions({ namespace: "FUNNEL", functions, associations });
}
