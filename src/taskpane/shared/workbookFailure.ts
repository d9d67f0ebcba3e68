/**
 * The failure the pane shows when a workbook call throws instead of resolving with a Result (a host that went
 * away, a builder that throws): one message in both languages, so no exception escapes to the user unexplained.
 */
import { t } from "../../core/i18n";
import type { FunnelError } from "../../core/kernel";

/**
 * The failure for an exception (a gateway that rejects instead of resolving, or a builder that throws).
 * @example unexpectedFailure(new Error("host gone")).message.en // "Could not reach the workbook: host gone"
 */
export function unexpectedFailure(reason: unknown): FunnelError {
  const detail = reason instanceof Error ? reason.message : String(reason);
  return {
    code: "VALUE",
    message: { zh: t("healthUnreachable", "zh", { detail }), en: t("healthUnreachable", "en", { detail }) },
  };
}
