/**
 * Each declaration (./declarations) agrees with its adapter in ./functions, whose JSDoc and signature are
 * the metadata Excel reads: the same arguments in the same order, the same optional ones, ranges where
 * functions.json declares a matrix, an array result where it declares one — and the adapter passes its
 * parameters to the runner in that order.
 */
import { readFileSync } from "fs";
import * as path from "path";
import * as ts from "typescript";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as declarations from "./declarations";
import { ARGUMENT_DIMENSIONS, type DeclaredFunction } from "./runner";

const SOURCE = path.join(__dirname, "functions.ts");

/** One adapter of functions.ts as written. */
interface Adapter {
  readonly name: string;
  readonly parameters: readonly { name: string; optional: boolean }[];
  readonly jsDocParameters: readonly string[];
  /** What its body is: `run(<declaration>, <arguments>)`, else `undefined`. */
  readonly runs?: { declaration: string; arguments: readonly string[] };
}

/** The adapters: the exported functions of functions.ts tagged @customfunction. */
function readAdapters(sourceText: string): Adapter[] {
  const source = ts.createSourceFile(SOURCE, sourceText, ts.ScriptTarget.Latest, true);
  const adapters: Adapter[] = [];
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const tags = ts.getJSDocTags(statement);
    if (!tags.some((tag) => tag.tagName.text === "customfunction")) continue;
    const body = statement.body?.statements ?? ts.factory.createNodeArray();
    const only = body.length === 1 ? body[0] : undefined;
    const call = only && ts.isReturnStatement(only) ? only.expression : undefined;
    const runs =
      call && ts.isCallExpression(call) && call.expression.getText() === "run"
        ? {
            declaration: call.arguments[0]?.getText() ?? "",
            arguments: call.arguments.slice(1).map((argument) => argument.getText()),
          }
        : undefined;
    adapters.push({
      name: statement.name.text,
      parameters: statement.parameters.map((p) => ({ name: p.name.getText(), optional: !!p.questionToken })),
      jsDocParameters: tags.filter(ts.isJSDocParameterTag).map((tag) => tag.name.getText()),
      runs,
    });
  }
  return adapters;
}

interface Metadata {
  readonly functions: readonly {
    readonly id: string;
    readonly result: { dimensionality?: string };
    readonly parameters: readonly { name: string; dimensionality?: string; optional?: boolean }[];
  }[];
}

const DECLARED = declarations as unknown as Record<string, DeclaredFunction>;
const adapters = readAdapters(readFileSync(SOURCE, "utf8"));
let metadata: Metadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata([SOURCE], true);
  metadata = JSON.parse(generated.metadataJson) as Metadata;
});

it("finds an adapter for every function of the metadata", () => {
  expect(adapters.map((adapter) => adapter.name).sort()).toEqual(
    metadata.functions.map((fn) => fn.id).sort(),
  );
});

describe.each(adapters.map((adapter) => [adapter.name, adapter] as const))("%s", (name, adapter) => {
  const declaration = adapter.runs ? DECLARED[adapter.runs.declaration] : undefined;

  it("is one line: run with its declaration and its parameters, in order", () => {
    expect(adapter.runs?.arguments).toEqual(adapter.parameters.map((parameter) => parameter.name));
    expect(declaration?.name).toBe(name);
  });

  it("documents each parameter, in order, in its JSDoc", () => {
    expect(adapter.jsDocParameters).toEqual(adapter.parameters.map((parameter) => parameter.name));
  });

  it("declares the adapter's arguments: names, order and which are optional", () => {
    expect(declaration?.args.map((arg) => ({ name: arg.name, optional: arg.optional }))).toEqual(
      adapter.parameters,
    );
  });

  it("declares ranges where the metadata takes a matrix, and an array result where it spills", () => {
    const fn = metadata.functions.find((candidate) => candidate.id === name);
    expect(declaration?.args.map((arg) => `${arg.name}: ${ARGUMENT_DIMENSIONS[arg.kind]}`)).toEqual(
      fn?.parameters.map((parameter) => `${parameter.name}: ${parameter.dimensionality ?? "scalar"}`),
    );
    expect(declaration?.result).toBe(fn?.result.dimensionality === "matrix" ? "array" : "scalar");
  });
});

it("uses every declaration in exactly one adapter", () => {
  const used = adapters.map((adapter) => adapter.runs?.declaration).sort();
  expect(used).toEqual(Object.keys(DECLARED).sort());
});
