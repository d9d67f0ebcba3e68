/**
 * The ONE place a failure becomes an Excel error: {@link excelFunction}, the boundary the runner puts
 * around every custom function, turns a stopped call, or any unexpected exception, into a
 * `CustomFunctions.Error` with a message in the user's language. Nothing escapes as a thrown exception.
 *
 * Naming rule of src/functions (core's functions return a `Result`; nothing here does):
 * - a failure here STOPS the call: it throws a {@link FunctionFailure}, which only the boundary catches;
 * - {@link stopWith} stops the call; {@link unwrap} gives a core `Result`'s value or stops with its error;
 * - `read…` reads an argument (and a `CellList`'s `…At` one cell of it) and gives its value or stops;
 *   `check…` gives nothing or stops;
 * - no name here ends in `Of`, which in core names a function answering with a `Result`.
 */
import {
  errorDetail,
  type Bilingual,
  type Language,
  type FunnelError,
  type FunnelErrorCode,
  type Result,
} from "../core/kernel";
import { answerLanguage } from "./language";

/** The `CustomFunctions.ErrorCode` member each core error code becomes. */
const EXCEL_CODE: Readonly<Record<FunnelErrorCode, keyof typeof CustomFunctions.ErrorCode>> = {
  VALUE: "invalidValue",
  NA: "notAvailable",
  NUM: "invalidNumber",
  DIV0: "divisionByZero",
};

/** A stopped call on its way to {@link excelFunction}. Never leaves this layer. */
export class FunctionFailure extends Error {
  readonly error: FunnelError;
  constructor(error: FunnelError) {
    super(error.message.en);
    this.name = "FunctionFailure";
    this.error = error;
  }
}

/**
 * The value of a successful result; a failure stops the call with its error, which the boundary reports
 * as an Excel error. `where` (an argument or cell, e.g. “stageList”) is put in front of its message.
 * @example unwrap(ok(3)) // 3
 * @example unwrap(schemeFromList(rows), { en: "“stageList”", zh: "参数“stageList”" })
 */
export function unwrap<T>(result: Result<T>, where?: Bilingual): T {
  if (result.ok) return result.value;
  if (where === undefined) throw new FunctionFailure(result.error);
  const { code, message } = result.error;
  throw new FunctionFailure({
    code,
    message: { en: `${where.en}: ${message.en}`, zh: `${where.zh}：${message.zh}` },
  });
}

/**
 * Stops the call with a failure that the boundary reports as an Excel error.
 * @example stopWith("VALUE", { en: "“stages” is empty.", zh: "“stages”为空。" })
 */
export function stopWith(code: FunnelErrorCode, message: Bilingual): never {
  throw new FunctionFailure({ code, message });
}

/**
 * One cell of a spilled answer that failed on its own (a period that ends before it starts, a conversion
 * with no deals to divide by): the boundary shows it as that cell's Excel error, and the other cells keep
 * their figures. Made by {@link cellAnswer} only.
 */
export class CellFailure {
  readonly error: FunnelError;
  constructor(error: FunnelError) {
    this.error = error;
  }
}

/**
 * The value of one cell of a spilled answer, or – when computing it stops the call – a {@link CellFailure}
 * for that cell only. Any other exception still ends the whole call.
 * @example cellAnswer(() => unwrap(conversionRate(tally, scheme, 5, 2))) // CellFailure (#VALUE! “swap …”)
 */
export function cellAnswer<T>(compute: () => T): T | CellFailure {
  try {
    return compute();
  } catch (caught) {
    if (caught instanceof FunctionFailure) return new CellFailure(caught.error);
    throw caught;
  }
}

/**
 * The Excel error for a core failure, its message in `language`. Excel shows the message for #VALUE! and
 * #N/A only; for #NUM! and #DIV/0! the message is kept on the object all the same.
 * @example excelError({ code: "NA", message: { en: "No deals.", zh: "没有商机。" } }, "zh") // #N/A “没有商机。”
 */
export function excelError(error: FunnelError, language: Language): CustomFunctions.Error {
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode[EXCEL_CODE[error.code]],
    error.message[language],
  );
}

/** What a custom function hands back to Excel. */
export type ExcelValue = string | number | boolean | ExcelValue[][] | CustomFunctions.Error;

/**
 * Replaces what Excel would misshow: null/undefined (shown as 0) by "", and NaN/±∞ by #NUM! in the
 * language {@link answerLanguage} picks for `explicit` (worked out only then: reading Office's display
 * language on every call of a function that Excel calls once per cell would cost every answer); and a
 * {@link CellFailure} by its Excel error.
 */
function forExcel(value: unknown, explicit: unknown): ExcelValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && !Number.isFinite(value)) {
    return excelError(
      { code: "NUM", message: { en: "The result is not a finite number.", zh: "结果不是有限的数字。" } },
      answerLanguage(explicit),
    );
  }
  if (value instanceof CellFailure) return excelError(value.error, answerLanguage(explicit));
  if (Array.isArray(value))
    return value.map((row) => (row as unknown[]).map((cell) => forExcel(cell, explicit)));
  return value as ExcelValue;
}

/**
 * The one boundary around every custom function (the runner puts it there): runs `compute` and hands
 * Excel its value, or – for a stopped call or any unexpected exception – a `CustomFunctions.Error`
 * (unexpected ones as #VALUE! with their text).
 * Blanks in a returned array become "" so Excel does not show them as 0. `language` is the function's
 * own language argument, if it has one; otherwise messages follow Office's display language.
 * @example excelFunction(() => 0.35) // 0.35
 * @example excelFunction(() => stopWith("NA", { en: "No deals.", zh: "没有商机。" })) // #N/A “No deals.”
 */
export function excelFunction(compute: () => unknown, language?: unknown): ExcelValue {
  try {
    return forExcel(compute(), language);
  } catch (caught) {
    const chosen = answerLanguage(language);
    if (caught instanceof FunctionFailure) return excelError(caught.error, chosen);
    const detail = errorDetail(caught);
    return excelError(
      {
        code: "VALUE",
        message: {
          en: `FUNNEL could not compute this result: ${detail}`,
          zh: `FUNNEL 无法计算此结果：${detail}`,
        },
      },
      chosen,
    );
  }
}

/**
 * {@link excelFunction} for a function whose metadata declares a matrix (spilled) result: a single
 * value or error comes back as a 1×1 array, as Excel expects of such a function.
 * @example excelArray(() => [["a"], ["b"]]) // [["a"], ["b"]]
 * @example excelArray(() => "") // [[""]]
 */
export function excelArray(compute: () => unknown, language?: unknown): ExcelValue[][] {
  const value = excelFunction(compute, language);
  return Array.isArray(value) ? value : [[value]];
}
