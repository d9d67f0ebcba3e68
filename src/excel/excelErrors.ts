/**
 * What an error from Excel says, for the messages the gateway gives and the decisions it takes: Excel's message
 * with its `code` and `debugInfo.errorLocation` (which call failed), in both languages, so that a user's report
 * of a failure points at the line; the code alone; and the `context.trace` messages Excel applied before the
 * failure (`traceMessages`), which tell how far a request got.
 */
import { type Bilingual, errorDetail } from "../core/kernel";

/** The parts of an `OfficeExtension.Error` the gateway reads; anything else thrown has none of them. */
interface OfficeErrorParts {
  readonly code?: unknown;
  readonly debugInfo?: { readonly errorLocation?: unknown } | null;
  readonly traceMessages?: unknown;
}

const parts = (error: unknown): OfficeErrorParts =>
  typeof error === "object" && error !== null ? (error as OfficeErrorParts) : {};

/**
 * Excel's error code ("InvalidArgument", "ItemNotFound", …); undefined for anything else thrown.
 * @example errorCode(Object.assign(new Error("gone"), { code: "ItemNotFound" })) // "ItemNotFound"
 */
export function errorCode(error: unknown): string | undefined {
  const { code } = parts(error);
  return typeof code === "string" && code !== "" ? code : undefined;
}

/**
 * The message of an error from Excel with its code and the call that failed, in both languages; anything else
 * thrown as its text.
 * @example
 * excelErrorDetail(Object.assign(new Error("The argument is invalid."), {
 *   code: "InvalidArgument", debugInfo: { errorLocation: "PageLayout.zoom" },
 * })).en // "The argument is invalid. (InvalidArgument, at PageLayout.zoom)"
 */
export function excelErrorDetail(error: unknown): Bilingual {
  const message = errorDetail(error);
  const code = errorCode(error);
  const location = parts(error).debugInfo?.errorLocation;
  const at = typeof location === "string" && location !== "" ? location : undefined;
  if (code === undefined && at === undefined) return { zh: message, en: message };
  const zh = [code === undefined ? "" : `错误代码 ${code}`, at === undefined ? "" : `出错位置 ${at}`];
  const en = [code ?? "", at === undefined ? "" : `at ${at}`];
  return {
    zh: `${message}（${zh.filter(Boolean).join("，")}）`,
    en: `${message} (${en.filter(Boolean).join(", ")})`,
  };
}

/**
 * The `context.trace` messages Excel applied in a request before it failed; undefined when the error carries
 * none (a host that does not report them, or anything but an error from Excel).
 * @example traceMessagesOf(Object.assign(new Error("refused"), { traceMessages: ["0", "1"] })) // ["0", "1"]
 */
export function traceMessagesOf(error: unknown): readonly string[] | undefined {
  const { traceMessages } = parts(error);
  return Array.isArray(traceMessages) && traceMessages.every((m) => typeof m === "string")
    ? traceMessages
    : undefined;
}
