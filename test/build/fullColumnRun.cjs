/* eslint-disable */
/**
 * Run by test/build/largeInput.test.ts in a child Node process with a capped heap: loads the BUILT
 * functions.js as Excel loads it, passes the FUNNEL functions full-column (1,048,576-row) ranges the way
 * Excel passes `A:A` (one 1-element row array per cell, blank cells `null` or ""), and prints one JSON line:
 * each call's result and the heap figures. Plain CommonJS, so Node runs it without loading TypeScript
 * (whose own heap would blur the cap).
 *
 * Usage: node --max-old-space-size=<MB> --expose-gc fullColumnRun.cjs <functions.js> <deals.json> <mode>
 *   mode "functions": the FUNNEL calls; mode "control": a careless reader that copies every column into
 *   per-cell objects twice (what the cap must catch).
 */
const fs = require("fs");
const vm = require("vm");

/** Excel's row count: what a full-column reference such as A:A spans. */
const EXCEL_ROWS = 1_048_576;

/** The calls the test checks, each over full columns; `from`/`to` cover the sample's whole history. */
const CALLS = {
  WEIGHTED: (c) => ["WEIGHTED", c.amounts, c.stages],
  CONVERSION: (c) => ["CONVERSION", c.stages, "意向", "成交"],
  CONVERSION_TABLE: (c) => ["CONVERSION", c.stages],
  WINRATE: (c) => ["WINRATE", c.stages],
  FORECAST: (c) => ["FORECAST", c.amounts, c.stages, c.closed, "2024-01-01", "2025-12-31"],
  FORECAST_P90: (c) => ["FORECAST", c.amounts, c.stages, c.closed, "2024-01-01", "2025-12-31", "p90"],
  CYCLETIME: (c) => ["CYCLETIME", c.created, c.closed, c.stages],
  VELOCITY: (c) => ["VELOCITY", c.amounts, c.stages, c.created, c.closed],
  COVERAGE: (c) => ["COVERAGE", c.amounts, c.stages, 50_000_000],
  STAGE: (c) => ["STAGE", c.stages],
};

/**
 * A full column as Excel passes it: the deal values on top, then blank cells to row 1,048,576 (`null`,
 * or "" every other blank row: both are what hosts send for an empty cell). Every row is its own array.
 */
function fullColumn(values) {
  const rows = new Array(EXCEL_ROWS);
  for (let i = 0; i < EXCEL_ROWS; i++) rows[i] = [i < values.length ? values[i] : i % 2 === 0 ? null : ""];
  return rows;
}

/** The `CustomFunctions` global Excel gives functions.js: `associate` records id → function. */
function customFunctionsGlobal(registered) {
  class CustomFunctionError extends Error {
    constructor(code, message) {
      super(message ?? "");
      this.code = code;
    }
  }
  const ErrorCode = {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  };
  const associate = (id, fn) => registered.set(id.toUpperCase(), fn);
  return { Error: CustomFunctionError, ErrorCode, associate };
}

/** A result as JSON: a number or text as it is, an error as its code and message, an array as rows. */
function plain(result) {
  if (result instanceof Error) return { error: result.code, message: result.message };
  if (Array.isArray(result)) return result.map((row) => row.map(plain));
  return result;
}

function heapMb() {
  global.gc?.();
  return Math.round(process.memoryUsage().heapUsed / 2 ** 20);
}

/**
 * What a careless adapter would do: copy every column into per-cell objects, then copy those again,
 * keeping both copies until it is done. Returns how many cell objects it made.
 */
function carelessCopies(columns) {
  const copies = [];
  for (const column of Object.values(columns)) {
    const cells = column.map((row, index) => ({ index, value: row[0] }));
    copies.push(
      cells,
      cells.map((cell) => ({ index: cell.index, blank: cell.value === null || cell.value === "" })),
    );
  }
  return copies.reduce((count, copy) => count + copy.length, 0);
}

function main() {
  const [functionsJs, dealsJson, mode] = process.argv.slice(2);
  const deals = JSON.parse(fs.readFileSync(dealsJson, "utf8"));
  const registered = new Map();
  vm.runInNewContext(fs.readFileSync(functionsJs, "utf8"), {
    CustomFunctions: customFunctionsGlobal(registered),
    console,
  });
  const heapBeforeInput = heapMb();
  const columns = {};
  for (const [name, values] of Object.entries(deals)) columns[name] = fullColumn(values);
  const heapWithInput = heapMb();

  const results = {};
  if (mode === "control") {
    results.CONTROL = carelessCopies(columns);
  } else {
    for (const [name, build] of Object.entries(CALLS)) {
      const [id, ...args] = build(columns);
      results[name] = plain(registered.get(id)(...args));
    }
  }
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(
    `${JSON.stringify({ rows: columns.stages.length, results, heapBeforeInput, heapWithInput, heapAfter: heapMb(), maxRssMb })}\n`,
  );
}

if (require.main === module) main();

module.exports = { CALLS, EXCEL_ROWS };
