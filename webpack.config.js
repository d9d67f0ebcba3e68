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

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "/office-js/office.js";

/** The public address of a production build (must end in "/"); set FUNNEL_PUBLIC_URL when you deploy. */
function publicUrl() {
  const url = process.env.FUNNEL_PUBLIC_URL || DEV_URL;
  return url.endsWith("/") ? url : `${url}/`;
}

/** Rewrites every development URL of the manifest (with or without the trailing slash) to `target`. */
function rewriteManifestUrls(xml, target) {
  return xml.split(DEV_URL).join(target).split(DEV_URL.slice(0, -1)).join(target.slice(0, -1));
}

/** Emits functions.zh-CN.json: the generated functions.json with the Chinese descriptions of the table. */
class LocalizedFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedFunctionsMetadataPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const generated = compilation.getAsset("functions.json");
          if (!generated) return;
          const table = require("./src/functions/metadata/zh-CN.json");
          try {
            const localized = localizeMetadata(generated.source.source().toString(), table);
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
      templateParameters: { officeJsUrl: production ? OFFICE_JS_CDN : OFFICE_JS_LOCAL },
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
    devtool: production ? false : "source-map",
    entry,
    output: { path: path.resolve(__dirname, process.env.FUNNEL_OUTPUT_DIR || "dist"), filename: "[name].js", clean: true },
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
      new LocalizedFunctionsMetadataPlugin(),
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
