/**
 * The workbook gateway, shared through React context, so that views ask the workbook through the
 * interface and never reach Office.js (the composition root chooses the implementation).
 */
import { createContext, useContext, type ReactNode } from "react";
import type { WorkbookGateway } from "../../excel/gateway";

const GatewayContext = createContext<WorkbookGateway | undefined>(undefined);

/** Props of {@link GatewayProvider}. */
export interface GatewayProviderProps {
  readonly gateway: WorkbookGateway;
  readonly children?: ReactNode;
}

/**
 * Provides the gateway to the views.
 * @example <GatewayProvider gateway={createOfficeGateway()}><App … /></GatewayProvider>
 */
export function GatewayProvider({ gateway, children }: GatewayProviderProps) {
  return <GatewayContext.Provider value={gateway}>{children}</GatewayContext.Provider>;
}

/**
 * The workbook gateway. Throws when used outside a {@link GatewayProvider} (a programming error).
 * @example const gateway = useGateway(); await gateway.activeCell()
 */
export function useGateway(): WorkbookGateway {
  const gateway = useContext(GatewayContext);
  if (gateway === undefined) throw new Error("useGateway must be used inside a GatewayProvider.");
  return gateway;
}
