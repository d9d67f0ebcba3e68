/** Stops the server of globalSetup and removes its build folder. */
import type { AddinServer } from "./addinServer";

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { funnelE2eServer?: AddinServer }).funnelE2eServer;
  await server?.close();
}
