/**
 * Builds the add-in once in production mode into a temporary folder (with a public URL other than
 * the development one) for the tests that check what `npm run build` emits.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync } from "fs";
import os from "os";
import path from "path";

export const PUBLIC_URL = "https://funnel.test.invalid/addin/";

let built: string | undefined;

/** The output folder of a production build, building it on first use. */
export function productionBuild(): string {
  if (built) return built;
  const out = mkdtempSync(path.join(os.tmpdir(), "funnel-build-"));
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: path.join(__dirname, "../.."),
    env: { ...process.env, FUNNEL_OUTPUT_DIR: out, FUNNEL_PUBLIC_URL: PUBLIC_URL },
    stdio: "pipe",
  });
  if (!existsSync(path.join(out, "functions.js")))
    throw new Error(`the build emitted no functions.js in ${out}`);
  built = out;
  return out;
}

/** A file of the production build as text. */
export function builtFile(name: string): string {
  return readFileSync(path.join(productionBuild(), name), "utf8");
}
