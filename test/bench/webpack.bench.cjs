/* eslint-disable */
// Compiles the benchmark for Node (production mode, ts-loader) into `outDir`: the main program and the child
// that measures the peak memory of pipeline health. Packages stay outside the bundle (Node loads them from
// node_modules), and the output is not minified so that a CPU profile (`node --cpu-prof`) names functions.
const path = require("path");

const root = path.resolve(__dirname, "../..");

/** The webpack configuration of the benchmark, writing into `outDir`. */
function benchConfig(outDir) {
  return {
    mode: "production",
    target: "node20",
    context: root,
    entry: {
      bench: "./test/bench/bench.ts",
      healthMemory: "./test/bench/healthMemory.ts",
    },
    output: { path: outDir, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    externalsPresets: { node: true },
    // __dirname is the folder of the compiled bench: the memory child (healthMemory.js) is found beside it.
    node: { __dirname: false, __filename: false },
    externals: [
      ({ request }, callback) =>
        /^[@a-z]/i.test(request) && !request.startsWith(".") ? callback(null, `commonjs ${request}`) : callback(),
    ],
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", target: "ES2022" } },
          },
        },
      ],
    },
    optimization: { minimize: false },
    devtool: false,
    performance: { hints: false },
  };
}

module.exports = { benchConfig };
