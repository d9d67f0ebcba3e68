/* eslint-disable */
// Builds the add-in: functions.js + functions.json (+ functions.zh-CN/zh-TW/zh-HK.json), taskpane.html/js (one
// shared-runtime page loads both bundles), the icons and the manifest. In development it also builds
// the workbench (src/workbench), which is never part of a production build.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { sources } = require("webpack");
const { LicenseWebpackPlugin } = require("license-webpack-plugin");
const { localizeMetadata } = require("./src/functions/metadata/localize.cjs");
const { allowErrorInputs } = require("./src/functions/metadata/errorInputs.cjs");
const { HELP_FILES, renderHelpPage, withHelpUrls } = require("./src/functions/metadata/helpPages.cjs");
const { TRADITIONAL_LOCALES, traditionalMetadata } = require("./src/functions/metadata/traditionalMetadata.cjs");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "/office-js/office.js";

/**
 * The Content-Security-Policy of taskpane.html (a <meta>, so frame-ancestors cannot be set here; see
 * SECURITY.md). Scripts: the add-in's own bundles and, in production, Office.js from Microsoft's CDN (its
 * legacy host, which the page names, and the host Microsoft moved it to, in case the first redirects;
 * Office.js loads its host and locale scripts from the same folder). Styles: Fluent UI's styling engine
 * (Griffel) inserts <style> elements at run time, which needs 'unsafe-inline' for styles (never for
 * scripts). No connection at all in production; development allows the dev server's live-reload
 * websocket on localhost. No 'unsafe-eval' anywhere: the bundles never evaluate text as code.
 */
function contentSecurityPolicy(production, officeJsFromCdn = production) {
  const directives = {
    "default-src": ["'self'"],
    "script-src": officeJsFromCdn
      ? ["'self'", "https://appsforoffice.microsoft.com", "https://officeapis.public.onecdn.static.microsoft"]
      : ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "connect-src": production ? ["'none'"] : ["'self'", "ws://localhost:*", "wss://localhost:*"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/**
 * Where taskpane.html loads Office.js from. Inside Excel (production, and development over https, which is
 * how `npm start` and `npm run dev-server` sideload) from Microsoft's CDN: the @microsoft/office-js
 * package's README says its copy is not supported for add-ins. The workbench and the browser tests run
 * over plain http on localhost, offline, with the packaged copy.
 */
function officeJsUrl(production, https) {
  return production || https ? OFFICE_JS_CDN : OFFICE_JS_LOCAL;
}

/**
 * The public address of a production build (ends in "/"); set FUNNEL_PUBLIC_URL when you deploy. Office
 * loads add-ins only over https, so an http (or malformed) address stops the build with a clear message.
 */
function publicUrl(value = process.env.FUNNEL_PUBLIC_URL || DEV_URL) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`FUNNEL_PUBLIC_URL "${value}" is not a URL: give the https address the add-in is served from, e.g. https://your.host/funnel/`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`FUNNEL_PUBLIC_URL must be https (Office loads add-ins only over https): "${value}"`);
  }
  return value.endsWith("/") ? value : `${value}/`;
}

/**
 * Rewrites every development URL of the manifest (with or without the trailing slash) to `target`, outside
 * XML comments: the comments keep describing the development manifest and never carry the public URL.
 */
function rewriteManifestUrls(xml, target) {
  return xml
    .split(/(<!--[\s\S]*?-->)/)
    .map((part) =>
      part.startsWith("<!--") ? part : part.split(DEV_URL).join(target).split(DEV_URL.slice(0, -1)).join(target.slice(0, -1)),
    )
    .join("");
}

/**
 * Packages the bundles ship one copy of, where npm installs two (test/build/buildConfig.test.ts):
 * - scheduler: react-dom 18 pins 0.23 (nested), @fluentui/react-context-selector takes any ">=0.19" and gets the
 *   hoisted 0.28. Both resolve to react-dom's copy, the one React schedules with; the context selector uses only
 *   unstable_runWithPriority and unstable_NormalPriority, which 0.23 exports.
 * - d3 (via @fluentui/react-charts): d3-sankey 0.12 nests d3-array 2 (min, max, sum), d3-shape 1 (linkHorizontal)
 *   and through it d3-path 1 (path); d3-time-format 3 nests d3-time 2 (its day, week and year intervals) and
 *   through it d3-array 2 (bisector, tickStep) and internmap 1 (InternMap). Each of those exists with the same
 *   signature in the root majors (d3-array 3, d3-shape 3, d3-path 3, d3-time 3, internmap 2), whose major bumps
 *   changed only the packaging (ES modules), so all resolve to the root copies.
 */
const SINGLE_COPIES = {
  scheduler$: path.dirname(require.resolve("scheduler/package.json", { paths: [path.dirname(require.resolve("react-dom/package.json"))] })),
  ...Object.fromEntries(
    ["d3-array", "d3-shape", "d3-path", "d3-time", "internmap"].map((name) => [`${name}$`, path.resolve(__dirname, "node_modules", name)]),
  ),
};

/** The licences the shipped bundles may carry: permissive ones whose notice THIRD-PARTY-NOTICES.txt gives. */
const ACCEPTED_LICENSES = new Set(["MIT", "ISC", "BSD-2-Clause", "BSD-3-Clause", "Apache-2.0", "0BSD", "Unlicense", "CC0-1.0"]);

/** The MIT licence text, for a package that declares MIT but ships no licence file. */
function mitLicenseText(holder) {
  return `MIT License

Copyright (c) ${holder}

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;
}

/**
 * Whether a package's licence (an SPDX id or expression, e.g. "(MIT OR Apache-2.0)") may ship: OR needs
 * one accepted alternative, AND needs all. Anything else (GPL, an unknown or missing licence) stops the
 * production build, so a new dependency with an unexpected licence fails CI.
 * @example acceptableLicense("(MIT OR GPL-3.0)") // true
 */
function acceptableLicense(expression) {
  const text = String(expression || "").replace(/[()]/g, " ").trim();
  if (text === "") return false;
  return text
    .split(/\s+OR\s+/i)
    .some((alternative) => alternative.split(/\s+AND\s+/i).every((id) => ACCEPTED_LICENSES.has(id.trim())));
}

/**
 * Completes the generated functions.json with what the JSDoc cannot say (allowErrorForDataTypeAny: error
 * cells in ranges reach the functions, see errorInputs.cjs), then emits functions.zh-CN.json from it: the
 * same metadata with the Chinese descriptions of the table, and functions.zh-TW.json / functions.zh-HK.json:
 * that Chinese converted to Traditional (traditionalMetadata.cjs, opencc-js). Each function's helpUrl
 * points at its section of its locale's page (help.html, help.zh-CN.html, help.zh-TW.html, help.zh-HK.html),
 * emitted here from the same metadata and help.json (helpPages.cjs).
 */
class FunctionsMetadataFilesPlugin {
  /** @param {string} baseUrl the add-in's address, ending in "/" (the public URL in production) */
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsMetadataFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataFilesPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const generated = compilation.getAsset("functions.json");
          if (!generated) return;
          let metadata;
          try {
            metadata = allowErrorInputs(generated.source.source().toString());
            compilation.updateAsset("functions.json", new sources.RawSource(withHelpUrls(metadata, this.baseUrl, "en")));
          } catch (error) {
            compilation.errors.push(new Error(`functions.json: ${error.message}`));
            return;
          }
          const table = require("./src/functions/metadata/zh-CN.json");
          let localized;
          try {
            localized = localizeMetadata(metadata, table);
            compilation.emitAsset("functions.zh-CN.json", new sources.RawSource(withHelpUrls(localized, this.baseUrl, "zh")));
          } catch (error) {
            compilation.errors.push(new Error(`functions.zh-CN.json: ${error.message}`));
            return;
          }
          const help = require("./src/functions/metadata/help.json");
          try {
            compilation.emitAsset(HELP_FILES.en, new sources.RawSource(renderHelpPage(JSON.parse(metadata), help, "en")));
            compilation.emitAsset(HELP_FILES.zh, new sources.RawSource(renderHelpPage(JSON.parse(localized), help, "zh")));
          } catch (error) {
            compilation.errors.push(new Error(`help pages: ${error.message}`));
          }
          for (const locale of TRADITIONAL_LOCALES) {
            try {
              const traditional = withHelpUrls(traditionalMetadata(localized, locale), this.baseUrl, locale);
              compilation.emitAsset(`functions.${locale}.json`, new sources.RawSource(traditional));
              compilation.emitAsset(HELP_FILES[locale], new sources.RawSource(renderHelpPage(JSON.parse(localized), help, locale)));
            } catch (error) {
              compilation.errors.push(new Error(`functions.${locale}.json: ${error.message}`));
            }
          }
        },
      );
    });
  }
}

/**
 * Keeps every module of node_modules out of module concatenation (each stays a module of its own in the bundle,
 * where the licence plugin finds its package); the add-in's own modules (src) are still concatenated.
 */
class KeepPackagesApartPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("KeepPackagesApartPlugin", (compilation) => {
      compilation.hooks.finishModules.tap("KeepPackagesApartPlugin", (modules) => {
        for (const module of modules) {
          if (module.buildInfo && /[\\/]node_modules[\\/]/.test(module.resource || "")) {
            module.buildInfo.moduleConcatenationBailout = "a package's code (kept apart for THIRD-PARTY-NOTICES.txt)";
          }
        }
      });
    });
  }
}

module.exports = async (env, options) => {
  const production = options.mode === "production";
  const manifestUrl = production ? publicUrl() : DEV_URL;
  const useHttps = process.env.FUNNEL_HTTPS === "1" || (process.platform !== "linux" && process.env.FUNNEL_HTTPS !== "0");
  // Two independent entries, though taskpane.html loads both: the core modules both use (kernel, stages,
  // pipeline…) ship twice. `dependOn: "functions"` for the task pane would ship them once (initial load 11 KB
  // gzipped less, December 2026) but put webpack's chunk-loading runtime and the pane's exports of those modules
  // into functions.js (5 KB gzipped more), which Excel needs before any formula computes: docs/performance.md.
  const entry = {
    functions: "./src/functions/functions.ts",
    taskpane: "./src/taskpane/index.tsx",
  };
  if (!production) entry.workbench = "./src/workbench/index.tsx";

  const html = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["functions", "taskpane"],
      chunksSortMode: "manual",
      templateParameters: {
        officeJsUrl: officeJsUrl(production, useHttps),
        contentSecurityPolicy: contentSecurityPolicy(production, officeJsUrl(production, useHttps) === OFFICE_JS_CDN),
      },
    }),
  ];
  if (!production) {
    html.push(
      new HtmlWebpackPlugin({
        filename: "workbench.html",
        template: "./src/workbench/workbench.html",
        chunks: ["workbench"],
      }),
    );
  }

  return {
    // Never an eval-based source map: the task pane's policy allows no 'unsafe-eval'.
    devtool: production ? false : "source-map",
    // The add-in's own modules are concatenated (scope hoisting: functions.js ~3 KB gzipped less); packages are
    // kept apart (KeepPackagesApartPlugin) so the licence plugin sees every package the bundles ship: it finds a
    // concatenated module's packages only through webpack's stats, which list ten nested modules at most.
    optimization: { concatenateModules: true },
    entry,
    output: {
      path: path.resolve(__dirname, process.env.FUNNEL_OUTPUT_DIR || "dist"),
      filename: "[name].js",
      clean: true,
      // Chunks load from the page's own folder: no run-time guessing of the script URL (webpack's "auto").
      publicPath: "",
      // The webpack runtime reads globalThis directly instead of falling back to new Function("return this").
      environment: { globalThis: true },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"], alias: SINGLE_COPIES },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext" } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new KeepPackagesApartPlugin(),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new FunctionsMetadataFilesPlugin(manifestUrl),
      ...html,
      ...(production
        ? [
            new LicenseWebpackPlugin({
              perChunkOutput: false,
              outputFilename: "THIRD-PARTY-NOTICES.txt",
              unacceptableLicenseTest: (licenseType) => !acceptableLicense(licenseType),
              handleMissingLicenseType: () => "UNKNOWN",
              licenseTextOverrides: { "@fluentui/react-icons": mitLicenseText("Microsoft Corporation") },
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? rewriteManifestUrls(content.toString(), manifestUrl) : content),
          },
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.FUNNEL_PORT || process.env.npm_package_config_dev_server_port || 3000),
      host: "localhost",
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [{ directory: path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"), publicPath: "/office-js" }],
      server: useHttps
        ? { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() }
        : { type: "http" },
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.rewriteManifestUrls = rewriteManifestUrls;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.publicUrl = publicUrl;
module.exports.officeJsUrl = officeJsUrl;
module.exports.acceptableLicense = acceptableLicense;
