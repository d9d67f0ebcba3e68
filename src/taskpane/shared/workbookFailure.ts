/**
 * The failure every view of the pane shows when a workbook call throws instead of resolving with a Result (a
 * host that went away, a builder that throws): one message in both languages, under the view's own title, so
 * no exception escapes to the user unexplained.
 */
import { t } from "../../core/i18n";
import { errorDetail, type FunnelError } from "../../core/kernel";

/**
 * The failure for an exception (a gateway that rejects instead of resolving, or a builder that throws).
 * @example unexpectedFailure(new Error("host gone")).message.en // "Something went wrong unexpectedly: host gone"
 */
export function unexpectedFailure(reason: unknown): FunnelError {
  const detail = errorDetail(reason);
  return {
    code: "VALUE",
    message: { zh: t("unexpectedFailure", "zh", { detail }), en: t("unexpectedFailure", "en", { detail }) },
  };
}
