/**
 * Section 6: the sizes of the production build, minified and gzipped (level 9), against their budgets:
 * functions.js (and whether React, Fluent UI or HyperFormula code is inside it), the task pane's initial load
 * and each lazy chunk; the verdicts are against issue 19's targets, the budgets shown beside them. Measured by ../bundleSizes.ts, which the bundle budgets test also uses.
 */
import { readFileSync } from "fs";
import path from "path";
import {
  FUNCTIONS_GZIP_BUDGET,
  INITIAL_LOAD_GZIP_BUDGET,
  bundleSizes,
  foreignLibrariesIn,
  type BuiltFileSize,
} from "../bundleSizes";
import { kb, times, verdict, type BenchRow, type BenchSection } from "../support/report";

/** Issue 19's targets; the budgets (bundleSizes.ts) are what the build may not exceed today, checked by npm test. */
const FUNCTIONS_TARGET = 40 * 1024;
const INITIAL_LOAD_TARGET = 200 * 1024;

const sizeText = (file: BuiltFileSize) => `${kb(file.gzipBytes)} gz (${kb(file.bytes)} min)`;

/**
 * Measures the production build in `buildDir`.
 * @example bundlesSection(dir).rows[0].figure // "functions.js"
 */
export function bundlesSection(buildDir: string): BenchSection {
  const sizes = bundleSizes(buildDir);
  const foreign = foreignLibrariesIn(readFileSync(path.join(buildDir, "functions.js"), "utf8"));
  const initialBytes = sizes.initialLoad.reduce((sum, file) => sum + file.bytes, 0);
  const rows: BenchRow[] = [
    {
      figure: "functions.js",
      size: "production",
      value: sizeText(sizes.functions),
      baseline: `budget ${kb(FUNCTIONS_GZIP_BUDGET)} gz (npm test)`,
      ratio: times(sizes.functions.gzipBytes / FUNCTIONS_TARGET),
      target: `< ${kb(FUNCTIONS_TARGET)} gz`,
      verdict: verdict(sizes.functions.gzipBytes < FUNCTIONS_TARGET),
    },
    {
      figure: "functions.js: React / Fluent / HyperFormula code inside",
      size: "production",
      value: foreign.length === 0 ? "none" : foreign.join(", "),
      baseline: "",
      ratio: "",
      target: "none",
      verdict: verdict(foreign.length === 0),
    },
    {
      figure: `Task pane initial load (${sizes.initialLoad.map((file) => file.name).join(" + ")})`,
      size: "production",
      value: `${kb(sizes.initialLoadGzipBytes)} gz (${kb(initialBytes)} min)`,
      baseline: `budget ${kb(INITIAL_LOAD_GZIP_BUDGET)} gz (npm test)`,
      ratio: times(sizes.initialLoadGzipBytes / INITIAL_LOAD_TARGET),
      target: `≤ ${kb(INITIAL_LOAD_TARGET)} gz`,
      verdict: verdict(sizes.initialLoadGzipBytes <= INITIAL_LOAD_TARGET),
    },
    ...sizes.lazyChunks.map((chunk): BenchRow => ({
      figure: `Lazy chunk ${chunk.name}`,
      size: "production",
      value: sizeText(chunk),
      baseline: "",
      ratio: "",
      target: "",
      verdict: "",
    })),
  ];
  return {
    title: "Bundle sizes of the production build (minified, gzip level 9; 1 KB = 1,024 bytes)",
    rows,
    notes: [
      "Initial load: taskpane.html and the scripts it loads up front (functions.js and taskpane.js: one shared-runtime page);",
      "Office.js comes from Microsoft's CDN and is not counted. Lazy chunks load when a view needs them (the charts).",
    ],
  };
}
