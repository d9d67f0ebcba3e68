import { detectEncoding, isUtf8 } from "./encoding";

/** GBK bytes of "商机编号,金额\n" (商 C9CC 机 BBFA 编 B1E0 号 BAC5 金 BDF0 额 B6EE). */
const GBK = [0xc9, 0xcc, 0xbb, 0xfa, 0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0a];

const utf16 = (text: string, littleEndian: boolean) =>
  [...text].flatMap((c) => {
    const code = c.charCodeAt(0);
    return littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });

describe("detectEncoding", () => {
  it("reads the byte-order marks of UTF-8, UTF-16 LE and UTF-16 BE", () => {
    expect(detectEncoding([0xef, 0xbb, 0xbf, 0x61])).toEqual({
      encoding: "utf-8",
      bom: true,
    });
    expect(detectEncoding([0xff, 0xfe, ...utf16("id,商机", true)])).toEqual({
      encoding: "utf-16le",
      bom: true,
    });
    expect(detectEncoding([0xfe, 0xff, ...utf16("id,商机", false)])).toEqual({
      encoding: "utf-16be",
      bom: true,
    });
  });

  it("tells UTF-16 without a mark by the NUL bytes of its Latin characters", () => {
    expect(detectEncoding(utf16("id,amount\n00123,5\n", true))).toEqual({
      encoding: "utf-16le",
      bom: false,
    });
    expect(detectEncoding(utf16("id,amount\n00123,5\n", false))).toEqual({
      encoding: "utf-16be",
      bom: false,
    });
  });

  it("takes valid UTF-8 as UTF-8 and anything else as GB18030 (GBK)", () => {
    expect(detectEncoding([...Buffer.from("商机编号,金额\n", "utf8")])).toEqual({
      encoding: "utf-8",
      bom: false,
    });
    expect(detectEncoding(GBK)).toEqual({ encoding: "gb18030", bom: false });
    expect(new TextDecoder("gb18030").decode(new Uint8Array(GBK))).toBe("商机编号,金额\n");
  });

  it("reads plain ASCII and an empty file as UTF-8", () => {
    expect(detectEncoding([...Buffer.from("a,b\n1,2\n")])).toEqual({
      encoding: "utf-8",
      bom: false,
    });
    expect(detectEncoding([])).toEqual({ encoding: "utf-8", bom: false });
  });

  it("looks at the first 64 KB only, and a character cut by the sample's end stays UTF-8", () => {
    const text = "商".repeat(30_000); // 90,000 bytes: the 64 KB sample ends inside a character
    const bytes = new Uint8Array([...Buffer.from(text, "utf8"), 0xff]);
    expect(detectEncoding(bytes)).toEqual({ encoding: "utf-8", bom: false });
  });
});

describe("isUtf8", () => {
  it("refuses overlong forms, surrogates, code points past U+10FFFF and stray continuation bytes", () => {
    expect(isUtf8([0xc0, 0xaf])).toBe(false);
    expect(isUtf8([0xed, 0xa0, 0x80])).toBe(false);
    expect(isUtf8([0xf4, 0x90, 0x80, 0x80])).toBe(false);
    expect(isUtf8([0x80])).toBe(false);
    expect(isUtf8([0xf0, 0x9f, 0x98, 0x80])).toBe(true);
  });

  it("refuses a cut sequence unless the bytes are a sample", () => {
    expect(isUtf8([0xe4, 0xb8])).toBe(false);
    expect(isUtf8([0xe4, 0xb8], true)).toBe(true);
    expect(isUtf8([0xe4, 0x41], true)).toBe(false);
  });
});
