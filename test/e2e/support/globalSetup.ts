/**
 * Builds (development mode) and serves the add-in once for all end-to-end tests; the tests find the origin in
 * FUNNEL_E2E_ORIGIN and the build folder in FUNNEL_E2E_BUILD.
 */
import { buildAddin, serveAddin } from "./addinServer";

export default async function globalSetup(): Promise<void> {
  const server = await serveAddin(buildAddin());
  (globalThis as { funnelE2eServer?: unknown }).funnelE2eServer = server;
  process.env.FUNNEL_E2E_ORIGIN = server.origin;
  process.env.FUNNEL_E2E_BUILD = server.folder;
}
