/**
 * Loads the add-in's custom functions the way Excel does: install the `CustomFunctions` runtime, run the BUILT
 * functions.js (whose appended `CustomFunctions.associate` calls register each function), then read
 * functions.json. The workbench thus runs the same code Excel runs; nothing is imported from src/functions.
 */
import { installCustomFunctionsRuntime, type Associations } from "./customFunctionsRuntime";
import { readFunctionsMetadata, type CustomFunctionMetadata } from "./functionsMetadata";

/** Where the functions come from and how to fetch them. */
export interface LoadCustomFunctionsOptions {
  /** The global object functions.js runs in (the page's window). */
  readonly target: object;
  /** Office's display language for the functions' messages, e.g. "zh-CN" (Excel provides it as `Office.context`). */
  readonly displayLanguage: string;
  readonly scriptUrl?: string;
  readonly metadataUrl?: string;
  /** Runs a script; resolves once it ran. A script tag by default. */
  readonly loadScript?: (url: string) => Promise<void>;
  /** Fetches and parses a JSON file. `fetch` by default. */
  readonly fetchJson?: (url: string) => Promise<unknown>;
}

/** The loaded functions: their metadata and their implementations by id. */
export interface LoadedCustomFunctions {
  readonly functions: readonly CustomFunctionMetadata[];
  readonly associations: Associations;
}

function loadScriptTag(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = url;
    script.async = false;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${url}.`));
    document.head.appendChild(script);
  });
}

async function fetchJsonFile(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}.`);
  return response.json();
}

/**
 * Installs the runtime on `target` (with an `Office.context.displayLanguage`, when the page has no Office.js),
 * runs functions.js and reads functions.json. Rejects with an Error naming the file that failed.
 * @example
 * const { functions, associations } = await loadCustomFunctions({ target: window, displayLanguage: "zh-CN" });
 */
export async function loadCustomFunctions(
  options: LoadCustomFunctionsOptions,
): Promise<LoadedCustomFunctions> {
  const scriptUrl = options.scriptUrl ?? "functions.js";
  const metadataUrl = options.metadataUrl ?? "functions.json";
  const host = options.target as { Office?: unknown };
  if (host.Office === undefined) host.Office = { context: { displayLanguage: options.displayLanguage } };
  const associations = installCustomFunctionsRuntime(options.target);
  await (options.loadScript ?? loadScriptTag)(scriptUrl);
  const functions = readFunctionsMetadata(await (options.fetchJson ?? fetchJsonFile)(metadataUrl));
  if (associations.size === 0) throw new Error(`${scriptUrl} associated no custom function.`);
  return { functions, associations };
}
