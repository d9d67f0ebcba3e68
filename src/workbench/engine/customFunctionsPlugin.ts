/**
 * Registers Excel custom functions in HyperFormula: one FunctionPlugin method per function of functions.json,
 * named `NAMESPACE.NAME`, calling the very function that functions.js associated with `CustomFunctions`.
 * Nothing here computes a FUNNEL figure: it only shapes the arguments and the result (see excelValues.ts).
 *
 * Parameters follow the metadata: a `matrix` parameter takes a range or a value (ANY), a scalar one a value
 * (SCALAR: an error cell is passed in as an error, as the functions expect); optional parameters may be
 * omitted; trailing repeating parameters repeat and arrive as one array each, as in Excel.
 *
 * Spills: HyperFormula reserves a spilled result's cells when the formula is entered, before evaluating it
 * (`sizeOfResultArrayMethod`). The size method evaluates the function on the same arguments and measures the
 * result. When a later recalculation gives another size (an input cell changed), the method keeps within the
 * reserved cells and reports the formula's address to the engine's spill watcher, which enters the formula
 * again so that it spills to its new size (see workbookEngine.ts).
 */
import {
  ArraySize,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionArgument,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
  type SimpleCellAddress,
} from "hyperformula";
import { errorDetail } from "../../core/kernel";
import { CustomFunctionError, ErrorCode, type Associations } from "./customFunctionsRuntime";
import { qualifiedAddress } from "../a1";
import { engineResult, excelArgument, resultSize, type EngineResult } from "./excelValues";
import type { CustomFunctionMetadata, ParameterMetadata } from "./functionsMetadata";

/** The part of a function-call node of HyperFormula's syntax tree the plugin reads. */
interface CallNode {
  readonly args: readonly unknown[];
}

/** The part of HyperFormula's interpreter state the plugin reads. */
interface CallState {
  readonly formulaAddress: SimpleCellAddress;
  readonly formulaVertex?: {
    readonly width: number;
    readonly height: number;
    getFormula(service: unknown): unknown;
  };
}

/** Called with the address of a formula whose spill must change size. */
export type SpillListener = (address: SimpleCellAddress) => void;

/** The spill watcher of each engine, keyed by the engine's dependency graph (the plugin's view of its engine). */
const spillListeners = new WeakMap<object, SpillListener>();

/**
 * Watches the formulas of one engine whose spilled result changed size; returns a function that stops.
 * @example const stop = watchSpills(hf, (address) => pending.push(address));
 */
export function watchSpills(engine: HyperFormula, listener: SpillListener): () => void {
  const key = engine.dependencyGraph;
  spillListeners.set(key, listener);
  return () => {
    if (spillListeners.get(key) === listener) spillListeners.delete(key);
  };
}

/** What {@link customFunctionsPlugin} needs. */
export interface CustomFunctionsPluginOptions {
  /** The namespace users type before each name: "FUNNEL". */
  readonly namespace: string;
  /** The functions, from functions.json. */
  readonly functions: readonly CustomFunctionMetadata[];
  /** id → implementation, as `CustomFunctions.associate` recorded them when functions.js ran. */
  readonly associations: Associations;
}

/** A plugin ready for `HyperFormula.registerFunctionPlugin`, with its translations and formula names. */
export interface CustomFunctionsPlugin {
  readonly plugin: FunctionPluginDefinition;
  readonly translations: Record<string, Record<string, string>>;
  /** The names users type, e.g. "FUNNEL.STAGE". */
  readonly names: readonly string[];
}

const unwrapParentheses = (node: unknown): unknown => {
  let current = node as { type?: unknown; expression?: unknown };
  while (current && current.type === "PARENTHESES") current = current.expression as typeof current;
  return current;
};

function argumentOf(parameter: ParameterMetadata): FunctionArgument {
  return {
    argumentType:
      parameter.dimensionality === "matrix" ? FunctionArgumentType.ANY : FunctionArgumentType.SCALAR,
    optionalArg: parameter.optional || parameter.repeating,
  };
}

/**
 * The JavaScript arguments Excel would pass for the engine's argument values: each converted for its
 * parameter, omitted ones as null, and the values of trailing repeating parameters gathered into arrays.
 * Tested surface: exported for its tests.
 * @example javascriptArguments([{ name: "a", dimensionality: "scalar", … }], [undefined]) // [null]
 */
export function javascriptArguments(
  parameters: readonly ParameterMetadata[],
  values: readonly unknown[],
): unknown[] {
  const firstRepeating = parameters.findIndex((p) => p.repeating);
  if (firstRepeating < 0) return parameters.map((p, i) => excelArgument(values[i], p.dimensionality));
  const fixed = parameters.slice(0, firstRepeating).map((p, i) => excelArgument(values[i], p.dimensionality));
  const repeating = parameters.slice(firstRepeating);
  const groups: unknown[][] = repeating.map(() => []);
  for (let i = firstRepeating; i < values.length; i++) {
    const slot = (i - firstRepeating) % repeating.length;
    if (values[i] !== undefined || i < firstRepeating + repeating.length) {
      groups[slot].push(excelArgument(values[i], repeating[slot].dimensionality));
    }
  }
  return [...fixed, ...groups];
}

/** The invocation object Excel passes to a function that asks for it (address, streamed result). */
function invocationFor(name: string, address: string) {
  const invocation = {
    address,
    functionName: name,
    result: undefined as unknown,
    setResult(value: unknown) {
      invocation.result = value;
    },
    onCanceled: undefined as (() => void) | undefined,
  };
  return invocation;
}

/** Keeps a spilled result within the cells the engine reserved for it (it will be entered again). */
function withinReserved(value: SimpleRangeValue, rows: number, columns: number): SimpleRangeValue {
  if (value.height() <= rows && value.width() <= columns) return value;
  return SimpleRangeValue.onlyValues(value.data.slice(0, rows).map((row) => row.slice(0, columns)));
}

/**
 * Builds the plugin for the given functions. Throws an Error when functions.json lists a function that
 * functions.js did not associate (the two come from one build, so that is a build problem).
 * @example
 * const { plugin, translations } = customFunctionsPlugin({ namespace: "FUNNEL", functions, associations });
 * HyperFormula.registerFunctionPlugin(plugin, translations);
 */
export function customFunctionsPlugin(options: CustomFunctionsPluginOptions): CustomFunctionsPlugin {
  const missing = options.functions.filter((f) => !options.associations.has(f.id)).map((f) => f.id);
  if (missing.length > 0) {
    throw new Error(
      `functions.json lists functions that functions.js did not associate: ${missing.join(", ")}.`,
    );
  }
  const implemented: ImplementedFunctions = {};
  const methods: Record<string, (this: FunctionPlugin, node: CallNode, state: CallState) => unknown> = {};
  const names: string[] = [];

  options.functions.forEach((metadata, index) => {
    const name = `${options.namespace}.${metadata.name}`.toUpperCase();
    const implementation = options.associations.get(metadata.id)!;
    const repeating = metadata.parameters.filter((p) => p.repeating).length;
    const method = `call${index}`;
    const sizeMethod = `size${index}`;
    names.push(name);
    implemented[name] = {
      method,
      parameters: metadata.parameters.map(argumentOf),
      ...(repeating > 0 ? { repeatLastArgs: repeating } : {}),
      ...(metadata.result === "matrix"
        ? { sizeOfResultArrayMethod: sizeMethod, vectorizationForbidden: true }
        : {}),
      ...(metadata.volatile ? { isVolatile: true } : {}),
    };

    /**
     * Calls the function with Excel's arguments (and the invocation, when it asks for one). An exception
     * becomes #VALUE! with its text, as in Excel.
     */
    const invoke = (plugin: FunctionPlugin, state: CallState, values: unknown[]): unknown => {
      const args = javascriptArguments(metadata.parameters, values);
      try {
        if (!metadata.needsInvocation) return implementation(...args);
        const graph = (
          plugin as unknown as {
            dependencyGraph: { sheetMapping: { getSheetName(id: number): string | undefined } };
          }
        ).dependencyGraph;
        const { sheet, row, col } = state.formulaAddress;
        const address = qualifiedAddress(graph.sheetMapping.getSheetName(sheet) ?? "", { row, col });
        const invocation = invocationFor(name, address);
        const returned = implementation(...args, invocation);
        return metadata.streaming ? invocation.result : returned;
      } catch (error) {
        return new CustomFunctionError(ErrorCode.invalidValue, errorDetail(error));
      }
    };

    methods[method] = function (this: FunctionPlugin, node: CallNode, state: CallState) {
      const run = (this as unknown as { runFunction: RunFunction }).runFunction;
      const value = run(node.args, state, implemented[name], (...values: unknown[]) =>
        engineResult(invoke(this, state, values), metadata.result),
      );
      return fitToFormula(this, node, state, value);
    };

    if (metadata.result === "matrix") {
      methods[sizeMethod] = function (this: FunctionPlugin, node: CallNode, state: CallState) {
        try {
          let raw: unknown;
          const run = (this as unknown as { runFunction: RunFunction }).runFunction;
          run(node.args, state, implemented[name], (...values: unknown[]) => {
            raw = invoke(this, state, values);
            return 0;
          });
          const size = Array.isArray(raw) ? resultSize(raw) : undefined;
          return size === undefined ? ArraySize.scalar() : new ArraySize(size.columns, size.rows);
        } catch {
          // An input not computed yet: reserve one cell; the spill watcher corrects it after evaluation.
          return ArraySize.scalar();
        }
      };
    }
  });

  class CustomFunctionsPluginClass extends FunctionPlugin {
    static implementedFunctions = implemented;
  }
  Object.assign(CustomFunctionsPluginClass.prototype, methods);
  return {
    plugin: CustomFunctionsPluginClass as unknown as FunctionPluginDefinition,
    translations: { enGB: Object.fromEntries(names.map((n) => [n, n])) },
    names,
  };
}

type RunFunction = (
  args: readonly unknown[],
  state: CallState,
  metadata: unknown,
  implementation: (...values: unknown[]) => EngineResult,
) => unknown;

/**
 * When this call is the whole formula of its cell and its result's size differs from the cells reserved for
 * it, reports the cell to the spill watcher and keeps the result within the reserved cells.
 */
function fitToFormula(plugin: FunctionPlugin, node: CallNode, state: CallState, value: unknown): unknown {
  const vertex = state.formulaVertex;
  if (vertex === undefined) return value;
  const graph = (plugin as unknown as { dependencyGraph: { lazilyTransformingAstService: unknown } })
    .dependencyGraph;
  if (unwrapParentheses(vertex.getFormula(graph.lazilyTransformingAstService)) !== node) return value;
  const rows = value instanceof SimpleRangeValue ? value.height() : 1;
  const columns = value instanceof SimpleRangeValue ? value.width() : 1;
  if (rows === vertex.height && columns === vertex.width) return value;
  spillListeners.get(graph)?.(state.formulaAddress);
  return value instanceof SimpleRangeValue ? withinReserved(value, vertex.height, vertex.width) : value;
}

/**
 * Builds the plugin and registers it in HyperFormula (engines built afterwards have the functions).
 * Registering again replaces the functions of the same names. Returns the names users type.
 * @example registerCustomFunctions({ namespace: "FUNNEL", functions, associations }) // ["FUNNEL.STAGE", …]
 */
export function registerCustomFunctions(options: CustomFunctionsPluginOptions): readonly string[] {
  const { plugin, translations, names } = customFunctionsPlugin(options);
  HyperFormula.registerFunctionPlugin(plugin, translations);
  return names;
}
