/**
 * The sizes of a production build as the user's Excel downloads it, minified and gzipped (zlib level 9):
 * functions.js, the task pane's initial load (taskpane.html and the scripts and style sheets it names up
 * front; Office.js from Microsoft's CDN is not ours and not counted) and each lazy chunk (a script of the
 * build the page does not name: webpack loads it on demand). Also which foreign libraries a bundle holds,
 * found by strings only their code contains. Shared by the benchmark (`npm run bench`) and the bundle
 * budgets test (test/build/bundleBudgets.test.ts).
 */
import { readFileSync, readdirSync } from "fs";
import path from "path";
import { gzipSync } from "zlib";

/** One KB here is 1,024 bytes. */
export const KB = 1024;
/**
 * functions.js may take at most this many bytes gzipped: Excel loads it before any formula computes. 50 KB since
 * issue 19 §3 (48.2 KB measured, December 2026: the add-in's own modules concatenated, packages kept apart for the
 * licence notices; 51.4 KB before). 47 KB since FUNNEL.READY's seven negotiation conditions have a module of their
 * own (45.2 KB measured): the deck's other checklists, which no function reads, no longer ship in functions.js.
 * Issue 19's target is under 40 KB: not met; docs/performance.md says why.
 */
export const FUNCTIONS_GZIP_BUDGET = 47 * KB;
/**
 * The task pane's initial load (taskpane.html, functions.js, taskpane.js) may take at most this many bytes
 * gzipped. 222 KB since issue 19 §3 (216 KB measured, December 2026; 327 KB before): every view but the Stage
 * guide, and the Office.js gateway, load on demand; one React scheduler. 226 KB since the view tabs keep one row
 * (223.3 KB measured): Fluent's Overflow, which measures the row, costs 6.8 KB; the More menu loads on demand.
 * 186 KB since the Stage guide loads on demand like every view, and the pipeline data the pipeline views share
 * (its reading, mapping and stage settings code) when a pipeline view first opens (183.5 KB measured, taskpane.js
 * 174.0 → 134.0 KB): issue 19's target of 200 KB is met. 183 KB since functions.js lost the deck's checklists
 * (179.8 KB measured).
 */
export const INITIAL_LOAD_GZIP_BUDGET = 183 * KB;

/** A file of the build: its bytes as built (minified) and gzipped. */
export interface BuiltFileSize {
  readonly name: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** The sizes of a production build. */
export interface BundleSizes {
  readonly functions: BuiltFileSize;
  /** taskpane.html and every file of the build it loads up front, in page order. */
  readonly initialLoad: readonly BuiltFileSize[];
  readonly initialLoadGzipBytes: number;
  /** Scripts of the build that the page does not load up front. */
  readonly lazyChunks: readonly BuiltFileSize[];
}

/** A library whose code must not reach a bundle, and strings only its (minified) code holds. */
export interface ForeignLibrary {
  readonly name: string;
  readonly markers: readonly string[];
}

/** React (and react-dom), Fluent UI (its class names and its CSS-in-JS, Griffel) and HyperFormula. */
export const FOREIGN_LIBRARIES: readonly ForeignLibrary[] = [
  { name: "React", markers: ["react.element", "__SECRET_INTERNALS", "__reactFiber"] },
  { name: "Fluent UI", markers: ["fui-", "data-make-styles", "colorNeutralForeground1"] },
  { name: "HyperFormula", markers: ["hyperformula", "HyperFormula"] },
];

/**
 * The bytes of `content` gzipped at level 9.
 * @example gzipBytes("aaaa") // 24
 */
export function gzipBytes(content: Buffer | string): number {
  return gzipSync(content, { level: 9 }).length;
}

/** The size of a file of the build folder `dir`. */
function fileSize(dir: string, name: string): BuiltFileSize {
  const content = readFileSync(path.join(dir, name));
  return { name, bytes: content.length, gzipBytes: gzipBytes(content) };
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** The attributes of a tag's attribute text, names in lower case. */
function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    attributes.set(match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attributes;
}

/**
 * The files a page loads up front, in page order: the `src` of its scripts and the `href` of its style
 * sheets and preloads, leaving out addresses of other hosts (Office.js from the CDN).
 * @example initialFiles('<script src=https://cdn/office.js></script><script defer src=taskpane.js></script>') // ["taskpane.js"]
 */
export function initialFiles(html: string): string[] {
  const files: string[] = [];
  for (const [, tag, text] of html.matchAll(TAG)) {
    const attributes = attributesOf(text);
    const rel = (attributes.get("rel") ?? "").toLowerCase();
    const url =
      tag.toLowerCase() === "script"
        ? attributes.get("src")
        : /\b(stylesheet|preload|modulepreload)\b/.test(rel)
          ? attributes.get("href")
          : undefined;
    if (url === undefined || /^([a-z][a-z0-9+.-]*:)?\/\//i.test(url)) continue;
    const file = url.replace(/^\.?\//, "").split(/[?#]/)[0];
    if (!files.includes(file)) files.push(file);
  }
  return files;
}

/**
 * The sizes of the production build in `dir` (functions.js, the task pane's initial load, the lazy chunks).
 * @example bundleSizes("/tmp/funnel-build-x").functions.gzipBytes // 20996
 */
export function bundleSizes(dir: string): BundleSizes {
  const page = "taskpane.html";
  const upFront = initialFiles(readFileSync(path.join(dir, page), "utf8"));
  const initialLoad = [page, ...upFront].map((name) => fileSize(dir, name));
  const lazyChunks = readdirSync(dir)
    .filter((name) => name.endsWith(".js") && !upFront.includes(name))
    .sort()
    .map((name) => fileSize(dir, name));
  return {
    functions: fileSize(dir, "functions.js"),
    initialLoad,
    initialLoadGzipBytes: initialLoad.reduce((sum, file) => sum + file.gzipBytes, 0),
    lazyChunks,
  };
}

/**
 * The foreign libraries whose code `content` holds (any of their markers found).
 * @example foreignLibrariesIn('Symbol.for("react.element")') // ["React"]
 */
export function foreignLibrariesIn(content: string): string[] {
  return FOREIGN_LIBRARIES.filter((library) => library.markers.some((m) => content.includes(m))).map(
    (library) => library.name,
  );
}
