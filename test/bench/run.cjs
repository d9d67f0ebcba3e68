/* eslint-disable */
// `npm run bench`: compiles the benchmark (test/bench/webpack.bench.cjs), builds the add-in in production mode
// into a temporary folder (as `npm run build` does), then runs the benchmark with `node --expose-gc`, which
// prints one table of figures. Options:
//   --only range,stage,engine,health,forecast,snapshots,bundles,roundtrips,calls   run only these sections
//   --build-dir <dir>   measure an existing production build instead of building one
//   --keep              keep the temporary folders (e.g. to profile: node --cpu-prof <bench dir>/bench.js …)
const { execFileSync, spawnSync } = require("child_process");
const { mkdtempSync, rmSync } = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const { benchConfig } = require("./webpack.bench.cjs");

const root = path.resolve(__dirname, "../..");
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};

function compileBench(outDir) {
  return new Promise((resolve, reject) => {
    webpack(benchConfig(outDir), (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

function buildAddin(outDir) {
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: root,
    env: { ...process.env, FUNNEL_OUTPUT_DIR: outDir, FUNNEL_PUBLIC_URL: "https://funnel.bench.invalid/" },
    stdio: "pipe",
  });
}

async function main() {
  const temporary = [];
  const scratch = (prefix) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    temporary.push(dir);
    return dir;
  };
  try {
    const benchDir = scratch("funnel-bench-");
    process.stderr.write("Compiling the benchmark…\n");
    await compileBench(benchDir);
    let buildDir = option("--build-dir");
    if (buildDir === undefined) {
      buildDir = scratch("funnel-bench-build-");
      process.stderr.write("Building the add-in (production)…\n");
      buildAddin(buildDir);
    }
    const passOn = ["--build-dir", path.resolve(buildDir)];
    if (option("--only") !== undefined) passOn.push("--only", option("--only"));
    const run = spawnSync(process.execPath, ["--expose-gc", path.join(benchDir, "bench.js"), ...passOn], {
      cwd: root,
      stdio: "inherit",
      // The compiled benchmark lives in a temporary folder: it finds the packages it leaves outside its bundle here.
      env: { ...process.env, NODE_PATH: path.join(root, "node_modules") },
    });
    if (args.includes("--keep")) process.stderr.write(`Kept ${temporary.join(" and ")}\n`);
    process.exitCode = run.status ?? 1;
  } finally {
    if (!args.includes("--keep")) for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
