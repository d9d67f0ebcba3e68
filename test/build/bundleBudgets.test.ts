/**
 * Bundle budgets of the production build, checked on every `npm test` (sizes are deterministic, unlike
 * timings): functions.js — which Excel loads before any FUNNEL formula computes — stays small and free of
 * the task pane's libraries, and the task pane's initial load stays within its budget. `npm run bench`
 * prints the same figures (test/bench/bundleSizes.ts measures both).
 */
import { readFileSync } from "fs";
import path from "path";
import {
  FOREIGN_LIBRARIES,
  FUNCTIONS_GZIP_BUDGET,
  INITIAL_LOAD_GZIP_BUDGET,
  bundleSizes,
  foreignLibrariesIn,
  initialFiles,
  type BundleSizes,
} from "../bench/bundleSizes";
import { builtFile, productionBuild } from "./productionBuild";

jest.setTimeout(300_000);

let sizes: BundleSizes;
beforeAll(() => {
  sizes = bundleSizes(productionBuild());
});

/** A file of an installed package, e.g. the minified build it publishes. */
const packageFile = (file: string) => readFileSync(path.join(__dirname, "../../node_modules", file), "utf8");

describe("the bundle budgets of the production build", () => {
  it("keeps functions.js within its gzipped budget", () => {
    expect(sizes.functions.gzipBytes).toBeGreaterThan(0);
    expect(sizes.functions.gzipBytes).toBeLessThanOrEqual(FUNCTIONS_GZIP_BUDGET);
  });

  it("keeps React, Fluent UI and HyperFormula out of functions.js", () => {
    expect(foreignLibrariesIn(builtFile("functions.js"))).toEqual([]);
  });

  it("recognises each foreign library by its markers in that library's own code", () => {
    // The check above means something only if the markers are found where the libraries are.
    const taskpane = builtFile("taskpane.js");
    expect(foreignLibrariesIn(taskpane)).toEqual(expect.arrayContaining(["React", "Fluent UI"]));
    expect(foreignLibrariesIn(packageFile("react/cjs/react.production.min.js"))).toContain("React");
    expect(foreignLibrariesIn(packageFile("hyperformula/dist/hyperformula.min.js"))).toContain(
      "HyperFormula",
    );
    expect(FOREIGN_LIBRARIES.map((library) => library.name)).toEqual(["React", "Fluent UI", "HyperFormula"]);
  });

  it("keeps the task pane's initial load (taskpane.html and the bundles it loads up front) within its gzipped budget", () => {
    const names = sizes.initialLoad.map((file) => file.name);
    expect(names).toEqual(["taskpane.html", ...initialFiles(builtFile("taskpane.html"))]);
    expect(names).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    expect(sizes.initialLoadGzipBytes).toBeLessThanOrEqual(INITIAL_LOAD_GZIP_BUDGET);
  });

  it("counts the scripts the page does not load up front as lazy chunks, not as initial load", () => {
    const initial = new Set(sizes.initialLoad.map((file) => file.name));
    expect(sizes.lazyChunks.filter((chunk) => initial.has(chunk.name))).toEqual([]);
    expect(sizes.lazyChunks.every((chunk) => chunk.name.endsWith(".js"))).toBe(true);
  });
});

describe("initialFiles", () => {
  it("lists the page's own scripts and style sheets in order, without other hosts' addresses", () => {
    const html =
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>' +
      "<link rel=stylesheet href=./styles.css?v=1><link rel=icon href=icon.png>" +
      "<script defer src=functions.js></script><script defer src='taskpane.js'></script>" +
      '<script src="//cdn.example/lib.js"></script><script>inline()</script>';
    expect(initialFiles(html)).toEqual(["styles.css", "functions.js", "taskpane.js"]);
  });
});
