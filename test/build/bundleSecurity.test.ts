/**
 * Nothing leaves the workbook: the production bundles (every emitted .js: functions.js, taskpane.js and its
 * lazily loaded chunks) hold no network API, no code evaluated from text and no script injection beyond
 * webpack's own chunk loader; they name no web address outside a justified allow-list; taskpane.html
 * carries the Content-Security-Policy; and the dev-only workbench is not in them.
 */
import { readdirSync } from "fs";
import { WORKBENCH_STRINGS } from "../../src/workbench/workbenchStrings";
import { builtFile, productionBuild } from "./productionBuild";

// webpack.config.js is CommonJS: the config function and the policy it writes into taskpane.html.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as {
  (env: object, options: { mode: string }): Promise<{ devtool: unknown }>;
  contentSecurityPolicy(production: boolean): string;
};
const { contentSecurityPolicy } = webpackConfig;

jest.setTimeout(300_000);

/** What the add-in's code must never do, as it reads once minified. */
const FORBIDDEN: Readonly<Record<string, RegExp>> = {
  "fetch()": /(?<![\w$])fetch\s*\(/g,
  XMLHttpRequest: /XMLHttpRequest/g,
  WebSocket: /WebSocket/g,
  sendBeacon: /sendBeacon/g,
  EventSource: /EventSource/g,
  importScripts: /importScripts/g,
  "a worker": /new\s+(Shared)?Worker\s*\(|serviceWorker/g,
  "eval()": /(?<![\w$])eval\s*\(/g,
  "the Function constructor": /(?<![\w$])Function\s*\(/g,
  "code in a string timer": /set(Timeout|Interval)\s*\(\s*["'`]/g,
  "document.write": /document\.write/g,
  "a script element": /createElement\(\s*["'`]script["'`]\s*\)/g,
};

/**
 * The occurrences allowed, exactly:
 * - webpack's chunk loader, which taskpane.js uses to load its lazily loaded chunks (the pipeline-health
 *   funnel chart, the Traditional Chinese converter). It adds a <script> whose src is the public path ("",
 *   the page's own folder, see output.publicPath in webpack.config.js) plus the chunk's file name, marked
 *   data-webpack; the page's script-src ('self' and Office.js's CDN) would refuse anything else.
 * - papaparse's NetworkStreamer, the XMLHttpRequest it uses only when Papa.parse is given a URL with
 *   `download: true`. The CSV import (src/taskpane/CsvImport/csvText.ts) gives it text it decoded from the
 *   file the user picked, never a URL, and the production policy's `connect-src 'none'` would refuse the
 *   request anyway.
 */
const ALLOWED: readonly { name: string; bundle: RegExp; context: RegExp }[] = [
  {
    name: "a script element",
    bundle: /^taskpane\.js$/,
    context:
      /document\.createElement\("script"\),[\w$]+\.charset="utf-8",[\w$]+\.nc&&[\w$]+\.setAttribute\("nonce",[\w$]+\.nc\),[\w$]+\.setAttribute\("data-webpack",/,
  },
  {
    name: "XMLHttpRequest",
    // papaparse ships with the CSV import, in a lazily loaded chunk of the views that import (issue 19 §3).
    bundle: /^(taskpane|\d+)\.js$/,
    context:
      /this\._readChunk=function\(\)\{if\(this\._finished\)this\._chunkLoaded\(\);else\{if\([\w$]+=new XMLHttpRequest,this\._config\.withCredentials/,
  },
];

/**
 * Web addresses the bundles may name, none of them ever requested by the add-in's code:
 * - XML namespace names (SVG, XHTML, XLink, MathML, XML, xmlns) that React and the chart library pass to
 *   createElementNS / setAttributeNS: identifiers, not locations;
 * - React's error-decoder page, which production React names in the text of an error it throws.
 */
const ALLOWED_URLS: readonly RegExp[] = [
  /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1999\/xlink|1998\/Math\/MathML|XML\/1998\/namespace|2000\/xmlns\/)$/,
  /^https:\/\/reactjs\.org\/docs\/error-decoder\.html\?invariant=$/,
  // Griffel's (Fluent's CSS-in-JS) error messages name its docs; with modules kept apart for the licence notices
  // (webpack.config.js) they are no longer dropped. Text only: nothing requests them.
  /^https:\/\/github\.com\/microsoft\/griffel\/issues$/,
  /^https:\/\/aka\.ms\/griffel-css-shorthands$/,
];

/** Office.js from Microsoft's CDN: the only address taskpane.html names. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const URL_PATTERN = /\b(?:https?|wss?):\/\/[^\s"'`<>\\)]*/g;

let bundles: string[] = [];

beforeAll(() => {
  bundles = readdirSync(productionBuild()).filter((file) => file.endsWith(".js"));
});

/** Each match of `pattern` in `bundle`, with 200 characters on either side. */
function occurrences(bundle: string, pattern: RegExp): string[] {
  const text = builtFile(bundle);
  return [...text.matchAll(pattern)].map((m) => text.slice(Math.max(0, m.index - 200), m.index + 200));
}

describe("the production bundles", () => {
  it("are functions.js, taskpane.js and taskpane's lazily loaded chunks", () => {
    expect(bundles).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    expect(bundles.filter((file) => !/^(functions|taskpane|\d+)\.js$/.test(file))).toEqual([]);
  });

  it.each(Object.keys(FORBIDDEN))("never use %s, but for the allowed occurrences", (name) => {
    const found = bundles.flatMap((bundle) =>
      occurrences(bundle, FORBIDDEN[name])
        .filter(
          (context) =>
            !ALLOWED.some((a) => a.name === name && a.bundle.test(bundle) && a.context.test(context)),
        )
        .map((context) => ({ bundle, context })),
    );
    expect(found).toEqual([]);
  });

  it("still hold each allowed occurrence exactly once (an allowance that matches nothing is stale)", () => {
    for (const allowed of ALLOWED) {
      const hits = bundles
        .filter((bundle) => allowed.bundle.test(bundle))
        .flatMap((bundle) =>
          occurrences(bundle, FORBIDDEN[allowed.name]).filter((c) => allowed.context.test(c)),
        );
      expect({ allowed: allowed.name, hits: hits.length }).toEqual({ allowed: allowed.name, hits: 1 });
    }
  });

  it("name no web address outside the allow-list", () => {
    const addresses = bundles.flatMap((bundle) => builtFile(bundle).match(URL_PATTERN) ?? []);
    expect(addresses.length).toBeGreaterThan(0);
    expect(
      [...new Set(addresses)].filter((url) => !ALLOWED_URLS.some((allowed) => allowed.test(url))),
    ).toEqual([]);
  });

  it("hold none of the workbench's texts (it is dev-only and never shipped)", () => {
    expect(readdirSync(productionBuild()).filter((file) => /workbench/i.test(file))).toEqual([]);
    const texts = Object.values(WORKBENCH_STRINGS).flatMap((text) => [text.zh, text.en]);
    const markers = [
      WORKBENCH_STRINGS.title,
      WORKBENCH_STRINGS.subtitle,
      WORKBENCH_STRINGS.loadFailed,
    ].flatMap((text) => [text.zh, text.en]);
    expect(texts).toEqual(expect.arrayContaining(markers));
    for (const bundle of bundles)
      expect({ bundle, found: markers.filter((marker) => builtFile(bundle).includes(marker)) }).toEqual({
        bundle,
        found: [],
      });
  });
});

describe("the production taskpane.html", () => {
  const html = () => builtFile("taskpane.html");

  it("names no address but Office.js on Microsoft's CDN, outside its policy", () => {
    const withoutPolicy = html().replace(/<meta http-equiv="?Content-Security-Policy"?[^>]*>/i, "");
    expect([...new Set(withoutPolicy.match(URL_PATTERN))]).toEqual([OFFICE_JS_CDN]);
  });

  it("declares its Content-Security-Policy before any script", () => {
    const page = html();
    const meta = page.search(/<meta http-equiv="?Content-Security-Policy"?/i);
    expect(meta).toBeGreaterThan(-1);
    expect(meta).toBeLessThan(page.search(/<script/i));
    expect(page.match(/Content-Security-Policy/gi)).toHaveLength(1);
  });

  it("allows only itself and Office.js's CDN to run scripts, and nothing to connect", () => {
    const policy = policyOf(html());
    expect(policy).toEqual({
      "default-src": ["'self'"],
      "script-src": [
        "'self'",
        "https://appsforoffice.microsoft.com",
        "https://officeapis.public.onecdn.static.microsoft",
      ],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:"],
      "connect-src": ["'none'"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'none'"],
    });
    expect(new URL(OFFICE_JS_CDN).origin).toBe(policy["script-src"][1]);
  });

  it("never allows code from text, inline scripts or any host", () => {
    const sources = Object.values(policyOf(html())).flat();
    expect(
      sources.filter((s) => ["'unsafe-eval'", "'wasm-unsafe-eval'", "*", "http:", "https:"].includes(s)),
    ).toEqual([]);
    expect(policyOf(html())["script-src"]).not.toContain("'unsafe-inline'");
  });
});

describe("the development build", () => {
  it("uses no eval-based source map, and its policy allows no 'unsafe-eval' (only the dev server's websocket more)", async () => {
    const https = process.env.FUNNEL_HTTPS;
    process.env.FUNNEL_HTTPS = "0"; // no certificate work for a test
    try {
      const config = await webpackConfig({}, { mode: "development" });
      expect(String(config.devtool)).not.toMatch(/eval/);
    } finally {
      if (https === undefined) delete process.env.FUNNEL_HTTPS;
      else process.env.FUNNEL_HTTPS = https;
    }
    const development = policyOf(
      `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(false)}">`,
    );
    expect(Object.values(development).flat()).not.toContain("'unsafe-eval'");
    expect(development["script-src"]).toEqual(["'self'"]);
    expect(development["connect-src"]).toEqual(["'self'", "ws://localhost:*", "wss://localhost:*"]);
  });
});

/** The directives of the page's Content-Security-Policy meta: name → sources. */
function policyOf(page: string): Record<string, string[]> {
  const match = page.match(/<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/i);
  if (!match) throw new Error("taskpane.html has no Content-Security-Policy meta");
  return Object.fromEntries(
    match[1]
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0] !== "")
      .map(([name, ...sources]) => [name, sources]),
  );
}
