/**
 * Builds the add-in once in production mode (with a public URL other than the development one) for the tests
 * that check what `npm run build` emits. Several test files need the build and jest runs them in separate
 * workers, so the output is shared: it goes into a folder named by a hash of everything the build reads
 * (sources, assets, manifest, webpack config, lockfile), built by whichever worker gets there first while the
 * others wait for it. A change to any input gives a new folder, so a stale build is never used.
 */
import { execFileSync } from "child_process";
import { createHash } from "crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import os from "os";
import path from "path";

export const PUBLIC_URL = "https://funnel.test.invalid/addin/";

const ROOT = path.join(__dirname, "../..");
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "package-lock.json", "tsconfig.json"];
const DONE = ".build-complete";
const WAIT_LIMIT_MS = 10 * 60 * 1000;
const STALE_LOCK_MS = 5 * 60 * 1000;

let built: string | undefined;

function addFiles(hash: ReturnType<typeof createHash>, file: string): void {
  if (!existsSync(file)) return;
  if (statSync(file).isDirectory()) {
    for (const entry of readdirSync(file).sort()) addFiles(hash, path.join(file, entry));
    return;
  }
  hash.update(path.relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
}

/** A hash of every input of the build and of the public URL it is built for. */
function inputsHash(): string {
  const hash = createHash("sha256").update(PUBLIC_URL);
  for (const input of INPUTS) addFiles(hash, path.join(ROOT, input));
  return hash.digest("hex").slice(0, 16);
}

function lockAge(lock: string): number {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch {
    return 0;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function runWebpack(out: string): void {
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: ROOT,
    env: { ...process.env, FUNNEL_OUTPUT_DIR: out, FUNNEL_PUBLIC_URL: PUBLIC_URL },
    stdio: "pipe",
  });
  if (!existsSync(path.join(out, "functions.js")))
    throw new Error(`the build emitted no functions.js in ${out}`);
}

/** Builds into `dir` unless another worker is doing so, in which case waits for it (or takes over if it gave up). */
function buildShared(dir: string): void {
  const lock = `${dir}.lock`;
  const started = Date.now();
  while (!existsSync(path.join(dir, DONE))) {
    let owner = false;
    try {
      mkdirSync(lock);
      owner = true;
    } catch {
      if (lockAge(lock) > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true }); // its builder died
      if (Date.now() - started > WAIT_LIMIT_MS)
        throw new Error(`gave up waiting for the shared build in ${dir}`);
      sleep(500);
    }
    if (!owner) continue;
    try {
      const staging = `${dir}.${process.pid}`;
      rmSync(staging, { recursive: true, force: true });
      runWebpack(staging);
      writeFileSync(path.join(staging, DONE), new Date().toISOString());
      rmSync(dir, { recursive: true, force: true });
      renameSync(staging, dir);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** The output folder of a production build of the current sources, building it on first use. */
export function productionBuild(): string {
  if (built) return built;
  const cache = path.join(os.tmpdir(), "funnel-build-cache");
  mkdirSync(cache, { recursive: true });
  const dir = path.join(cache, inputsHash());
  buildShared(dir);
  built = dir;
  return dir;
}

/** A file of the production build as text. */
export function builtFile(name: string): string {
  return readFileSync(path.join(productionBuild(), name), "utf8");
}
