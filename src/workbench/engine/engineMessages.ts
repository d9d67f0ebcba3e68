/**
 * The spreadsheet engine's (HyperFormula's) error messages in the workbench's language: HyperFormula
 * writes them in English only, so a Chinese workbench shows them in Chinese here. FUNNEL's own functions
 * already answer in the display language and pass through unchanged.
 */
import type { Language } from "../../core/kernel";

/** HyperFormula's fixed messages (its ErrorMessage table) that a workbench user can meet, in Chinese. */
const FIXED_MESSAGES: Readonly<Record<string, string>> = {
  "Wrong number of arguments.": "参数个数不对。",
  "Empty function argument.": "函数参数为空。",
  "Empty array not allowed.": "不能使用空数组。",
  "Array dimensions are not compatible.": "数组的行列数不相容。",
  "Array dimensions mismatched.": "数组的行列数不一致。",
  "No space for array result.": "没有空间放下数组结果（溢出区域有内容）。",
  "Value too small.": "数值太小。",
  "Value too large.": "数值太大。",
  "Incorrect criterion.": "条件写法不正确。",
  "Range spans more than one sheet.": "区域跨越了多个工作表。",
  "Cell range expected.": "此处需要一个单元格区域。",
  "Wrong range dimension.": "区域的行列数不对。",
  "Cell range not allowed.": "此处不能使用单元格区域。",
  "Value cannot be coerced to number.": "该值无法转换为数字。",
  "Number argument expected.": "此处需要数字参数。",
  "Value needs to be an integer.": "该值必须是整数。",
  "Date outside of bounds.": "日期超出范围。",
  "Resulting reference is out of the sheet.": "得到的引用超出了工作表。",
  "Wrong type of argument.": "参数类型不对。",
  "NaN or infinite value encountered.": "出现了非数字或无穷大的值。",
  "Ranges need to be of equal length.": "各区域的长度必须相同。",
  "Value cannot be negative.": "该值不能为负数。",
  "Cell reference expected.": "此处需要单元格引用。",
  "Empty range not allowed.": "不能使用空区域。",
  "Address is not correct.": "地址不正确。",
  "Number-only range expected.": "此处需要只含数字的区域。",
  "Value not found.": "找不到该值。",
  "Needs at least one value.": "至少需要一个值。",
  "Index out of bounds.": "序号超出范围。",
  "Expected formula.": "此处需要公式。",
  "Parsing error.": "公式无法解析，请检查写法。",
  "Sheet does not exist.": "工作表不存在。",
  "Invalid date.": "日期无效。",
  "Empty-string argument not allowed.": "参数不能是空文本。",
  "String does not represent correct DateTime.": "该文本不是有效的日期时间。",
  "Argument cannot be 0.": "参数不能为 0。",
  "Start date needs to be earlier than end date.": "开始日期必须早于结束日期。",
  "Result exceeds the maximum allowed length.": "结果超出允许的最大长度。",
};

/** HyperFormula's messages that name something, as pattern → Chinese. */
const NAMED_MESSAGES: readonly [RegExp, (name: string) => string][] = [
  [/^Function name (.+) not recognized\.$/, (name) => `无法识别函数名 ${name}。`],
  [/^Named expression (.+) not recognized\.$/, (name) => `无法识别名称 ${name}。`],
  [/^Parsing error\.\s*(.+)$/s, (detail) => `公式无法解析，请检查写法（${detail}）。`],
];

/**
 * An engine message in the workbench's language: Chinese for HyperFormula's English messages in a Chinese
 * workbench; any other message (FUNNEL's own, already in the display language) unchanged.
 * @example engineMessage("Wrong number of arguments.", "zh") // "参数个数不对。"
 * @example engineMessage("Wrong number of arguments.", "en") // "Wrong number of arguments."
 */
export function engineMessage(message: string | undefined, language: Language): string | undefined {
  if (message === undefined || language === "en") return message;
  const fixed = FIXED_MESSAGES[message];
  if (fixed !== undefined) return fixed;
  for (const [pattern, chinese] of NAMED_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return chinese(match[1]);
  }
  return message;
}
