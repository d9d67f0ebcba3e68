import { DetailedCellError, HyperFormula } from "hyperformula";
import { engineMessage } from "./engineMessages";

/** The message HyperFormula itself gives for a formula. */
function messageOf(formula: string): string {
  const engine = HyperFormula.buildFromArray([[formula]], {
    licenseKey: "gpl-v3",
  });
  const value = engine.getCellValue({ sheet: 0, row: 0, col: 0 });
  engine.destroy();
  if (!(value instanceof DetailedCellError)) throw new Error(`${formula} gave no error`);
  return value.message;
}

describe("engineMessage", () => {
  it("gives the engine's argument-count message in Chinese in a Chinese workbench", () => {
    expect(engineMessage(messageOf("=ABS(1,2)"), "zh")).toBe("参数个数不对。");
  });

  it("keeps the English message in an English workbench", () => {
    expect(engineMessage(messageOf("=ABS(1,2)"), "en")).toBe("Wrong number of arguments.");
  });

  it("names the unknown function and the missing sheet in Chinese", () => {
    expect(engineMessage(messageOf("=NOSUCH(1)"), "zh")).toBe("无法识别函数名 NOSUCH。");
    expect(engineMessage(messageOf("=Sheet9!A1"), "zh")).toBe("工作表不存在。");
  });

  it("says a formula cannot be parsed in Chinese, keeping the engine's detail", () => {
    expect(engineMessage(messageOf("=SUM("), "zh")).toMatch(/^公式无法解析，请检查写法（.+）。$/);
  });

  it("passes FUNNEL's own messages, already in the display language, through unchanged", () => {
    expect(engineMessage("“banana” 不是可识别的阶段。", "zh")).toBe("“banana” 不是可识别的阶段。");
    expect(engineMessage(undefined, "zh")).toBeUndefined();
  });
});
