/**
 * ROWS and COLUMNS as Excel computes them, for the workbench's engine. HyperFormula's own ROWS and COLUMNS read
 * their argument's shape without depending on it, so a formula such as `=ROWS(FUNNEL_DATA_STAGE)` keeps its old
 * answer (or fails: "Value of the formula cell is not computed") when the name is re-pointed to a table's new
 * rows. These depend on their argument like any other function, so they follow a name wherever it points.
 */
import { FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";

/** The part of a function-call node of HyperFormula's syntax tree the plugin reads. */
interface CallNode {
  readonly args: readonly unknown[];
}

/** HyperFormula's `runFunction`: checks and evaluates the arguments, then calls `compute` with their values. */
type RunFunction = (
  args: readonly unknown[],
  state: unknown,
  metadata: unknown,
  compute: (value: unknown) => number,
) => unknown;

/** The number of rows (or columns) of an argument: a range's or array's, 1 for a single value. */
function measure(plugin: FunctionPlugin, node: CallNode, state: unknown, name: "ROWS" | "COLUMNS"): unknown {
  const run = (plugin as unknown as { runFunction: RunFunction }).runFunction.bind(plugin);
  const metadata = (plugin as unknown as { metadata(name: string): unknown }).metadata(name);
  return run(node.args, state, metadata, (value) => {
    if (!(value instanceof SimpleRangeValue)) return 1;
    return name === "ROWS" ? value.height() : value.width();
  });
}

/** HyperFormula's plugin for ROWS and COLUMNS that depend on their argument. */
class ShapeFunctions extends FunctionPlugin {
  static implementedFunctions = {
    ROWS: {
      method: "rows",
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      vectorizationForbidden: true,
    },
    COLUMNS: {
      method: "columns",
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      vectorizationForbidden: true,
    },
  };

  rows(node: CallNode, state: unknown): unknown {
    return measure(this, node, state, "ROWS");
  }

  columns(node: CallNode, state: unknown): unknown {
    return measure(this, node, state, "COLUMNS");
  }
}

let registered = false;

/**
 * Replaces HyperFormula's ROWS and COLUMNS with versions that depend on their argument (once; later calls do
 * nothing). Call it before building an engine: HyperFormula gives an engine the functions registered before.
 * @example registerShapeFunctions(); HyperFormula.buildEmpty({ licenseKey: "gpl-v3" })
 */
export function registerShapeFunctions(): void {
  if (registered) return;
  HyperFormula.registerFunction("ROWS", ShapeFunctions);
  HyperFormula.registerFunction("COLUMNS", ShapeFunctions);
  registered = true;
}
