/* eslint-disable */
// Builds the add-in: functions.js + functions.json (+ functions.zh-CN.json), taskpane.html/js (one
// shared-runtime page loads both bundles), the icons and the manifest. In development it also builds
// the workbench (src/workbench), which is never part of a production build.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { sources } = require("webpack");
const { localizeMetadata } = require("./src/functions/metadata/localize.cjs");
const { allowErrorInputs } = require("./src/functions/metadata/errorInputs.cjs");

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
function contentSecurityPolicy(production) {
  const directives = {
    "default-src": ["'self'"],
    "script-src": production
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

/** The public address of a production build (must end in "/"); set FUNNEL_PUBLIC_URL when you deploy. */
function publicUrl() {
  const url = process.env.FUNNEL_PUBLIC_URL || DEV_URL;
  return url.endsWith("/") ? url : `${url}/`;
}

/** Rewrites every development URL of the manifest (with or without the trailing slash) to `target`. */
function rewriteManifestUrls(xml, target) {
  return xml.split(DEV_URL).join(target).split(DEV_URL.slice(0, -1)).join(target.slice(0, -1));
}

/**
 * Completes the generated functions.json with what the JSDoc cannot say (allowErrorForDataTypeAny: error
 * cells in ranges reach the functions, see errorInputs.cjs), then emits functions.zh-CN.json from it: the
 * same metadata with the Chinese descriptions of the table.
 */
class FunctionsMetadataFilesPlugin {
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
            compilation.updateAsset("functions.json", new sources.RawSource(metadata));
          } catch (error) {
            compilation.errors.push(new Error(`functions.json: ${error.message}`));
            return;
          }
          const table = require("./src/functions/metadata/zh-CN.json");
          try {
            const localized = localizeMetadata(metadata, table);
            compilation.emitAsset("functions.zh-CN.json", new sources.RawSource(localized));
          } catch (error) {
            compilation.errors.push(new Error(`functions.zh-CN.json: ${error.message}`));
          }
        },
      );
    });
  }
}

module.exports = async (env, options) => {
  const production = options.mode === "production";
  const useHttps = process.env.FUNNEL_HTTPS === "1" || (process.platform !== "linux" && process.env.FUNNEL_HTTPS !== "0");
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
        officeJsUrl: production ? OFFICE_JS_CDN : OFFICE_JS_LOCAL,
        contentSecurityPolicy: contentSecurityPolicy(production),
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
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
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
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new FunctionsMetadataFilesPlugin(),
      ...html,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? rewriteManifestUrls(content.toString(), publicUrl()) : content),
          },
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
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
