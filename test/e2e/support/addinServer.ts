/**
 * Builds the add-in in development mode into a temporary folder and serves it over http on 127.0.0.1 (a free
 * port), Office.js included from the @microsoft/office-js package, as the dev server does. Nothing else.
 */
import { execFileSync } from "child_process";
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from "fs";
import { createServer, type Server } from "http";
import { tmpdir } from "os";
import path from "path";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
const OFFICE_JS = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css; charset=utf-8",
};

/** A running server of a build. */
export interface AddinServer {
  readonly origin: string;
  readonly folder: string;
  close(): Promise<void>;
}

/**
 * Runs webpack (development mode unless told otherwise) into a new temporary folder; returns the folder.
 * @example const folder = buildAddin();
 */
export function buildAddin(mode: "development" | "production" = "development"): string {
  const folder = mkdtempSync(path.join(tmpdir(), `funnel-e2e-${mode}-`));
  const webpackCli = path.join(path.dirname(require.resolve("webpack-cli/package.json")), "bin", "cli.js");
  execFileSync(process.execPath, [webpackCli, "--mode", mode, "--output-path", folder], {
    cwd: ROOT,
    env: { ...process.env, FUNNEL_HTTPS: "0" },
    stdio: "pipe",
  });
  return folder;
}

/** The file for a request path inside `base`, or undefined (never outside `base`). */
function fileFor(base: string, relative: string): string | undefined {
  const file = path.resolve(base, `.${relative}`);
  if (!file.startsWith(base + path.sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Serves `folder` on 127.0.0.1 at a free port, and Office.js under /office-js.
 * @example const server = await serveAddin(buildAddin()); await page.goto(`${server.origin}/workbench.html`);
 */
export function serveAddin(folder: string): Promise<AddinServer> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = pathname.startsWith("/office-js/")
      ? fileFor(OFFICE_JS, pathname.slice("/office-js".length))
      : fileFor(folder, pathname === "/" ? "/workbench.html" : pathname);
    if (file === undefined) {
      response.writeHead(404, { "Content-Type": "text/plain" });
      response.end(`Not found: ${pathname}`);
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address === null || typeof address === "string") return reject(new Error("No port."));
      resolve({
        origin: `http://127.0.0.1:${address.port}`,
        folder,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => {
              rmSync(folder, { recursive: true, force: true });
              done();
            });
            server.closeAllConnections();
          }),
      });
    });
  });
}
