/**
 * The shape of src/core, checked on its source files: its concept folders import each other without a
 * cycle at run time (type-only imports are erased and do not count), its root holds only a few entry
 * points, and every concept folder has the index.ts the rest of the code imports from.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const CORE = path.resolve(__dirname, "../../src/core");
/** The most files src/core's root may hold: entry points only, everything else lives in a folder. */
const MAX_ROOT_FILES = 4;

/** Folder → the folders its production files import at run time. */
type FolderGraph = ReadonlyMap<string, ReadonlySet<string>>;

/** Whether a file is production code: not a test, not under a testing/ folder. */
function isProduction(file: string): boolean {
  return !/\.test\.tsx?$/.test(file) && !file.split(path.sep).includes("testing");
}

/** Every .ts file under a directory, recursively. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * The modules a source text imports or re-exports at run time: `import type`, `export type` and imports
 * whose every name is marked `type` are left out, as the compiler erases them.
 * @example runtimeImports('import type { A } from "./a"; import { b } from "./b";') // ["./b"]
 */
function runtimeImports(text: string): string[] {
  const source = ts.createSourceFile("module.ts", text, ts.ScriptTarget.ES2020, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const typeOnlyNames = (elements: ts.NodeArray<ts.ImportSpecifier | ts.ExportSpecifier>) =>
    elements.length > 0 && elements.every((element) => element.isTypeOnly);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            typeOnlyNames(bindings.elements)));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = node.exportClause;
      const typeOnly =
        node.isTypeOnly ||
        (clause !== undefined && ts.isNamedExports(clause) && typeOnlyNames(clause.elements));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments.length > 0 &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The core folder a path lies in (a file inside it, or the folder itself), or undefined outside core's
 * folders.
 * @example coreFolder(path.join(CORE, "stages", "stageList.ts")) // "stages"
 */
function coreFolder(file: string): string | undefined {
  const parts = path.relative(CORE, file).split(path.sep);
  if (parts[0] === "" || parts[0] === ".." || path.isAbsolute(parts[0])) return undefined;
  const isFolder = parts.length > 1 || fs.existsSync(path.join(CORE, parts[0], "index.ts"));
  return isFolder ? parts[0] : undefined;
}

/** The run-time import graph between core's folders, read from their production files. */
function coreFolderGraph(): FolderGraph {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(CORE).filter(isProduction)) {
    const from = coreFolder(file);
    if (from === undefined) continue;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const specifier of runtimeImports(fs.readFileSync(file, "utf8"))) {
      if (!specifier.startsWith(".")) continue;
      const to = coreFolder(path.resolve(path.dirname(file), specifier));
      if (to !== undefined && to !== from) edges.add(to);
    }
  }
  return graph;
}

/**
 * A cycle of the graph as the folders along it (first = last), or undefined when it has none.
 * @example findCycle(new Map([["a", new Set(["b"])], ["b", new Set(["a"])]])) // ["a", "b", "a"]
 */
function findCycle(graph: FolderGraph): string[] | undefined {
  const done = new Set<string>();
  const trail: string[] = [];
  const visit = (node: string): string[] | undefined => {
    const open = trail.indexOf(node);
    if (open >= 0) return [...trail.slice(open), node];
    if (done.has(node)) return undefined;
    trail.push(node);
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    trail.pop();
    done.add(node);
    return undefined;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

describe("runtimeImports", () => {
  it("keeps value imports, re-exports and dynamic imports, and leaves out what the compiler erases", () => {
    const text = [
      'import type { A } from "./typeOnly";',
      'import { type B, type C } from "./namesAllTypes";',
      'import { type D, e } from "./oneValue";',
      'import f from "./defaultImport";',
      'import "./sideEffect";',
      'export type { G } from "./typeReexport";',
      'export * from "./reexport";',
      'export { h } from "./namedReexport";',
      'export const load = () => import("./lazy");',
    ].join("\n");
    expect(runtimeImports(text)).toEqual([
      "./oneValue",
      "./defaultImport",
      "./sideEffect",
      "./reexport",
      "./namedReexport",
      "./lazy",
    ]);
  });
});

describe("findCycle", () => {
  it("finds a cycle through several folders and none in a layered graph", () => {
    const graph = (edges: Record<string, string[]>) =>
      new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));
    expect(
      findCycle(graph({ kernel: [], stages: ["kernel"], metrics: ["stages", "kernel"] })),
    ).toBeUndefined();
    expect(findCycle(graph({ kernel: ["pipeline"], stages: ["kernel"], pipeline: ["stages"] }))).toEqual([
      "kernel",
      "pipeline",
      "stages",
      "kernel",
    ]);
  });
});

describe("src/core", () => {
  it("has concept folders that import each other without a cycle at run time", () => {
    const graph = coreFolderGraph();
    expect(graph.size).toBeGreaterThan(5);
    expect(findCycle(graph)).toBeUndefined();
  });

  it(`holds at most ${MAX_ROOT_FILES} files at its root: entry points only`, () => {
    const rootFiles = fs.readdirSync(CORE, { withFileTypes: true }).filter((entry) => entry.isFile());
    expect(rootFiles.length).toBeLessThanOrEqual(MAX_ROOT_FILES);
  });

  it("gives every concept folder an index.ts", () => {
    const folders = fs
      .readdirSync(CORE, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== "testing")
      .map((entry) => entry.name);
    expect(folders.length).toBeGreaterThan(5);
    expect(folders.filter((folder) => !fs.existsSync(path.join(CORE, folder, "index.ts")))).toEqual([]);
  });
});
