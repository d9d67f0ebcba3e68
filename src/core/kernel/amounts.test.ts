import { parseAmount, parseWrittenAmount } from "./amounts";
import { errorOf, valueOf } from "./testing/results";

describe("parseAmount", () => {
  it("refuses text that is not an amount, naming it", () => {
    for (const text of [
      "abc",
      "1,2",
      "1.200,50",
      "12,34,567",
      "¥",
      "--5",
      "-(5)",
      "(5",
      "5)",
      "$¥5",
      "¥5USD",
      "N/A",
    ]) {
      const error = errorOf(parseAmount(text));
      expect(error.code).toBe("VALUE");
      expect(error.message.en).toContain(`“${text}”`);
      expect(error.message.zh).toContain(`“${text}”`);
    }
  });

  it("refuses percentages: a share is not an amount", () => {
    expect(errorOf(parseAmount("15%")).message.en).toContain("percentage");
    expect(errorOf(parseAmount("１５％")).message.zh).toContain("百分比");
  });

  it("refuses NaN, infinities and booleans", () => {
    expect(errorOf(parseAmount(NaN)).code).toBe("VALUE");
    expect(errorOf(parseAmount(Infinity)).code).toBe("VALUE");
    expect(errorOf(parseAmount(-Infinity)).code).toBe("VALUE");
    expect(errorOf(parseAmount("Infinity")).code).toBe("VALUE");
    expect(errorOf(parseAmount(true)).code).toBe("VALUE");
  });

  it("reads blank cells as no amount, never zero", () => {
    for (const blank of [null, undefined, "", "  ", "\u3000", "-", "—", "－", "_"])
      expect(valueOf(parseAmount(blank))).toBeNull();
  });

  it("reads numbers as they are", () => {
    expect(valueOf(parseAmount(1200.5))).toBe(1200.5);
    expect(valueOf(parseAmount(0))).toBe(0);
    expect(valueOf(parseAmount(-3))).toBe(-3);
  });

  it("reads thousands separators in groups of three, ASCII or full-width", () => {
    expect(valueOf(parseAmount("1,200.50"))).toBe(1200.5);
    expect(valueOf(parseAmount("1，200"))).toBe(1200);
    expect(valueOf(parseAmount("12,345,678"))).toBe(12345678);
    expect(valueOf(parseAmount(" 1 200 "))).toBe(1200);
    expect(valueOf(parseAmount("1200."))).toBe(1200);
    expect(valueOf(parseAmount(".5"))).toBe(0.5);
    expect(valueOf(parseAmount("1.5e3"))).toBe(1500);
  });

  it("reads currency signs and codes before or after the number", () => {
    expect(valueOf(parseAmount("¥1,200"))).toBe(1200);
    expect(valueOf(parseAmount("￥1,200"))).toBe(1200);
    expect(valueOf(parseAmount("$1,200.25"))).toBe(1200.25);
    expect(valueOf(parseAmount("€ 99"))).toBe(99);
    expect(valueOf(parseAmount("£7"))).toBe(7);
    expect(valueOf(parseAmount("USD 1,200"))).toBe(1200);
    expect(valueOf(parseAmount("1,200 CNY"))).toBe(1200);
    expect(valueOf(parseAmount("rmb 800"))).toBe(800);
    expect(valueOf(parseAmount("US$5"))).toBe(5);
  });

  it("reads 万, 亿 and 元 exactly", () => {
    expect(valueOf(parseAmount("12万"))).toBe(120000);
    expect(valueOf(parseAmount("1.2万元"))).toBe(12000);
    expect(valueOf(parseAmount("0.07万"))).toBe(700);
    expect(valueOf(parseAmount("¥3.5万"))).toBe(35000);
    expect(valueOf(parseAmount("1.23456万"))).toBe(12345.6);
    expect(valueOf(parseAmount("2亿"))).toBe(200000000);
    expect(valueOf(parseAmount("800元"))).toBe(800);
    expect(valueOf(parseAmount("RMB 12万元"))).toBe(120000);
  });

  it("reads minus signs and accounting parentheses as negatives", () => {
    expect(valueOf(parseAmount("-1,200"))).toBe(-1200);
    expect(valueOf(parseAmount("\u22121200"))).toBe(-1200);
    expect(valueOf(parseAmount("－1200"))).toBe(-1200);
    expect(valueOf(parseAmount("(1,200)"))).toBe(-1200);
    expect(valueOf(parseAmount("(¥1,200.50)"))).toBe(-1200.5);
    expect(valueOf(parseAmount("¥-1,200"))).toBe(-1200);
    expect(valueOf(parseAmount("-¥1,200"))).toBe(-1200);
    expect(valueOf(parseAmount("+5"))).toBe(5);
    expect(Object.is(valueOf(parseAmount("(0)")), 0)).toBe(true);
  });

  it("reads full-width digits", () => {
    expect(valueOf(parseAmount("１２００"))).toBe(1200);
    expect(valueOf(parseAmount("￥１，２００．５"))).toBe(1200.5);
  });
});

describe("parseAmount: units, currencies and conventions", () => {
  it("reads the units 千, 百万, 千万, K and M exactly", () => {
    expect(valueOf(parseAmount("5千"))).toBe(5000);
    expect(valueOf(parseAmount("1.5百万"))).toBe(1_500_000);
    expect(valueOf(parseAmount("2千万"))).toBe(20_000_000);
    expect(valueOf(parseAmount("500k"))).toBe(500_000);
    expect(valueOf(parseAmount("$1.2M"))).toBe(1_200_000);
    expect(valueOf(parseAmount("0.3m"))).toBe(300_000);
  });

  it("reads Chinese currency words before or after the number", () => {
    expect(valueOf(parseAmount("人民币 1,200"))).toBe(1200);
    expect(valueOf(parseAmount("1200美元"))).toBe(1200);
    expect(valueOf(parseAmount("3万港币"))).toBe(30000);
    expect(valueOf(parseAmount("HK$ 800"))).toBe(800);
  });

  it("reads a trailing minus as a negative, as SAP exports write it", () => {
    expect(valueOf(parseAmount("1,200-"))).toBe(-1200);
    expect(errorOf(parseAmount("-1,200-")).code).toBe("VALUE");
    expect(errorOf(parseAmount("(1,200-)")).code).toBe("VALUE");
  });

  it("tells which currency an amount names, the same one however it is written", () => {
    const currencyOf = (text: unknown) => valueOf(parseWrittenAmount(text))?.currency;
    for (const text of ["¥1", "￥1", "1元", "RMB 1", "1 CNY", "人民币1", "RMB 1万元"])
      expect(currencyOf(text)).toBe("CNY");
    for (const text of ["$1", "US$1", "USD 1", "1美元", "-$1"]) expect(currencyOf(text)).toBe("USD");
    expect(currencyOf("HK$1")).toBe("HKD");
    expect(currencyOf("€1")).toBe("EUR");
    expect(currencyOf("1英镑")).toBe("GBP");
    expect(currencyOf("1 JPY")).toBe("JPY");
    expect(currencyOf("1,200")).toBeNull();
    expect(currencyOf(1200)).toBeNull();
    expect(valueOf(parseWrittenAmount(""))).toBeNull();
  });

  it("refuses an amount naming two different currencies", () => {
    expect(errorOf(parseAmount("$5元")).message.en).toContain("two currencies");
    expect(errorOf(parseAmount("¥5 USD")).message.zh).toContain("两种货币");
  });

  it("refuses the decimal-comma convention, giving the number to write instead", () => {
    expect(errorOf(parseAmount("1.200.000,50")).message.en).toContain("write it as 1200000.50");
    expect(errorOf(parseAmount("1.200,5")).message.zh).toContain("请写成 1200.5");
    expect(errorOf(parseAmount("1.200.000")).message.en).toContain("write it as 1200000 ");
    expect(errorOf(parseAmount("1 200,50 €")).message.en).toContain("write it as 1200.50");
    expect(errorOf(parseAmount("N/A")).message.en).toContain("enter a number");
  });

  it("reads one dot as the decimal point", () => {
    expect(valueOf(parseAmount("1.200"))).toBe(1.2);
  });
});
